### Offer Atlas: the interface in English (the source every other catalogue translates).
###
### Written by the Offer Atlas team. How to correct a message or add a language:
### CONTRIBUTING.md, "Translating". Each message is one sentence or label; { $name } is a
### value the product puts in (a council's name, a sum, a count). Keep the words easy:
### short sentences, common words.

# Whether a fluent reader has checked this catalogue: "source" (English), "awaiting" or
# "reviewed". While "awaiting", every page says the translation is not yet checked.
catalogue-review = source

## Counts

count-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}

## The frame of every page

-brand = Offer Atlas
site-name = { -brand }
# A browser tab's title: the page's own title, then the site's name.
page-title = { $title } – { -brand }
skip-to-main = Skip to main content
skip-to-answer = Skip to the answer
menu-languages = Language
nav-home = Home
nav-compare = Compare councils
nav-search = Search
nav-map = Map
nav-coverage = What we hold
nav-organisations = For organisations
footer-staff-sign-in = Staff sign in
footer-translation-unreviewed = We wrote this translation with care, but a fluent reader has not checked it yet. If something is not clear, ask your Personal Adviser.

## Compare: the form, the answer, its questions, changes and values
# (compare-*, questions-*, change-*, value-*, money-*, why-*)

## What changes

# The word on a topic's badge. $change: same, gain, loss, better, worse, ask or depends.
change-label = { $change ->
    [same] Keep
    [gain] Gain
    [loss] Lose
    [better] Better
    [worse] Worse
    [ask] Ask
   *[depends] Depends
}
# What the badge means, in one sentence.
change-sentence = { $change ->
    [same] You keep this if you move.
    [gain] You get this only if you move.
    [loss] You lose this if you move.
    [better] You get more of this if you move.
    [worse] You get less of this if you move.
    [ask] Not certain. Ask before you move.
   *[depends] This depends on your situation, or on what the region does.
}

## Money and values

# An amount and how often it is paid. $amount: "£15" or "up to £15".
value-per = { $per ->
    [week] { $amount } a week
    [month] { $amount } a month
    [year] { $amount } a year
   *[once] { $amount }
}
value-up-to = up to { $amount }
# $money: an amount, like "up to £300".
value-loan = a loan of { $money }, paid back
value-percent-off = { $percent }% off
# Two parts of a value, one after the other.
value-and = { $a }, { $b }
# How much more or less money each year. $direction: more, less or same.
money-difference-year = { $direction ->
    [more] { $amount } more each year if you move.
    [less] { $amount } less each year if you move.
   *[same] The same money each year.
}
money-difference-once = { $direction ->
    [more] { $amount } more if you move.
    [less] { $amount } less if you move.
   *[same] The same.
}
# $difference: one of the sentences above.
money-year-sides = Money you would certainly get each year: { $stay } if you stay, { $moving } if you move. { $difference }
money-once-sides = One-off grants you would certainly get: { $stay } if you stay, { $moving } if you move. { $difference }
money-year-one = Money you would certainly get each year: { $amount }.
money-once-one = One-off grants you would certainly get: { $amount }.

## The answer

# The parts of compare-certain.
compare-certain-lose = { $count ->
    [one] lose 1 thing
   *[other] lose { $count } things
}
compare-certain-less = { $count ->
    [one] get less of 1 thing
   *[other] get less of { $count } things
}
compare-certain-gain = { $count ->
    [one] gain 1 thing
   *[other] gain { $count } things
}
compare-certain-more = { $count ->
    [one] get more of 1 thing
   *[other] get more of { $count } things
}
# $changes: the parts above in a list, like "lose 2 things and gain 1 thing".
compare-certain = For certain, if you move you would { $changes }.
compare-certain-nothing = Nothing changes for certain if you move.
# Lists: "a, b" and "a and b".
compare-list-comma = { $a }, { $b }
compare-list-and = { $a } and { $b }
# Who gives it, and why it reaches you. $via: home, destination, partnership, covenant or law.
compare-via = { $via ->
    [home] from the council that looked after you
    [destination] from the council where you would live
    [partnership] a promise of the councils in the region
    [covenant] a Care Leaver Covenant pledge
   *[law] the law, for care leavers everywhere in England
}
# An offer that is not running today. $status: pilot, planned or ended.
compare-status = { $status ->
    [pilot] Pilot – a trial that may not reach everyone
    [planned] Planned – not available yet
   *[ended] Ended – no longer given
}
# A source known only by a file name.
compare-source-report = a council report
compare-asof-undated = { $council }'s offer: from its web pages as we read them on { $date } (they show no date)
compare-asof-year = { $council }'s offer: from a { $year } source
compare-asof-none = We do not hold { $council }'s own offer
compare-contact-phone = Phone { $phone }
compare-contact-email = Email { $email }
compare-contact-web = Their web page
compare-more-pledges = { $count ->
    [one] And 1 more Care Leaver Covenant pledge on this topic
   *[other] And { $count } more Care Leaver Covenant pledges on this topic
}

