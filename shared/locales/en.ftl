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

# -- end of Pages --

## Vocabulary: categories, topics and circumstances
# (category-*, topic-*, circumstance-*)

# -- end of Vocabulary --
