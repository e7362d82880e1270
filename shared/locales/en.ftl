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
# Joins a list: "rent, council tax" …
list-comma = { $first }, { $next }
# … and its last item: "rent, council tax and college".
list-and = { $first } and { $last }
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
# Who gives it, and why it reaches you. $via: home, destination, partnership, covenant or law.
compare-via = { $via ->
    [home] from the council that looked after you
    [destination] from the council where you would live
    [partnership] a promise of the councils in the region
    [covenant] a Care Leaver Covenant pledge
   *[law] the law, for care leavers everywhere in England
}
# An offer that is not running today. $status: pilot, planned or ended.
status-note = { $status ->
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
# The answer's notes on the places themselves. $district, $county, $council: councils' names.
compare-notice-district-home = { $district } is a district council, so { $county } looked after you: its offers are your home offers, with { $district }'s for where you live.
compare-notice-replaced = { $council } was replaced on { $date }; its offers are shown as they were published.
# $successors: each council that replaced it, said with compare-notice-by, in a list ("by A and by B": a council's name can hold "and" itself).
compare-notice-replaced-by = { $council } was replaced on { $date } { $successors }; its offers are shown as they were published.
compare-notice-by = by { $council }
compare-notice-county = { $county } is a county: its district councils run council tax and housing. What every district gives is shown; for the rest, choose the district you live in (or would live in).
# $topics: the topics' names, in a list.
compare-notice-districts-differ = The district councils do not give the same for { $topics }: tell us which district you live in for an exact answer.
compare-notice-no-county = We could not find the county council over { $district }, so its offers are not included.
compare-notice-no-offer = We do not hold { $council }'s own offer yet. That does not mean it offers nothing: ask { $council } what it gives care leavers.
compare-notice-no-offer-page = { compare-notice-no-offer } Its own offer is published at { $url }.
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
# How far a region has come with a guarantee item, as its source says.
compare-agreed-status = { $status ->
    [being_considered] Being considered, not agreed yet
    [under_review] Under review
    [achieved] In place across the councils
   *[agreed] Agreed by the councils, not yet in place everywhere
}
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
   *[other-councils] { $provider } does not say whether this is for care leavers from other councils. Ask { $provider }, or ask your Personal Adviser at { $home } to ask for you.
}

# $law: the Act and section, as written.
why-law = The law gives this to care leavers everywhere in England ({ $law }).
why-law-planned = This is in the law ({ $law }), but it has not started yet.
# $organisation: who signed the pledge; $places: the places it covers, in a list.
why-pledge-national = A Care Leaver Covenant pledge by { $organisation } for care leavers anywhere in England.
why-pledge = A Care Leaver Covenant pledge by { $organisation } that covers { $places }.
why-every-district = Every district council in { $county } gives this, so you have it wherever you live in { $county }. Shown: what { $district } gives.
# A region's guarantee item. $partnership: the region's partnership; $place: the council where they live; $status as compare-agreed-status.
why-guarantee = The councils of { $partnership } agreed this for their care leavers ({ $status ->
    [being_considered] being considered, not agreed yet
    [under_review] under review
    [achieved] in place across the councils
   *[agreed] agreed by the councils, not yet in place everywhere
}). It is a promise between councils, not something you can claim: what { $place } itself gives is shown beside it.

# -- end of Compare --

## Pages: home, search, councils' offers, an offer, the map, boards, coverage, errors
# (home-*, search-*, offers-*, offer-*, map-*, board-*, coverage-*, error-*)

# Dates

date-long = { $day } { $month } { $year }
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December

# A council's offers

offers-heading = What { $council } offers care leavers
offers-showing-band = Showing help for people aged { $from } to { $to }.
offers-read-own = Read { $council }'s own Local Offer
offers-none = We have no offers on record for this council and age.
offers-age = Age { $age }
offers-ages = Ages { $from } to { $to }
offers-band = Aged { $from } to { $to }
offers-only-if = Only if you are { $conditions }.
offers-your-age = Your age
offers-all-ages = All ages
offers-show = Show

# One offer

offer-all-of = All of { $council }'s offer
offer-council = Council
offer-for = For
offer-for-own-anywhere = care leavers { $council } looked after, wherever they live
offer-for-own-in-area = care leavers { $council } looked after, while they live in its area
offer-for-any-in-area = any care leaver living in { $council }'s area
offer-for-unstated = { $council } does not say whom it is for
offer-ages = Ages
offer-only-if = Only if you are
offer-worth = Worth
offer-how = How to get it
offer-contact = Contact
offer-source = Source
# A source known only by a file name.
offer-source-report = a council report
offer-note = Note
offer-reviewed = Last reviewed
offer-read-source = Read the source document
offer-history = History
# One line of an offer's history: "Version 2: changed on 3 May 2024 by Walsall".
offer-version = Version { $version }: { $action } on { $date } by { $who }.
offer-action-added = added
offer-action-changed = changed
offer-action-retired = retired
offer-action-reviewed = reviewed with no change
offer-action-restored = restored

# Search

search-heading = Search Local Offers and pledges
search-label = Search the help on offer
search-button = Search
search-category = Area of life
search-all-categories = All areas
search-nothing = Nothing matched. Try other words, such as rent, council tax or college.
search-pledge = Care Leaver Covenant pledge
search-results = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
search-results-for = { $count ->
    [0] No results for “{ $query }”
    [one] { $count } result for “{ $query }”
   *[other] { $count } results for “{ $query }”
}
# Above the results when they are a topic's pledges: "Care Leaver Covenant pledges on “Money”".
search-pledges-on = Care Leaver Covenant pledges on “{ $topic }”
search-title = Search
search-page-heading = Search offers and pledges
search-question = What do you need help with?
search-hint = For example: rent, council tax, college, driving lessons.
search-searching = Searching…

# Problems and missing pages

error-problem = There is a problem
error-loading = Loading…

error-title = Error: { $title }
error-not-found = Page not found
error-no-page = There is no page at this address. It may have moved, or the link may be wrong.
# { $home }, { $compare } and { $search } are links: error-go-home, error-go-compare, error-go-search.
error-no-page-next = { $home }, { $compare } or { $search }.
error-go-home = Go to the home page
error-go-compare = compare councils
error-go-search = search the offers
error-address = There is a problem with this address
error-address-part = This page does not take part of its address:
error-address-without = Open the page without it

# The home page

home-title = Moving here?
home-heading = What you get if you move here
home-demo = This is a demonstration of a council web page with the Offer Atlas widget on it. A council adds the widget with two lines of HTML.
home-moving-to = Moving to { $council }?
home-moving-intro = If you are a care leaver, find out what support you keep, gain or lose by moving here.
home-noscript = Your browser is not running JavaScript.
home-noscript-link = Compare councils on a simple page instead
home-search-heading = Search all offers
home-search-simple = Search on a simple page
home-council-offer = { $council }'s offer
home-boards-heading = For regional boards
home-board-link = { $partnership }: who meets the care leaver guarantee
home-held-link = Which councils, and how current
home-held-sources = The offers are the councils' own published words, summarised with a link to each source. Covenant pledges are the organisations' own. Council codes and areas come from the Office for National Statistics under the Open Government Licence v3.0.

# What we hold

coverage-title = What we hold
coverage-heading = What we hold of each council's offer
coverage-held = We hold the own Local Offer of { $held } of England's { $councils } councils with children's services.
coverage-held-dated = We hold the own Local Offer of { $held } of England's { $councils } councils with children's services, as their documents and pages stood on dates from { $oldest } to { $newest }.
coverage-how-old = Each answer says how old its source is.
# { $areas } lists the six areas of life the law names.
coverage-summary = Of England's { $councils } councils with children's services, we hold the own offer of { $held }: { $full } covering all six areas the law asks a Local Offer to cover ({ $areas }), and { $partial } in part.
coverage-none = For the other { $none } we hold nothing of their own yet. This does not mean they offer nothing. What the law gives every care leaver is shown in every comparison.
coverage-regions-caption = Councils whose own offer we hold, by region
coverage-region = Region
coverage-councils = Councils
coverage-held-full = All six areas
coverage-held-partial = Some areas
coverage-held-none = None held
coverage-not-held = Not held
coverage-each-caption = Each council
coverage-council = Council
coverage-held-column = Held
coverage-offers = Offers
coverage-newest = Newest source
coverage-missing = Areas not covered
coverage-published = its published offer
# The six areas the law says a Local Offer must cover (Children and Social Work Act
# 2017), in a list: lower case in English.
coverage-area-health-and-wellbeing = health and well-being
coverage-area-relationships = relationships
coverage-area-education-and-training = education and training
coverage-area-employment = employment
coverage-area-accommodation = accommodation
coverage-area-participation = participation in society

