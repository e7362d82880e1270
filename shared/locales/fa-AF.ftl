### Offer Atlas: رابط به زبان دری.
###
### Written by the Offer Atlas team (a machine-assisted first draft) on 6 December 2026.
### It awaits review by a fluent reader: until then, catalogue-review stays "awaiting"
### and every page says so. How to correct it: CONTRIBUTING.md, "Translating".

catalogue-review = awaiting

## Counts

count-questions = { $count ->
   *[other] { $count } سوال
}

## The frame of every page

-brand = Offer Atlas
site-name = { -brand }
page-title = { $title } – { -brand }
skip-to-main = رفتن به محتوای اصلی
skip-to-answer = رفتن به جواب
menu-languages = زبان
nav-home = صفحهٔ اصلی
nav-compare = مقایسهٔ شوراها
nav-search = جستجو
nav-map = نقشه
nav-coverage = آنچه ما داریم
nav-organisations = برای سازمان‌ها
footer-staff-sign-in = ورود کارمندان
footer-translation-unreviewed = این ترجمه را با دقت نوشتیم، اما هنوز یک خوانندهٔ مسلط آن را بررسی نکرده است. اگر چیزی روشن نیست، از مشاور شخصی خود بپرسید.

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
