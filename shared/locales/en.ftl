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
   *[other-councils] { $provider } does not say whether this is for care leavers from other councils. Ask { $provider }, or ask your Personal Adviser at { $home } to ask for you.
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


# -- end of the offer form and import --

## Staff: covenant registration and moderation, people and tokens (covenant-*, people-*)


# -- end of covenant and people --