# A council's page and an offer's page

offers-title = { $council }: offer for care leavers
offers-feed = Changes to { $council }'s offer
offers-unknown-council = We do not know a council with this code.
offers-choose-council = Choose a council
offers-council-not-found = Council not found
offer-retired = Offer retired
offer-retired-text = The council has retired this offer. It is no longer part of its Local Offer.

# A partnership's board

board-title = { $partnership }: guarantee consistency
board-feed = Changes to { $partnership } and its councils' offers
board-not-found = Partnership not found
board-unknown = We do not know a partnership with this id.
board-see-list = See { $list }
board-list = the list of partnerships
board-map-first = The map shows the first item of the guarantee. Choose another above.

board-counts = { $members ->
    [one] { $members } member
   *[other] { $members } members
}, { $items ->
    [one] { $items } guarantee item.
   *[other] { $items } guarantee items.
}
board-met-all = Every member meets { $count } of them.
board-csv = Download the matrix as CSV (a row per member)
board-members = Board members:
board-sign-in = sign in to write the board's notes
board-spread = How values spread
board-spread-none = No council in the registry publishes an amount yet.
board-showing-one = { $count ->
    [one] Showing 1 item
   *[other] Showing 1 of { $count } items
}
board-showing-all = { $count ->
    [one] Showing 1 item
   *[other] Showing all { $count } items
}
board-item = Guarantee item
board-all-items = All items
board-matrix = Who meets the guarantee
board-matrix-how = Each answer is worked out from the councils' published offers.
board-matrix-partly = Partly met means a pilot, a plan, or a lower standard than the guarantee asks.
board-matrix-caption = { $partnership }: guarantee by member council
board-standard = Standard
board-review-due = (review due)
board-status-met = Met
board-status-partial = Partly met
board-status-not_met = Not met
board-status-not_declared = Not declared
board-evidence = Evidence
board-note = Board note
board-note-evidence = (evidence)
# Why a council's offer falls short of the guarantee, one sentence each.
board-short-ended = The offer has ended.
board-short-pilot = Only a pilot (a trial).
board-short-planned = Planned, not given yet.
board-short-age = Runs to age { $offered }. The standard asks for { $wanted }.
# $offered and $wanted are board-reach-* words.
board-short-reach = It is for { $offered }. The standard asks for { $wanted }.
# $money and $wanted are sums of money.
board-short-worth = It is worth { $money } a year. The standard asks for { $wanted } a year.
board-short-worth-unstated = It does not say what it is worth in a year.
board-reach-own-anywhere = its own care leavers, wherever they live
board-reach-own-in-area = its own care leavers who live in its area
board-reach-any-in-area = any care leaver who lives in its area
board-reach-unstated = care leavers it does not name
board-per-year = { $money } a year
board-once = { $money } once
board-chart-summary = { $count ->
    [one] { $count } council.
   *[other] { $count } councils.
} Lowest { $lowest }, median { $median }, highest { $highest }.
board-chart-registry = No member publishes an amount yet. These are all the councils in the registry that do.
board-chart-median = The dashed line is the median.
board-other-basis = Stated on another basis
board-stale = Due for review
board-stale-what = Offers not reviewed for longer than the registry's threshold (two years unless set otherwise), or never dated.
board-stale-none = Every member's offers are up to date.
board-never-reviewed = never reviewed
board-last-reviewed = last reviewed { $date }
board-stale-more = And { $count } more (all are in the JSON: stale_offers).
board-changes = Recent changes
board-changes-since = Since { $date }, newest first.
board-changes-none = Nothing has changed in this time.
# One change: ": Changed offer" (then the offer's title).
board-change = : { $action } { $kind }
board-changes-more = And { $count } more.
board-action-added = Added
board-action-changed = Changed
board-action-retired = Retired
board-action-verified = Verified
board-action-published = Published
board-action-rejected = Rejected
board-action-withdrawn = Withdrawn
board-action-reviewed = Reviewed, no change
board-action-restored = Restored
board-kind-offer = offer
board-kind-authority = council
board-kind-partnership = partnership

# The map

map-title = Where could I move?
map-heading = Where could I move? A map of England
map-title-answer = Map: { $question }
map-error-topic = Choose what help to show, or a council to move from, or both.
map-error-from = Choose the council that looked after you from the list, or none.
map-error-age = Choose your age, from 16 to 25.
map-error-circumstances = Tick only the situations listed, or none.
map-form-heading = Choose what the map shows
map-form-topic = What help
map-form-everything = Everything (with a council to move from)
map-form-from = If you move from (optional)
map-form-nowhere = Nowhere: show what each council gives
map-form-choose-age = Choose your age
map-form-more = Tell us more about you (optional)
map-form-situation = Some help depends on your situation. Tick any that are true. Are you:
map-form-error = Error:
map-form-show = Show the map
map-london = London, enlarged
map-of-england = Map of England: { $question }
map-caption = Each area is a link: its council and answer. Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2023.
map-key = Key: areas in each class
map-answer = Answer
map-areas = Areas
map-every-area = Every area
map-area = Area
map-as-of = As of

# The question a map answers. $topic is a topic's name; $age a number; $council and
# $partnership are names as published; $item a guarantee item's title as published.
map-question-topic = { $topic } for a care leaver aged { $age }
map-question-move = { $what } if you move from { $council } at { $age }, compared with staying
# $what when no topic is chosen: everything together.
map-question-everything = What you get
map-question-board = { $partnership }: { $item }, member by member
# Notes under a map. The laws' titles follow map-note-law, in a list.
map-note-law = The law gives this to every care leaver aged { $age } in England, in every area. The map shows what councils give on top of this.
map-laws = The law:
# $varies is the words of map-class-varies.
map-note-council-tax = In some areas, district councils send the council tax bill. The map only shows counties. A county shows its districts' answer when they all agree. If not, it says "{ $varies }".
map-note-move = Each area compares staying with { $council } and moving there. Open an area to see every topic, what to ask and who to ask.
# An area's answer with a sum of money: "$answer: £3,000".
map-answer-amount = { $answer }: { $amount }
# The classes of the map's key, and each area's answer.
map-class-anyone = Yes, for any care leaver living there
map-class-own_only = Only for its own care leavers
map-class-exempt_anyone = No council tax: any care leaver living there
map-class-exempt_own = No council tax: only its own care leavers
map-class-discount = Some off the bill, but not all of it
map-class-from_4000 = £4,000 or more
map-class-from_3000 = £3,000 to £3,999
map-class-under_3000 = Less than £3,000
map-class-amount_not_stated = Given, but the amount is not said
map-class-ask = Not certain: ask
map-class-law_only = What the law gives, nothing more held
map-class-nothing = Nothing held on this
map-class-varies = Differs between its district councils
map-class-not_held = Offer not held
map-class-more = More after moving
map-class-mixed = Some more, some less
map-class-less = Less after moving
map-class-same = The same
map-class-home = Where you are now

# -- end of Pages --