## The compare form

compare-form-heading = Compare Local Offers
compare-form-from = The council that looked after you
compare-form-to = The council you might move to
compare-form-age = Your age
compare-form-choose-council = Choose a council
compare-form-choose-age = Choose your age
compare-form-more = Tell us more about you (optional)
compare-form-circumstances = Some help depends on your situation. Tick any that are true. Are you:
compare-form-group = What the law gives depends on how long you were in care. If you know, are you:
compare-form-group-unsure = not sure (we show what depends on it separately)
compare-form-submit = Compare
compare-district-label = Which district do you live in now? (optional)
compare-district-hint = Some help comes from the district council, and districts differ.
compare-district-unsure = I am not sure
compare-problem-title = There is a problem
# Said by screen readers before a field's problem.
compare-error-prefix = Error:{ " " }

## The answer's parts

# $age: a number of years.
compare-heading = Moving from { $from } to { $to }, aged { $age }
compare-heading-one = What { $council } gives you at { $age }
compare-lede-one = What { $council }'s Local Offer gives a care leaver aged { $age }, as far as it says.
# $count: questions to ask; $same: things that stay the same.
questions-line = { $count ->
    [0] Nothing to ask about
    [one] 1 question to ask
   *[other] { $count } questions to ask
} before you move; { $same ->
    [0] nothing stays the same for certain
    [one] 1 thing stays the same
   *[other] { $same } things stay the same
}.
questions-line-one = { $count ->
    [0] Nothing to ask about.
    [one] 1 question to ask.
   *[other] { $count } questions to ask.
}
# $circumstances: a list, like "a parent and disabled".
compare-you-said = You said you are { $circumstances }.
compare-you-live = You live in { $district } now.
# A sentence that ends with a full stop.
compare-sentence = { $text }.
compare-asof-stale = This is more than two years old: check with { $council } before you rely on it.
compare-asof-ask = Ask { $council } what it gives care leavers.
compare-asof-read = Read its Local Offer
compare-local-offer-of = { $council }'s Local Offer
compare-notices = Please note
compare-certain-heading = What changes for certain
compare-certain-none = Nothing changes for certain. Check the questions below before you move.
compare-certain-one-heading = What { $council } gives you
compare-certain-one-none = Nothing is certain for you. Check the questions below.
compare-ask-heading = Ask before you move
compare-ask-heading-one = Things to ask
compare-ask-none = Nothing to ask: the Local Offers say who each thing is for.
compare-ask-intro = Things the Local Offers do not make certain for you, by whom to ask.
compare-ask-print = Print these questions for your Personal Adviser
# $whom: who to ask, like "Walsall council".
compare-ask-whom = Ask { $whom }
compare-reach = How to reach them:
compare-reach-pa = Ask your Personal Adviser to find the right person.
compare-if-heading = If you are …
compare-if-intro = Help for situations you have not told us are yours. It is not counted above: tell your Personal Adviser if one is true for you.
compare-if-one = If you are { $circumstance }
compare-things = { $count ->
    [one] 1 thing
   *[other] { $count } things
}
compare-agreed-heading = What the region agreed
compare-agreed-intro = These are promises between councils, not something you can claim. What each council gives is listed above.
compare-same-heading = What stays the same ({ $count })
compare-same-none = Nothing is certain on both sides.
compare-nothing-found = We found nothing in either Local Offer for your age. Ask your Personal Adviser.
# $topic: a topic's name. Said when some things in a topic stop, and the rest is not certain.
compare-lost-rest = { $topic }: the rest is to ask about
compare-row-ask = Not certain. Ask.
compare-side-stay = If you stay in { $council }
compare-side-move = If you move to { $council }
compare-side-both = Wherever you live
compare-side-nothing = Nothing found.
compare-side-only-both = Only what you get wherever you live (below).
# $value: what it is worth, like "£15 a week".
compare-you-get = You get: { $value }
# $conditions: a list, like "a parent and in education".
compare-only-if = Only if you are { $conditions }.
compare-who-to-ask = Who to ask:
compare-how-to-get = How to get it:
compare-contact = Contact:
compare-why = Why?
# Before where a thing was published: the document, the part and the date.
compare-source = Source:
compare-source-document = the document
# Before an offer's title, in a link.
compare-more-about = More about

## The printable questions

questions-intro = For a care leaver looked after by { $from }, aged { $age }, thinking of moving to { $to }. Take this to your Personal Adviser: they can ask the others for you.
questions-intro-one = For a care leaver looked after by { $from }, aged { $age }. Take this to your Personal Adviser: they can ask the others for you.
questions-back = Back to the comparison
questions-none = There is nothing to ask: the Local Offers say who each thing is for.
questions-answer = Answer:
# $provider: who gives it.
questions-from = from { $provider }.

## The widget's compare form

