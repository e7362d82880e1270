### Offer Atlas: الواجهة باللغة العربية.
###
### Written by the Offer Atlas team (a machine-assisted first draft) on 6 December 2026.
### It awaits review by a fluent reader: until then, catalogue-review stays "awaiting"
### and every page says so. How to correct it: CONTRIBUTING.md, "Translating".

catalogue-review = awaiting

## Counts

count-questions = { $count ->
    [zero] لا توجد أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}

## The frame of every page

-brand = Offer Atlas
site-name = { -brand }
page-title = { $title } – { -brand }
skip-to-main = انتقل إلى المحتوى الرئيسي
skip-to-answer = انتقل إلى الإجابة
menu-languages = اللغة
nav-home = الصفحة الرئيسية
nav-compare = قارن بين المجالس
nav-search = بحث
nav-map = الخريطة
nav-coverage = ما لدينا من معلومات
nav-organisations = للمنظمات
footer-staff-sign-in = دخول الموظفين
footer-translation-unreviewed = كتبنا هذه الترجمة بعناية، لكن لم يراجعها بعد شخص يتقن اللغة. إذا لم يكن شيء واضحًا، اسأل مستشارك الشخصي.

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