## Vocabulary: categories, topics and circumstances
# (category-*, topic-*, circumstance-*)
# A circumstance reads after "only if you are": keep it a phrase, not a sentence.
category-health-and-wellbeing = Health and wellbeing
category-relationships = Relationships
category-education-and-training = Education and training
category-employment = Work
category-accommodation = Somewhere to live
category-participation = Being part of the community
category-money = Money
topic-council-tax = Council tax help
topic-setting-up-home-grant = Setting-up-home grant
topic-birthday-allowance = Birthday and festival money
topic-emergency-fund = Emergency money
topic-credit-union = Credit union savings
topic-bank-account = Bank account
topic-benefits-advice = Help with benefits
topic-tv-licence = TV licence
topic-home-insurance = Home contents insurance
topic-wifi = Wifi and internet
topic-housing-priority = Priority for council housing
topic-local-connection = Local connection for housing
topic-rent-guarantor = Rent guarantor and deposit
topic-supported-accommodation = Supported housing
topic-staying-put = Staying Put with foster carers
topic-trainer-flat = Training flat
topic-rent-first-weeks = Rent paid for the first weeks
topic-furniture-package = Furniture and household goods
topic-mental-health = Mental health support
topic-health-passport = Your health history
topic-prescriptions = Free prescriptions
topic-dental-and-optical = Dentist and glasses
topic-leisure = Free or cheap leisure
topic-personal-adviser = Personal adviser
topic-mentoring = Mentoring
topic-drop-in-hub = Drop-in hub
topic-celebration = Celebrating achievements
topic-family-time = Keeping in touch with family
topic-higher-education-bursary = University bursary
topic-further-education-bursary = College bursary
topic-careers-advice = Careers advice
topic-driving-lessons = Driving lessons
topic-apprenticeships = Apprenticeships
topic-work-experience = Work experience
topic-internships = Internships
topic-jobcentre-protocol = Jobcentre support
topic-advocacy = Advocacy
topic-participation = Have your say
topic-legal-advice = Legal advice
topic-id-documents = ID documents
topic-travel = Travel help
circumstance-in-education-or-training = in education or training
circumstance-in-higher-education = at university or in higher education
circumstance-in-apprenticeship = doing an apprenticeship
circumstance-in-employment = in work
circumstance-young-parent = a parent
circumstance-pregnant = pregnant
circumstance-unaccompanied-asylum-seeking = an unaccompanied asylum-seeking young person
circumstance-disabled = disabled
circumstance-in-own-tenancy = renting a home as a tenant
circumstance-in-custody = in custody
circumstance-not-in-employment = not working (less than an hour a week)
circumstance-not-in-custody = not in prison or custody
circumstance-right-to-work-in-uk = allowed to work in the UK
circumstance-living-in-or-near-area = living in or near the council's area
circumstance-not-on-zero-hours-contract = not on a zero-hours contract
circumstance-sufficient-income = earning enough to meet the conditions
circumstance-registered-with-local-gp = registered with a GP in the council's area
circumstance-eligible = 16 or 17 and still in care (an "eligible" care leaver)
circumstance-relevant = 16 or 17 and have left care (a "relevant" care leaver)
circumstance-former-relevant = 18 or over and were in care for 13 weeks or more after 14, including at 16 or 17 (a "former relevant" care leaver, as most are)
circumstance-qualifying = under 21 and were in care for a shorter time after 16 (a "qualifying" care leaver)
circumstance-not-in-education-employment-or-training = not in education, work or training

# -- end of Vocabulary --

## The widget's frame (widget-*)

widget-without-javascript = View without JavaScript
widget-about = Information from Offer Atlas, a list of what councils offer care leavers.
widget-mirror-made = From a copy of Offer Atlas made on { $when }. It changes only when someone makes a new copy.
widget-mirror-cannot = This copy of Offer Atlas cannot do this without its server.
widget-read-offer = Read the council's offer
widget-open = Open Offer Atlas
widget-mirror-compare-failed = We could not compare from this copy of Offer Atlas. Please try again later.

# Said by the element's script itself, while the widget loads and when it cannot.
widget-loading = Loading Offer Atlas…
widget-could-not-load = Sorry, Offer Atlas could not load here.

# -- end of the widget's frame --

## Staff: what their pages share (staff-*)

# What is wrong with a field a form sent, by the problem's code (the English pages show
# the validation's own, exact message instead).
staff-problem-invalid-parameter = This is not a value we can use. Check it and try again.
staff-problem-malformed-json = We could not read what was sent. Try again.
staff-problem-bad-body = We could not read what was sent. Try again.
staff-problem-bad-request = We could not read what was sent. Try again.
staff-problem-unauthorized = Sign in to do this.
staff-problem-forbidden = You may not do this with your token.
staff-problem-not-found = We could not find this.
staff-problem-method-not-allowed = This cannot be done here.
staff-problem-request-timeout = This took too long. Try again.
staff-problem-version-conflict = Someone else changed this first. Look at their change and try again.
staff-problem-invalid-state = This cannot be done now.
staff-problem-already-exists = This already exists.
staff-problem-retired = This has been retired.
staff-problem-payload-too-large = This is too large. Send less.
staff-problem-query-too-long = This is too long. Make it shorter.
staff-problem-unsupported-media-type = This kind of file cannot be used here.
staff-problem-missing-field = Fill this in.
staff-problem-invalid-type = This is the wrong kind of value.
staff-problem-invalid-value = This is not a value we can use. Check it and try again.
staff-problem-out-of-range = This number is too small or too large.
staff-problem-too-long = This is too long. Make it shorter.
staff-problem-too-many = There are too many of these. Remove some.
staff-problem-unknown-field = This is not a field we know.
staff-problem-unknown-topic = This is not a topic we know. Choose one from the list.
staff-problem-unknown-reference = We could not find what this refers to.
staff-problem-invalid-url = Enter a full web address, starting with https://.
staff-problem-invalid-email = Enter an email address, like name@example.org.
staff-problem-duplicate = This is given twice. Give it once.
staff-problem-rate-limited = Too many changes in a short time. Wait a minute and try again.
staff-problem-internal = Something went wrong on our side. Try again later.
staff-problem-widget-not-built = This part is not ready on this server.

# The session's line at the top of every staff page. $who: who is signed in, like
# "Sam Patel, the editor for Walsall".
staff-signed-in-as = Signed in as { $who }.
staff-council-offers = { $council }'s offers
staff-people-link = People and tokens
staff-sign-out = Sign out
staff-never = never
# What a token lets its holder do, as a name.
staff-role-council-editor = Council editor
staff-role-board = Board member
staff-role-moderator = Covenant moderator
staff-role-signatory = Covenant signatory
staff-role-admin = Administrator
# -- end of what staff pages share --

## Staff: the editors' workspace, sign in, lost tokens, board notes, messages (editor-*)

# Signing in.
editor-sign-in-title = Sign in to the editors' workspace
editor-sign-in-intro = Council offer editors keep their council's Local Offer up to date here, and regional board members write their board's notes. Sign in with the token your registry administrator gave you.
editor-sign-in-token = Editor's token
# $prefix: how every token starts, "oat_".
editor-sign-in-token-hint = It starts with { $prefix }. You stay signed in until you sign out or leave the workspace unused for 8 hours.
editor-sign-in-button = Sign in
editor-sign-in-lost = Lost your token? Get a new one by email
editor-sign-in-empty = Enter your token.
editor-sign-in-unknown = This token is not known, or it was revoked.
editor-sign-in-wrong-role = This token is not a council editor's, a board member's or an administrator's.
editor-signed-out = You are signed out.
editor-not-signed-in = You are not signed in: the session ended after 8 hours without use, or you signed out. Sign in again (what the last form held was not saved).
# Who is signed in, after "Signed in as". $council: the council's name.
editor-who-council-editor = the editor for { $council }
editor-who-admin = an administrator
# $name: the person's name; $who: their role, like "the editor for Walsall".
editor-who-person = { $name }, { $who }

# A lost token replaced by email.
editor-lost-title = Get a new token
editor-lost-intro = Give the email address your token was made for. We will send a link there that gives you a new token; your old one stops working when you take it.
editor-lost-email = Email address
editor-lost-button = Send me a link
editor-lost-back = Back to sign in
# $example: an example address, "name@council.gov.uk".
editor-lost-bad-email = Enter the email address your token was made for, such as { $example }.
editor-lost-no-mail = This registry does not send mail, so a token cannot be replaced from here. Ask your registry's administrator for a new one.
# $email: the address given; $minutes: how long the link works (60).
editor-lost-sent = If a token was made for { $email }, a letter with a link is on its way there. The link works once, for { $minutes } minutes. No letter? Check the address, or ask your registry's administrator.
editor-new-token-take = Take a new token now. Your old token stops working at once, and any session signed in with it ends.
editor-new-token-button = Give me a new token
# $role: what the token is for, as the registry writes it, like "council-editor:E08000030".
editor-new-token-made = Your new token ({ $role }) is below. It is shown only now: copy it somewhere safe, such as a password manager.
editor-new-token-sign-in = Sign in with it
editor-new-token-ended = This link has been used, has ended (it works for an hour), or was never made. Your token has not changed.
editor-new-token-ask = Ask for a new link

# An administrator chooses a council.
editor-choose-council = Council
editor-choose-edit = Edit this council's offers
editor-choose-retired = Show this council's retired offers
editor-choose-people = People and tokens: invite someone, or revoke a token

# A refusal's page. $title: what went wrong, one of the titles below.
editor-error-title = Error: { $title }
editor-error-not-signed-in = Not signed in
editor-error-not-allowed = Not allowed
editor-error-not-found = Not found
editor-error-not-done = Not done
editor-error-retired = Retired
editor-error-too-large = Too large
editor-error-too-many = Too many changes
editor-error-went-wrong = Something went wrong
editor-error-problem = There is a problem
editor-error-link-home = Go to your council's offers
# What a refusal says.
editor-refused-other-council = You may change only your own council's offers.
editor-refused-not-editor = This token is not a council editor's or an administrator's.
editor-refused-no-council = There is no council with this code.
editor-refused-other-site = This form was sent from another website, so it was refused. Open the workspace at its own address and try again.
editor-refused-form = This form has expired or did not come from the workspace, so it was refused. Go back, reload the page and try again.
editor-refused-sign-in-form = This sign-in form has expired or did not come from the workspace. Open the sign-in page again.
editor-refused-lost-form = This form has expired or did not come from the workspace. Open the page again.
editor-refused-post = This address does not accept POST.
editor-refused-get = This address does not accept GET.
editor-refused-no-partnership = There is no partnership with this id.
editor-refused-other-board = Only this partnership's board may write its notes.

