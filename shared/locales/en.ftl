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
# Joins a list: "rent, council tax" …
offers-list-comma = { $first }, { $next }
# … and its last item: "rent, council tax and college".
offers-list-and = { $first } and { $last }
offers-only-if = Only if you are { $conditions }.
offers-your-age = Your age
offers-all-ages = All ages
offers-show = Show

# One offer

offer-status-pilot = Pilot – a trial that may not reach everyone
offer-status-planned = Planned – not available yet
offer-status-ended = Ended – no longer given
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

# -- end of Pages --

## Vocabulary: categories, topics and circumstances
# (category-*, topic-*, circumstance-*)

# -- end of Vocabulary --