# $council: the council they might move to.
compare-app-heading = Moving to { $council }?
compare-app-heading-any = Moving to a new area?
compare-app-intro = See what help you keep, gain or lose if you move. Help for care leavers aged 16 to 25.
compare-app-home-hint = Start typing, then choose from the list.
compare-app-did-you-mean = Did you mean:
# $problem: what went wrong.
compare-app-no-councils = We could not load the list of councils. { $problem }
compare-problem-home = Choose the council that looked after you from the list.
compare-problem-age = Choose your age.
compare-status-problem = There is a problem: { $problem }
compare-loading = Comparing…
# $summary: compare-certain or compare-certain-nothing; $count: questions to ask.
compare-status-ready = Comparison ready. { $summary } { $count } to ask about.
compare-actions-heading = Keep or share this
compare-actions-print = Print this comparison
compare-actions-questions = Questions to take to your Personal Adviser
compare-actions-link = Link to this comparison
compare-actions-link-note = The link holds only the two councils and your age.

## The compare pages

compare-page-heading = Compare councils
# What to do about a field at fault. $field: from, to, age, district, group or circumstances.
compare-field-problem = { $field ->
    [from] Choose the council that looked after you from the list.
    [to] Choose the council you might move to from the list.
    [age] Choose your age, from 16 to 25.
    [district] Choose the district you live in from the list, or leave it empty.
    [group] Choose one of the groups listed, or not sure.
   *[circumstances] Tick only the situations listed, or none.
}
compare-problem-district-from = Choose the county council that looked after you. A district council does not look after children.
questions-page-heading = Questions to take to your Personal Adviser
questions-page-title = Questions to take to your Personal Adviser: moving from { $from } to { $to }
questions-page-title-one = Questions to take to your Personal Adviser: { $council }
questions-page-first = Compare two councils first:
questions-page-first-link = choose the councils and your age

# Who to ask, when it is the Personal Adviser.
questions-whom-pa = your Personal Adviser at { $council }
# One question about offers that are planned or a trial. $titles: their names in a list.
questions-planned = { $count ->
    [one] Has { $titles } started, and is it for me?
   *[other] Have any of these started, and are they for me: { $titles }?
}

## Why a thing reaches you, and what to ask

# Why an offer reaches you, or why that is not certain. $council: who gives it; $home: the
# council that looked after you; $place: where you would live.
why-offer = { $why ->
    [own-anywhere] { $council } gives this to the care leavers it looked after, wherever they live. You are one of them.
    [own-in-area] { $council } gives this to the care leavers it looked after while they live in its area. You are one of them, living in { $place }.
    [any-in-area] { $council } gives this to any care leaver who lives in its area, and you would live in { $place }.
    [personal-adviser] Your Personal Adviser at { $council } gives this help, and your Personal Adviser stays with you until you are 25, wherever you live.
    [home] { $council } looked after you and you live in its area, so this is for you.
    [home-district] { $home } looked after you and { $council } is one of its district councils, where you live, so this is for you.
    [ask-own] { $council } does not say if this carries on when you live outside its area.
   *[ask-other] { $council } does not say if this is for care leavers from other councils, like { $home }.
}
# A question to ask about an offer. $title: the offer's name; $provider: who gives it.
questions-ask = { $ask ->
    [pilot] Can I take part in the pilot “{ $title }”?
    [pilot-own] Can I take part in the pilot “{ $title }”?
    [planned] Has “{ $title }” started, and will I get it?
    [ended] “{ $title }” has ended: has anything replaced it?
    [follows] Do I keep “{ $title }” if I live in { $place }?
   *[other-councils] Is “{ $title }” for care leavers from { $home } who live here?
}
# Whom to ask the question above.
questions-whom = { $ask ->
    [pilot] This is a pilot: ask { $provider } whether you can take part, or ask your Personal Adviser at { $home } to find out.
    [pilot-own] This is a pilot: ask your Personal Adviser at { $home } whether you can take part.
    [planned] This is planned and not running yet: ask { $provider } when it starts.
    [ended] This has ended: ask { $provider } whether anything has replaced it.
    [follows] { $provider } does not say whether this follows you: ask your Personal Adviser at { $home }.
   *[other-councils] { $provider } does not say whether this is for care leavers from other councils: ask { $provider }, or ask your Personal Adviser at { $home } to ask for you.
}

# $law: the Act and section, as written.
why-law = The law gives this to care leavers everywhere in England ({ $law }).
why-law-planned = This is in the law ({ $law }), but it has not started yet.
# $organisation: who signed the pledge; $places: the places it covers, in a list.
why-pledge-national = A Care Leaver Covenant pledge by { $organisation } for care leavers anywhere in England.
why-pledge = A Care Leaver Covenant pledge by { $organisation } that covers { $places }.

# -- end of Compare --

## Pages: home, search, councils' offers, an offer, the map, boards, coverage, errors
# (home-*, search-*, offers-*, offer-*, map-*, board-*, coverage-*, error-*)

# -- end of Pages --

## Vocabulary: categories, topics and circumstances
# (category-*, topic-*, circumstance-*)

# -- end of Vocabulary --