# A council's offers. $council: the council's name; $count: how many offers it has.
editor-workspace-count = { $council } has { $count } offers.
# $count: how many offers are due for review.
editor-workspace-due = { $count } due for review
# $years: after how many years an offer is due for review.
editor-workspace-due-why = (not reviewed for more than { $years } years, or never).
editor-workspace-none-due = None is due for review.
editor-workspace-add = Add an offer
editor-workspace-import = Update from a spreadsheet
editor-workspace-download = Download the offers (CSV)
editor-workspace-retired = Retired offers
editor-workspace-filter = Filter the offers
editor-workspace-search = Search your offers
editor-workspace-category = Category
editor-workspace-all-categories = All categories
editor-workspace-due-only = Only offers due for review
editor-workspace-show = Show
editor-workspace-no-match = No offers match.
# One offer in the list. $topic: its topic; $status: its status (below); $ages: like
# "Ages 18 to 25"; $reviewed: a date, or "never"; $version: its version number.
editor-line-facts = { $topic } · { $status } · { $ages } · last reviewed { $reviewed } · version { $version }
# $status: available, pilot, planned or ended.
editor-line-status = { $status ->
    [pilot] Pilot
    [planned] Planned
    [ended] Ended
   *[available] Available
}
editor-line-due = Due for review
editor-line-review = Reviewed, no change
editor-line-history = History
# Heard after "History" by screen readers. $title: the offer's title.
editor-line-history-of = of { $title }
editor-line-retire = Retire

# A board's notes on its matrix. $partnership: the partnership's name.
editor-board-title = Notes on { $partnership }'s matrix
editor-board-intro = Notes sit beside each member's status on { $partnership }'s matrix: the status stays computed from the councils' offers, and a note says what the board knows besides. Each note is signed with your name and dated.
editor-board-page-link = { $partnership }'s board page
editor-board-written = Notes written
editor-board-none = No notes yet.
editor-board-evidence = (evidence)
# $by: who wrote the note, like "Priya Shah (board:greater-manchester)"; $date: when.
editor-board-signed = { $by }, { $date }.
editor-board-undated = undated
editor-board-change = Change this note
# Heard after "Change this note" by screen readers. $member: a council; $item: a guarantee item.
editor-board-change-on = on { $member }, { $item }
editor-board-write = Write a note
editor-board-member = Member council
editor-board-item = Guarantee item
editor-board-note = Note
editor-board-note-hint = What the board knows, in a sentence or two. Leave it empty to remove the note.
editor-board-evidence-label = Evidence: a web address (optional)
editor-board-save = Save the note
editor-board-saved = The note was saved.
editor-board-changed = Someone changed the board's notes since you opened this page: yours is below, not saved yet. Save it again.
# A problem with a note sent. $field: the field's name; $problem: what is wrong.
editor-board-problem = { $field }: { $problem }
editor-board-field-evidence = Evidence
editor-board-field-page = The page
# -- end of the editors' workspace --

## Staff: an offer's form, its conflicts, history, retiring, the spreadsheet import (editor-*)

