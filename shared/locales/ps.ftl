### Offer Atlas: د کارن مخ متنونه په پښتو.
###
### Written by the Offer Atlas team (a machine-assisted first draft) on 6 December 2026.
### It awaits review by a fluent reader: until then, catalogue-review stays "awaiting"
### and every page says so. How to correct it: CONTRIBUTING.md, "Translating".

catalogue-review = awaiting

## Counts

count-questions = { $count ->
    [one] { $count } پوښتنه
   *[other] { $count } پوښتنې
}

## The frame of every page

-brand = Offer Atlas
site-name = { -brand }
page-title = { $title } – { -brand }
skip-to-main = اصلي منځپانګې ته ورشئ
skip-to-answer = ځواب ته ورشئ
menu-languages = ژبه
nav-home = کور پاڼه
nav-compare = د شوراګانو پرتله
nav-search = لټون
nav-map = نقشه
nav-coverage = هغه څه چې موږ یې لرو
nav-organisations = د سازمانونو لپاره
footer-staff-sign-in = د کارکوونکو ننوتل
footer-translation-unreviewed = دا ژباړه مو په پاملرنه لیکلې، خو تر اوسه یو ماهر لوستونکي نه ده کتلې. که څه روښانه نه وي، له خپل شخصي سلاکار څخه وپوښتئ.

## Compare: the form, the answer, its questions, changes and values
# (compare-*, questions-*, change-*, value-*, money-*, why-*)

# -- end of Compare --

## Pages: home, search, councils' offers, an offer, the map, boards, coverage, errors
# (home-*, search-*, offers-*, offer-*, map-*, board-*, coverage-*, error-*)

# -- end of Pages --

## Vocabulary: categories, topics and circumstances
# (category-*, topic-*, circumstance-*)

# -- end of Vocabulary --

## The widget's frame (widget-*)


# -- end of the widget's frame --