# The labels of an offer's fields on the staff's forms, one per field (the spreadsheet's
# column headers stay in English).
editor-field-id = Id
editor-field-version = Version
editor-field-topic = Topic
editor-field-category = Category
editor-field-title = Title
editor-field-summary = Summary
editor-field-details = Details
editor-field-status = Status
editor-field-basis = Basis
editor-field-applies-to = Whom it is for
editor-field-age-from = From age
editor-field-age-to = To age
editor-field-conditions = Conditions
editor-field-value = What it is worth
editor-field-value-amount-pounds = Amount in pounds
editor-field-value-per = How often
editor-field-value-count = Count
editor-field-value-percent = Percentage
editor-field-value-note = Value note
editor-field-value-up-to = Up to
editor-field-value-loan = Loan
editor-field-how-to-access = How to get it
editor-field-contact = Contact
editor-field-source = Source
editor-field-source-document = Source document
editor-field-source-locator = Where in the source
editor-field-source-url = Source web address
editor-field-source-date = Source date
editor-field-source-read = Date read
editor-field-reviewed = Last reviewed
editor-field-council-tax = Council tax terms
editor-field-council-tax-relief = Council tax relief
editor-field-council-tax-shared-households = Applies in shared households
editor-field-note = Reading note
editor-field-delivery = Delivered by
editor-field-new-referrals-to = New referrals up to age
editor-field-token = Token
editor-field-reason = Reason
editor-field-file = Spreadsheet file
# A problem in the list at the top of a form. $field: the field's label; $problem: what
# is wrong with it.
editor-form-field-problem = { $field }: { $problem }
# A field's value on the conflict page. $field: a label; $value: what it holds.
editor-form-field-value = { $field }: { $value }
# Two parts of a list, one after the other. $first, $next: the parts.
editor-form-semicolon = { $first }; { $next }
# A field that holds nothing.
editor-form-empty = (empty)
# A topic and its code. $topic: the topic's name; $code: its code, like "wifi".
editor-form-topic-code = { $topic } ({ $code })
# Whether a care leaver is told of an offer. $reach: yes, ask or no.
editor-form-reach = { $reach ->
    [yes] yes
    [ask] ask
   *[no] not shown
}
editor-form-applies-to-hint = This decides what care leavers moving across council borders are told. A yes is shown only while the offer is available.
# $other, $elsewhere, $here: each one of the words of editor-form-reach.
editor-form-applies-to-effect = A care leaver from another council living here sees: { $other }. Your own care leaver living elsewhere sees: { $elsewhere }. Your own living here: { $here }.
editor-form-topic-hint = What kind of help it is. Offers line up across councils by topic.
editor-form-topic-choose = Choose a topic
editor-form-conditions-hint = Tick only what the offer needs. Leave all empty if anyone of the right age can have it.
# One thing in a preview. $title: the offer's title; $council: the council that gives
# it; $answer: yes, ask, or a note like "Planned – not available yet"; $worth: what it
# is worth, like "up to £2,750".
editor-form-entitlement = { $title } – { $council }: { $answer }
editor-form-entitlement-worth = { $title } – { $council }: { $answer }, { $worth }
editor-form-preview-none = Nothing on this topic
editor-form-preview-nothing = Nothing
editor-form-preview-before = Before
editor-form-preview-after = After your edit
# $topic: a topic's name. $changed: yes or no.
editor-form-preview-topic = { $topic }: { $changed ->
    [yes] changes with your edit
   *[no] no change
}
# $council: a council's name.
editor-form-preview-living-in = Living in { $council }
editor-form-preview-after-moving = After moving to { $council }
editor-form-preview = Preview
editor-form-preview-title = What care leavers would see (not saved yet)
# $age: an age, like 19.
editor-form-preview-intro = The comparison at age { $age }, before and after your edit.
editor-form-preview-unchanged = Your edit changes nothing they see here.
# $from, $to: councils' names.
editor-form-preview-moving-here = A care leaver from { $from } moving to { $to }
editor-form-preview-moving-away = One of { $from }'s own care leavers moving to { $to }
editor-form-preview-no-council = Choose a council from the list to preview a move with.
# $reason: why, in English.
editor-form-preview-failed = The preview with this council cannot be made: { $reason } Choose another council.
# The choices of the offer form. $status: available, pilot, planned or ended.
editor-form-status = { $status ->
    [available] Available now
    [pilot] A pilot (a trial)
    [planned] Planned, not yet given
   *[ended] Ended
}
# $per: once, week, month or year.
editor-form-per = { $per ->
    [once] Once
    [week] A week
    [month] A month
   *[year] A year
}
editor-form-per-none = Not regular
# $delivery: personal-adviser or local-service.
editor-form-delivery = { $delivery ->
    [personal-adviser] The Personal Adviser
   *[local-service] A building or local service in the area
}
editor-form-delivery-none = Not said (its topic decides)
# $relief: full-exemption, discount, refund-on-claim or unstated.
editor-form-relief = { $relief ->
    [full-exemption] Full exemption
    [discount] A discount
    [refund-on-claim] Pay, then claim a refund
   *[unstated] The source does not say
}
editor-form-relief-none = None
editor-form-not-said = The source does not say
editor-form-yes = Yes
editor-form-no = No
# $basis: statutory or discretionary.
editor-form-basis = { $basis ->
    [statutory] Statutory: the law requires it
   *[discretionary] Discretionary: the council chose to give it
}
editor-form-add = Add an offer
editor-form-change-label = Change the offer
# $title: the offer's title.
editor-form-change-title = Change “{ $title }”
editor-form-hint-title = One line a young person will recognise, such as “Setting-up-home grant”.
editor-form-hint-summary = What it is, in one or two short sentences.
editor-form-hint-details = Optional: anything more a young person or their adviser should know.
editor-form-hint-status = Only an available offer is ever shown as a yes.
editor-form-ages = Ages it covers
editor-form-hint-age-from = 16 to 25
editor-form-hint-age-to = Up to and including
editor-form-worth = What it is worth (optional)
editor-form-hint-amount = In pounds, such as 2000 or 12.50
editor-form-hint-count = Such as 100 journeys
editor-form-hint-percent = 1 to 100
editor-form-up-to = The amount is the most anyone gets (“up to”): never added into totals
editor-form-loan = It is a loan, paid back
editor-form-hint-delivery = Help the Personal Adviser gives follows the young person wherever they live; a building or a local service reaches only people living there.
editor-form-hint-new-referrals = Optional: the oldest age at which it still takes new referrals, where it is closed to older newcomers.
editor-form-hint-source-document = The document this offer comes from, such as your Local Offer.
editor-form-hint-source-locator = The section, page or paragraph.
editor-form-hint-source-url = Optional: starting with https://
editor-form-hint-source-date = Optional: the document's date.
editor-form-hint-source-read = Optional: the day a web page was read, for pages that show no date.
editor-form-hint-reviewed = The day the council last checked this offer was right. Saving sets it to today, unless you change it here.
editor-form-council-tax = Council tax terms (only for the council tax topic)
editor-form-hint-note = Optional: how the offer was read from its source, such as a value that comes from law.
editor-form-preview-move = Preview a move
editor-form-preview-move-hint = Before saving, see what a care leaver moving between your council and this one would be told.
editor-form-preview-council = Council
editor-form-preview-age = Age
editor-form-save = Save the change
editor-form-add-button = Add the offer
editor-form-preview-button = Preview what care leavers see
editor-form-history-link = History of this offer
editor-form-retire-link = Retire this offer
# $council: a council's name.
editor-form-back = Back to { $council }'s offers
editor-form-choose-council = Choose a council
# What the council's offers say after a change. $title: the offer's title.
editor-form-done-created = “{ $title }” was added.
editor-form-done-saved = Your change to “{ $title }” was saved.
# $kept: the others' changes, from editor-form-kept-by.
editor-form-done-merged = Your change to “{ $title }” was saved. Also kept: { $kept }, saved while you were editing.
editor-form-done-reviewed = “{ $title }” is marked as reviewed today, with no change.
editor-form-done-retired = “{ $title }” was retired. Its history is kept.
editor-form-done-restored = “{ $title }” was restored: it is part of the Local Offer again, as it was when it was retired.
# $who: who saved; $count: how many fields; $fields: their labels in a list.
editor-form-kept-by = { $who }'s { $count ->
    [one] change
   *[other] changes
} to { $fields }
# The conflict page. $who: the person who saved, or editor-conflict-someone.
editor-conflict-someone = someone
editor-conflict-unknown-date = an unknown date
editor-conflict-title = Someone else saved this offer first
# $who: who saved; $version: the version they saved; $when: when, like "3 May 2026 at
# 14:05 UTC"; $base: the version the reader started from.
editor-conflict-intro = { $who } saved version { $version } on { $when }, while you were changing version { $base }. Nothing is saved yet, and nothing either of you typed is lost.
# $changes: editor-conflict-kept-theirs and editor-conflict-kept-mine, in a list.
editor-conflict-kept = Kept without asking, because only one of you changed them: { $changes }.
# $fields: fields' labels in a list, like "Title and Summary".
editor-conflict-kept-theirs = their change to { $fields }
editor-conflict-kept-mine = your change to { $fields }
editor-conflict-both = You both changed { $fields }. Choose whose to keep for each, then save.
editor-conflict-form = Choose whose changes to keep
editor-conflict-save = Save these choices
# $version: a version's number.
editor-conflict-start-again = Start again from version { $version }
editor-conflict-original = Original (version { $version }, where you started)
# $version: a version's number; $who: who saved it.
editor-conflict-theirs = Theirs (version { $version }, saved by { $who })
editor-conflict-yours = Yours (what you typed)
editor-conflict-keep-theirs = Keep theirs
editor-conflict-keep-mine = Keep mine
editor-conflict-not-fit = The values you chose do not fit together. Correct them below, then save.
# An offer's history. $title: the offer's title.
editor-history-title = History of “{ $title }”
editor-history-retired-tag = Retired
editor-history-retired-text = This offer is no longer part of the council's Local Offer.
editor-history-retired-link = Retired offers, to restore this one
# $version: a version's number. $action: added, changed, retired, reviewed or restored.
editor-history-version = Version { $version }: { $action ->
    [added] Added
    [retired] Retired
    [reviewed] Reviewed, no change
    [restored] Restored
   *[changed] Changed
}
# $who: who made the version; $when: when, from editor-history-when.
editor-history-by = By { $who } on { $when }.
# $date: a date, like "3 May 2026"; $time: the time of day, like 14:05.
editor-history-when = { $date } at { $time } UTC
# $reason: the reason as the editor wrote it.
editor-history-reason = Reason: { $reason }
# $date: a date, or "never".
editor-history-reviewed = Checked and found right; last reviewed is now { $date }.
# $count: how many fields.
editor-history-changed = { $count ->
   *[other] { $count } field(s) changed:
}
editor-history-after = After
# Retiring an offer. $title: the offer's title.
editor-retire-title = Retire “{ $title }”
editor-retire-intro = “{ $title }” will no longer be shown to care leavers. Its history stays, with your reason.
editor-retire-reason = Why is it retired?
editor-retire-reason-hint = For example: replaced by the new grant from April 2026. At most 1,000 characters.
editor-retire-button = Retire the offer
editor-retire-keep = Keep it
editor-retire-conflict = Someone changed this offer after you opened this page, so it was not retired. Read it again first; your reason is still below.
# The retired offers. $council: a council's name.
editor-retire-page-title = { $council }'s retired offers
editor-retire-none = { $council } has no retired offers.
# $count: how many retired offers.
editor-retire-list = { $council } has { $count } retired { $count ->
    [one] offer
   *[other] offers
}. Restoring one brings it back as it was when it was retired: public again, and in search. Its history records who restored it.
# $when: from editor-history-when; $who: who retired it; $version: a version's number.
editor-retire-when = Retired on { $when } by { $who } · version { $version }
editor-retire-restore = Restore
editor-retire-history = History
# After "History", for screen readers. $title: the offer's title.
editor-retire-history-of = of { $title }
# The spreadsheet import. $council: a council's name.
editor-import-title = { $council }: update offers from a spreadsheet
editor-import-check-title = { $council }: check the spreadsheet
editor-import-done-page-title = { $council }: spreadsheet imported
editor-import-the-file = the file
editor-import-intro = Upload your offers as a spreadsheet, one row per offer. Nothing changes until you have seen what would change and said yes.
# A link, then what follows it.
editor-import-download-offers = Download your current offers (CSV)
editor-import-download-offers-then = : change them and upload the file again.
editor-import-download-template = Download the template (CSV)
editor-import-download-template-then = : the columns and one example row.
editor-import-file-hint = A .csv (saved as CSV UTF-8) or .xlsx file, at most 5 MB and 2,000 rows.
editor-import-retire-missing = Retire offers the file does not list
editor-import-retire-missing-hint = Only if the file is your whole Local Offer.
editor-import-check = Check the file
editor-import-columns = The columns
editor-import-columns-intro = The first row names the columns, in any order; every column must be there. Rows without an id are matched to an offer with the same topic and title.
editor-import-columns-region = The spreadsheet's columns
editor-import-columns-caption = Columns of the offers spreadsheet
editor-import-column = Column
editor-import-what = What to write
# What to write in each column. Keep the codes (available, once, yes…) as they are:
# the file must hold them in English.
editor-import-doc-id = The offer's id as the registry gave it. Leave it empty for a new offer; a row without an id is matched to an offer with the same topic and title.
editor-import-doc-version = The version the row was exported at. When given, a row for an offer someone has changed since is refused rather than overwriting their change. Leave empty for a new offer.
editor-import-doc-topic = One topic from the vocabulary (GET /api/v1/topics), e.g. council-tax, wifi, setting-up-home-grant.
editor-import-doc-category = The topic's category; may be left empty, then it is taken from the topic.
editor-import-doc-title = A short title, one line, at most 200 characters.
editor-import-doc-summary = What it is, in one or two sentences a young person understands (at most 1,000 characters).
editor-import-doc-details = Optional: more detail (at most 10,000 characters).
editor-import-doc-status = available, pilot, planned or ended.
editor-import-doc-basis = statutory (the law requires it) or discretionary (the council chose to give it).
editor-import-doc-applies-to = own_care_leavers_anywhere, own_care_leavers_in_area, any_care_leaver_in_area, or unstated when the source does not say.
editor-import-doc-age-from = The youngest age it covers, 16 to 25.
editor-import-doc-age-to = The oldest age it covers (inclusive), 16 to 25.
editor-import-doc-conditions = Optional: circumstances it needs, separated by semicolons, e.g. in_higher_education; young_parent.
editor-import-doc-value-amount-pounds = Optional: an amount in pounds, such as 2000 or 12.50.
editor-import-doc-value-per = With an amount or a count: once, week, month or year.
editor-import-doc-value-count = Optional: a number of things, such as 100 journeys.
editor-import-doc-value-percent = Optional: a percentage from 1 to 100, such as 100 for a full exemption.
editor-import-doc-value-note = Optional: anything else about the value, in words.
editor-import-doc-value-up-to = yes when the amount is the most anyone gets ("up to £2,000"); empty otherwise. Such amounts are never added into totals.
editor-import-doc-value-loan = yes when the money is lent and must be paid back; empty otherwise.
editor-import-doc-how-to-access = Optional: how a young person gets it.
editor-import-doc-contact = Optional: whom to contact.
editor-import-doc-source-document = The document the offer comes from.
editor-import-doc-source-locator = The section, page or paragraph.
editor-import-doc-source-url = Optional: a web address starting with https:// or http://.
editor-import-doc-source-date = Optional: the document's date, or the date a web page shows, as YYYY-MM-DD.
editor-import-doc-source-read = Optional: the day the source was read, as YYYY-MM-DD (for web pages).
editor-import-doc-reviewed = Optional: the date the council last checked the offer, as YYYY-MM-DD.
editor-import-doc-council-tax-relief = Only for the council-tax topic: full_exemption, discount, refund_on_claim or unstated.
editor-import-doc-council-tax-shared-households = Only for the council-tax topic: yes, no, or empty when the source does not say.
editor-import-doc-note = Optional: how the record was read from its source (at most 1,000 characters).
editor-import-doc-delivery = Optional: personal_adviser (help the Personal Adviser gives, which follows the young person wherever they live) or local_service (a building, local service or register in the area, only for people living there).
editor-import-doc-new-referrals-to = Optional: the oldest age at which the service still takes new referrals, where it is closed to newcomers older than that.
# The dry run. $count: how many errors; $file: the file's name.
editor-import-problem = { $count ->
    [one] There is a problem: 1 error in { $file }
   *[other] There is a problem: { $count } errors in { $file }
}
editor-import-nothing-imported = Nothing was imported. Correct these cells and upload the file again.
editor-import-problems-region = Problems in the file
editor-import-problems-caption = Problems, by row and column
editor-import-row = Row
editor-import-wrong = What is wrong
editor-import-whole-file = whole file
# $file: the file's name.
editor-import-would-do = What importing { $file } would do
# $add, $change, $retire, $unchanged: how many offers.
editor-import-summary = { $add } to add, { $change } to change, { $retire } to retire, { $unchanged } unchanged
# $count: how many offers.
editor-import-add = Add ({ $count })
editor-import-change = Change ({ $count })
editor-import-retire = Retire ({ $count })
editor-import-unchanged = Unchanged ({ $count })
# $row: a row's number; $title: the offer's title.
editor-import-row-title = Row { $row }: “{ $title }”
editor-import-row-changes = Row { $row }: “{ $title }”:
# $field: a field's label; $before, $after: its value before and after.
editor-import-was-becomes = { $field }: was { $before }, becomes { $after }
# $title: the offer's title.
editor-import-no-row = “{ $title }”: no row lists it
editor-import-all-or-none = All of it is applied at once, or none of it.
editor-import-apply = Apply these changes
editor-import-cancel = Cancel
editor-import-another = Upload another file
editor-import-back = Back to the offers
editor-import-none-retired = Every current offer is in the file: none would be retired.
editor-import-changed = The offers changed after you checked the file, so nothing was imported. This is what importing it would do now: check it, then apply again.
editor-import-done-title = The spreadsheet was imported
# $created, $updated, $retired: how many offers.
editor-import-done = { $created } added, { $updated } changed, { $retired } retired. Each change is a new version in the offer's history.

# -- end of the offer form and import --

## Staff: covenant registration and moderation, people and tokens (covenant-*, people-*)

# ---- Covenant: the names of a form's fields, in a list of problems and as labels

# A problem with one field of a form. $field: the field's name (like "Website");
# $problem: what is wrong with it.
covenant-problem-named = { $field }: { $problem }
# A field that may be left empty. $label: the field's name (like "Details").
covenant-optional = { $label } (optional)
covenant-field-name = Name
covenant-field-kind = Kind of organisation
covenant-field-website = Website
covenant-field-contact-email = Contact email
covenant-field-statement = Statement of intent
covenant-field-topic = Topic
covenant-field-title = Title
covenant-field-summary = Summary
covenant-field-details = Details
covenant-field-coverage = Where it applies
covenant-field-age-from = From age
covenant-field-age-to = To age
covenant-field-places = Places
covenant-field-how-to-apply = How to apply
covenant-field-closes = Closing date
covenant-field-reason = Reason
covenant-field-token = Token

# ---- Covenant: registering an organisation

covenant-register-title = Register as a covenant signatory
covenant-register-intro = Tell us who you are. A moderator checks every organisation before its pledges are shown to care leavers.
covenant-label-name = Name of the organisation
covenant-kind-choose = Choose one
covenant-kind-employer = Employer
covenant-kind-university = University
covenant-kind-college = College
covenant-kind-charity = Charity
covenant-kind-government-department = Government department
covenant-kind-public-body = Other public body
covenant-kind-other = Other
covenant-hint-website = Starting with https:// or http://
covenant-hint-contact-email = Only moderators see this.
covenant-hint-statement = What your organisation means to do for care leavers.
covenant-register-button = Register
covenant-registered-title = Registered
covenant-registered-page-heading = You are registered
# $organisation: the name of the organisation that registered.
covenant-registered-heading = { $organisation } is registered
covenant-registered-check = A moderator will check your organisation before anything you pledge is shown.
covenant-token-keep = Use this token to write and manage your pledges. Copy it now and keep it safe: we cannot show it again, and anyone who has it can change your pledges.
covenant-go-to-pledges = Go to your pledges

# ---- Covenant: the form that asks for a token

covenant-your-token = Your token
# $prefix: how every token starts (oat_).
covenant-token-hint = It starts with { $prefix }
covenant-continue = Continue
covenant-pledges-intro = Enter the token you were given when your organisation registered.
covenant-moderation-intro = Enter your moderator's token.
covenant-log-token-intro = Enter your moderator's token to read the decisions taken.
covenant-token-missing = Enter your token.
covenant-token-unknown = This token is not known, or it was revoked.
covenant-token-not-signatory = This is not a signatory's token.
covenant-token-not-moderator = This is not a moderator's token.

# ---- Covenant: a signatory's pledges and the pledge form

covenant-your-pledges = Your pledges
covenant-verified-note = Verified: your published pledges are shown to care leavers.
covenant-pending-note = Waiting for a moderator to verify your organisation. Nothing is shown to the public until then.
covenant-no-pledges = You have not written a pledge yet.
# Where a pledge is: waiting, published, withdrawn or not accepted.
covenant-status-pending = Waiting for a moderator
covenant-status-published = Published
covenant-status-withdrawn = Withdrawn
covenant-status-rejected = Not accepted
# $reason: what the moderator wrote, as written.
covenant-moderator-reason = Moderator's reason: { $reason }
covenant-change-waiting = Your change is waiting for a moderator. Until then people see the text below.
# $title: the pledge's title, as written.
covenant-change-pledge = Change “{ $title }”
# $title: the pledge's title, as written.
covenant-withdraw-pledge = Withdraw “{ $title }”
# $from, $to: ages (like 16 and 25); $where: the places it covers, in a list.
covenant-pledge-facts = Ages { $from } to { $to }. Where: { $where }.
# $count: how many places (young people) the pledge has room for.
covenant-pledge-places = { $count } places.
# One of the places a pledge covers, in a list of them.
covenant-everywhere-in-list = everywhere in England
covenant-pledge-change-heading = Change this pledge
covenant-pledge-new-heading = Write a new pledge
covenant-topic-choose = Choose a topic
covenant-hint-summary = One or two sentences a young person can understand.
covenant-everywhere = Everywhere in England
covenant-choose-councils = Choose councils
covenant-send-change = Send the change for moderation
covenant-send = Send for moderation
covenant-notice-sent = Your pledge was sent to a moderator. It is shown once it is published.
covenant-notice-change-sent = Your change was sent to a moderator.
covenant-notice-withdrawn = The pledge was withdrawn.

# ---- Covenant: moderation

covenant-moderation-title = Moderation
covenant-log-button = The moderation log: decisions taken
# $count: how many organisations wait.
covenant-organisations-to-verify = Organisations to verify ({ $count })
covenant-none-waiting = None waiting.
# An organisation's kind, website and email address. $kind: its kind (like "Employer");
# $website: its website, or covenant-no-website; $email: its address, or covenant-no-email.
covenant-organisation-facts = { $kind } · { $website } · { $email }
covenant-no-website = no website
covenant-no-email = no email
# $name: the organisation's name.
covenant-verify = Verify { $name }
# $count: how many pledges wait.
covenant-pledges-to-decide = Pledges to decide ({ $count })
# $organisation: the organisation that wrote it (its id); $what: change (a change to a
# published pledge) or new.
covenant-pledge-from = From { $organisation } · { $what ->
    [change] a change to a published pledge
   *[new] a new pledge
}
# $title: the title of the pledge as it is published now.
covenant-published-now = Published now: “{ $title }”
# $title: the pledge's title, as written.
covenant-publish = Publish “{ $title }”
# $title: the pledge's title, as written.
covenant-reject-reason = Reason for not accepting “{ $title }”
covenant-reject = Do not accept
# $name: the organisation's name.
covenant-notice-verified = { $name } is verified.
# $title: the pledge's title.
covenant-notice-published = “{ $title }” is published.
# $title: the pledge's title.
covenant-notice-rejected = “{ $title }” was not accepted; the organisation can see why.
# $problem: what is wrong with the reason given.
covenant-give-reason = Give a reason for not accepting the pledge: { $problem }

# ---- Covenant: the moderation log

covenant-log-title = Moderation log
covenant-log-none = No decisions have been taken yet.
covenant-log-no-older = No older decisions.
# $first, $last: the numbers of the first and last decision on the page; $per: how many
# decisions a page shows.
covenant-log-intro = Decisions { $first } to { $last }, newest first ({ $per } a page). Each is signed in the history of its pledge or organisation.
covenant-log-label = Moderation decisions
# $page: the page's number.
covenant-log-caption = Moderation decisions, page { $page }
covenant-log-when = When
covenant-log-who = Who
covenant-log-decision = Decision
covenant-log-about = About
# When a decision was taken. $date: the day (like "3 May 2026"); $time: the time, like 14:05.
covenant-log-at = { $date } at { $time } UTC
covenant-decision-published = Published
# $reason: what the moderator wrote, as written.
covenant-decision-rejected = Rejected: { $reason }
# $reason: what the moderator wrote, as written.
covenant-decision-edit-rejected = Edit rejected (the published pledge stays): { $reason }
covenant-decision-verified = Verified
# $title: the pledge's title; $id: its id; $organisation: the organisation's id.
covenant-log-pledge = Pledge “{ $title }” ({ $id }) of { $organisation }
# $name: the organisation's name; $id: its id.
covenant-log-organisation = Organisation { $name } ({ $id })
covenant-log-newer = Newer decisions
covenant-log-older = Older decisions
covenant-log-back = Back to what waits for a moderator

# ---- People and their tokens (an administrator's page)

people-field-role = Role
people-field-authority = Council
people-field-organisation = Organisation
people-field-partnership = Partnership
people-field-name = Name
people-field-email = Email address
people-field-lang = Letters in
people-field-expires-in-days = Ends after
people-field-form = Invitation
# A problem with one field of the invitation. $field: the field's name; $problem: what
# is wrong with it.
people-problem-named = { $field }: { $problem }
# A token whose role is not known.
people-role-token = Token
people-only-admin = Only an administrator may see and change who holds a token.
people-group-staff = Moderators and administrators
people-no-one-named = No one named
# $date: the day (like "3 May 2026").
people-state-revoked = Revoked { $date }
# $date: the day (like "3 May 2026").
people-state-expired = Expired { $date }
# $date: the day (like "3 May 2026").
people-state-live-until = Live until { $date }
people-state-live = Live
people-yours = Yours: another administrator can revoke it.
# For screen readers. $who: the person's name (or people-no-one-named); $id: the token's id.
people-revoke-label = Revoke { $who }'s token { $id }
people-revoke = Revoke
# $id: the token's id.
people-revoked-notice = The token { $id } was revoked. It, and every session signed in with it, no longer works.
people-intro = Everyone who holds a token, and what it lets them do. A change here works at once: a revoked token, and every session signed in with it, stops working on its next request.
people-filter-label = Filter the people
people-filter-for = Show the people for
people-everyone = Everyone
people-councils = Councils
people-partnerships = Partnerships
people-organisations = Organisations
people-show = Show
people-none = No one holds a token for this yet.
# For screen readers: the table of a group's tokens. $group: the council, partnership or
# organisation (or people-group-staff).
people-tokens-label = Tokens: { $group }
people-col-person = Person
people-col-role = Role
people-col-token-id = Token id
people-col-created = Created
people-col-state = State
people-col-action = Action
people-invite-heading = Invite someone
people-invite-intro = A new token works at once. It is shown once, on the next page, for you to give to the person by a safe route.
people-choose-role = Choose a role
people-choose-none = None
people-hint-authority = For a council editor: the council whose offers they keep.
people-hint-partnership = For a board member: the partnership whose board they sit on.
people-hint-organisation = For a covenant signatory: the organisation whose pledges they manage.
people-label-name = Their name
people-hint-name = Every change they make is signed with it.
people-label-email = Their email address
people-hint-email = For what the registry needs to tell them; never shown publicly.
# A list of languages, each named in itself, follows.
people-label-lang = The language of their letters
people-hint-lang = The emails the registry sends them are written in this language.
people-label-expires-in-days = Ends after this many days (optional)
people-hint-expires-in-days = From 1 to 3650. Leave it empty for a token that works until it is revoked.
people-invite-button = Invite and make their token

# ---- A new token, shown once

people-token-made-title = Token made
# Who the new token is for. $name: the person's name (or people-someone); $role: their
# role, as a word in a sentence (like "council editor"); $place: the council,
# partnership or organisation it is for.
people-invited-who = { $name }, { $role } for { $place }
# The same, for a moderator or an administrator (no place).
people-invited-who-staff = { $name }, { $role }
people-someone = someone
# $who: who the token is for, like "Sam Patel, council editor for Walsall".
people-invited = A token was made for { $who }. It works now.
people-their-token = Their token
people-their-token-hint = Copy it now: it is shown only this once, and the registry keeps only a fingerprint of it. If it is lost, revoke it and invite them again.
people-how-heading = How they use it
# $path: the sign-in page's address (/editor/sign-in).
people-how-browser = In a browser: open { $path } on this site and enter the token.
# $header: the HTTP header to send, as written ('Authorization: Bearer <token>').
people-how-api = With the API: send it as { $header }.
people-how-give = Give it by a safe route (not in the same email as the address of this site), and ask them to keep it like a password.
# $date: the last day it works (like "3 May 2026").
people-stops = It stops working after { $date }.
people-works-until-revoked = It works until it is revoked.
# $id: the token's id.
people-its-id = Its id is { $id }: revoke it from the list of people.
people-back = Back to people and tokens
# -- end of covenant and people --

## Feeds (feed-*)
## The Atom feeds that follow a council, a partnership, a topic or the covenant. Feed
## readers show these words; offer titles, names and summaries stay as published.

# $council: a council's name.
feed-authority-title = { $council }: changes to its Local Offer for care leavers
feed-authority-subtitle = Offers { $council } added, changed or retired, newest first, from { -brand }.
# $partnership: a partnership's name, like "Greater Manchester".
feed-partnership-title = { $partnership }: its guarantee and its councils' offers
feed-partnership-subtitle = Changes to the { $partnership } guarantee and to its member councils' offers, newest first, from { -brand }.
# $topic: a topic's name, like "Travel help".
feed-topic-title = { $topic }: changes across councils and the covenant
# $topic: a topic's name, in small letters where the language has them ("travel help").
feed-topic-subtitle = Councils' offers and covenant pledges about { $topic }, newest first, from { -brand }.
feed-pledges-title = Care Leaver Covenant pledges: published and withdrawn
feed-pledges-subtitle = Pledges organisations published, changed or withdrew under the Care Leaver Covenant, newest first, from { -brand }.
# A published title, quoted. $text: the title as written.
feed-quoted = “{ $text }”
# Ages as a range. $from, $to: years.
feed-ages = { $from } to { $to }
# An entry's title. $council: the council's name; $title: the offer's title, quoted.
feed-offer-new-title = { $council }: new offer { $title }
feed-offer-changed-title = { $council }: { $title } changed
feed-offer-retired-title = { $council }: { $title } retired
feed-offer-restored-title = { $council }: { $title } restored
# A new offer. $council: the council; $title: the offer's title, quoted; $summary: its summary as
# written; $whom: whom it is for (like "any care leaver living in Walsall's area"); $ages: like "16 to 25".
feed-offer-new = New in { $council }'s Local Offer: { $title }. { $summary } For { $whom }, aged { $ages }.
# After a new offer's words. $value: what it is worth, like "£15 a week".
feed-offer-worth = Worth { $value }.
# After a new offer's words. $status: pilot, planned or ended.
feed-offer-status-note = { $status ->
    [pilot] It is a pilot: a trial that may not reach everyone.
    [planned] It is planned: not available yet.
   *[ended] It has ended.
}
# $council: the council; $title: the offer's title, quoted.
feed-offer-retired = { $council } retired { $title }: it is no longer part of its Local Offer.
feed-offer-restored = { $council } brought { $title } back into its Local Offer, as it stood when it was retired.
feed-offer-same = { $council } saved { $title } again without changing what it says.
# $who: a council, an organisation or a partnership; $changes: a list of the parts below,
# like "the status (now planned) and the ages (now 16 to 21)".
feed-changed = { $who } changed { $changes }.
# The parts of an offer or a pledge that changed. $title: the new title, quoted.
feed-change-title = the title (now { $title })
# $topic: the new topic's name.
feed-change-topic = the topic (now { $topic })
feed-change-summary = the summary
feed-change-details = the details
# $status: available, pilot, planned or ended.
feed-change-status = the status (now { $status ->
    [pilot] pilot
    [planned] planned
    [ended] ended
   *[available] available
})
# $basis: statutory or discretionary.
feed-change-basis = its basis (now { $basis ->
    [statutory] required by law
   *[discretionary] the council's choice
})
# $whom: whom it is for now, like "any care leaver living in Walsall's area".
feed-change-whom = whom it is for (now { $whom })
# $ages: like "16 to 21".
feed-change-ages = the ages (now { $ages })
# $conditions: one of the two messages below.
feed-change-conditions = the conditions (now { $conditions })
feed-conditions-none = none
# $circumstances: a list, like "in work and a parent".
feed-conditions-only = only if you are { $circumstances }
# $value: what it is worth now, like "£15 a week".
feed-change-value = the value (now { $value })
feed-value-not-stated = not stated
feed-change-council-tax = the council tax terms
feed-change-how-to-access = how to get it
feed-change-contact = the contact
feed-change-source = the source
# $date: a day, like "3 May 2026".
feed-change-reviewed = the review date (now { $date })
feed-change-reviewed-none = the review date (now none)
feed-change-note = the note on how it was read
feed-change-coverage = where it applies
# $places: a number.
feed-change-places = the places on offer (now { $places })
feed-change-places-none = the places on offer (now not stated)
feed-change-how-to-apply = how to apply
# $date: a day, like "3 May 2026".
feed-change-closes = the closing date (now { $date })
feed-change-closes-none = the closing date (now none)
# An entry's title. $organisation: the organisation's name; $title: the pledge's title, quoted.
feed-pledge-new-title = { $organisation }: new pledge { $title }
feed-pledge-changed-title = { $organisation }: { $title } changed
feed-pledge-withdrawn-title = { $organisation }: { $title } withdrawn
# $summary: the pledge's summary as written; $ages: like "16 to 25".
feed-pledge-new = { $organisation } pledged { $title } under the Care Leaver Covenant. { $summary } For care leavers aged { $ages }.
feed-pledge-withdrawn = { $organisation } withdrew its Care Leaver Covenant pledge { $title }.
feed-pledge-same = { $organisation } published { $title } again without changing what it says.
# $partnership: the partnership's name.
feed-partnership-published-title = { $partnership }: guarantee published
# $items: how many items its guarantee has; $councils: how many member councils.
feed-partnership-published = { $partnership } agreed a guarantee of { $items } items for care leavers in its { $councils } councils.
feed-partnership-changed-title = { $partnership }: changed
feed-partnership-guarantee-changed-title = { $partnership }: guarantee changed
feed-partnership-same = { $partnership } saved its record again without changing it.
# The parts of a guarantee that changed. $title: an item's title, quoted.
feed-item-added = added { $title }
feed-item-changed = changed { $title }
feed-item-removed = removed { $title }
# $items: a list of the three messages above.
feed-change-guarantee = the guarantee ({ $items })
# $count: how many member councils it has now.
feed-change-members = the members (now { $count } councils)
feed-change-notes = the board's notes
feed-change-its-details = its details
# -- end of feeds --

## Letters (letter-*)
## The emails the registry sends: to an organisation when a moderator publishes or rejects
## its pledge, to moderators when something waits for them, to a council's editors each
## week, and to someone who lost their token. Each message is a paragraph or a subject;
## the links follow on their own lines. Names and titles stay as published.

# A subject. $title: the pledge's title, as written.
letter-pledge-published-subject = Your pledge is published: { $title }
# $organisation: the organisation's name; $title: the pledge's title.
letter-pledge-published = A covenant moderator has published { $organisation }'s pledge "{ $title }".
# Followed by the link to the organisation's pledges.
letter-pledge-published-found = Care leavers and their advisers can now find it in { -brand }. You can see and change your pledges here (with your signatory token):
# A subject. $title: the pledge's title, as written.
letter-pledge-rejected-subject = Your pledge was not published: { $title }
# $organisation: the organisation's name; $title: the pledge's title.
letter-pledge-rejected = A covenant moderator did not publish { $organisation }'s pledge "{ $title }".
# Followed by the moderator's reason, as they wrote it.
letter-pledge-rejected-reason = The reason they gave:
letter-pledge-rejected-no-reason = The moderator gave no reason.
# Followed by the link to the organisation's pledges.
letter-pledge-rejected-again = You can change the pledge and send it again here (with your signatory token):
# A subject. $organisation: the organisation's name.
letter-waiting-organisation-subject = An organisation waits to be verified: { $organisation }
# $organisation: the organisation's name.
letter-waiting-organisation = { $organisation } has registered to make covenant pledges.
# A subject. $title: the pledge's title.
letter-waiting-pledge-subject = A pledge waits for moderation: { $title }
# $organisation: the organisation's name; $title: the pledge's title.
letter-waiting-pledge = { $organisation } has sent a new pledge, "{ $title }".
# A subject. $title: the pledge's title.
letter-waiting-edit-subject = A pledge edit waits for moderation: { $title }
# $organisation: the organisation's name; $title: the pledge's title.
letter-waiting-edit = { $organisation } has changed its published pledge "{ $title }".
# Followed by the link to the moderation queue.
letter-waiting-queue = The moderation queue (with your moderator token):
# A subject. $council: the council's name; $count: how many of its offers are due.
letter-review-subject = { $council }: { $count ->
    [one] { $count } offer
   *[other] { $count } offers
} due for review
# $council: the council's name.
letter-review-intro = These offers of { $council } have not been checked for a long time. Care leavers read them as true today: please check each one against your Local Offer, and change it or mark it reviewed.
# One offer in the list. $title: the offer's title; $reviewed: one of the two messages below.
letter-review-item = { $title } ({ $reviewed })
letter-review-never = never reviewed
# $date: the day it was last reviewed.
letter-review-last = last reviewed { $date }
# Followed by the link to the workspace's list of offers due for review.
letter-review-all = All your offers due for review:
# A subject.
letter-token-subject = A new { -brand } token
# Followed by the link. $minutes: how long the link works.
letter-token = Someone asked for a new { -brand } token for this address. If it was you, open this link within { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}; it works once, and your old token stops working when you take the new one:
letter-token-not-you = If it was not you, you need do nothing: your token has not changed.
# -- end of letters --
