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
category-health-and-wellbeing = روغتیا او هوساینه
category-relationships = اړیکې
category-education-and-training = زده کړه او روزنه
category-employment = کار
category-accommodation = د اوسېدو ځای
category-participation = په ټولنه کې برخه اخیستل
category-money = پیسې
topic-council-tax = د شورا مالیې (Council Tax) لپاره مرسته
topic-setting-up-home-grant = د کور د سمبالولو لپاره مالي مرسته
topic-birthday-allowance = د زوکړې ورځې او اخترونو پیسې
topic-emergency-fund = بیړنۍ پیسې
topic-credit-union = په کریډټ یونین (credit union) کې سپما
topic-bank-account = بانکي حساب
topic-benefits-advice = د دولتي مرستو (benefits) په اړه مرسته
topic-tv-licence = د تلویزیون جواز (TV licence)
topic-home-insurance = د کور د سامان بیمه
topic-wifi = وای فای او انټرنیټ
topic-housing-priority = د شورا کور لپاره لومړیتوب
topic-local-connection = د کور لپاره سیمه‌ییز تړاو (local connection)
topic-rent-guarantor = د کرایې ضامن او ګرو پیسې (deposit)
topic-supported-accommodation = له ملاتړ سره استوګنځی
topic-staying-put = له پالونکې کورنۍ سره پاتې کېدل (Staying Put)
topic-trainer-flat = د خپلواک ژوند د تمرین اپارتمان
topic-rent-first-weeks = د لومړیو اونیو کرایه ورکول
topic-furniture-package = فرنیچر او د کور سامانونه
topic-mental-health = د رواني روغتیا ملاتړ
topic-health-passport = ستاسو د روغتیا تاریخچه
topic-prescriptions = د نسخې وړیا درمل
topic-dental-and-optical = د غاښونو ډاکټر او عینکې
topic-leisure = وړیا یا ارزانه تفریح
topic-personal-adviser = شخصي سلاکار
topic-mentoring = لارښوونه (mentoring)
topic-drop-in-hub = هغه مرکز چې پرته له وخت اخیستو ورتلای شئ
topic-celebration = د بریاوو لمانځل
topic-family-time = له کورنۍ سره اړیکه ساتل
topic-higher-education-bursary = د پوهنتون مالي مرسته (bursary)
topic-further-education-bursary = د کالج مالي مرسته (bursary)
topic-careers-advice = د دندې او مسلک په اړه مشوره
topic-driving-lessons = د موټر چلولو درسونه
topic-apprenticeships = مسلکي زده کړه (apprenticeship)
topic-work-experience = کاري تجربه
topic-internships = د کار تمریني دوره (internship)
topic-jobcentre-protocol = د کار مرکز (Jobcentre) ملاتړ
topic-advocacy = ستاسو د حقونو دفاع (advocacy)
topic-participation = خپل نظر ووایاست
topic-legal-advice = حقوقي مشوره
topic-id-documents = د پېژندګلوۍ اسناد
topic-travel = د سفر او تګ راتګ مرسته
circumstance-in-education-or-training = په زده کړه یا روزنه کې
circumstance-in-higher-education = په پوهنتون یا لوړو زده کړو کې
circumstance-in-apprenticeship = په مسلکي زده کړه (apprenticeship) کې
circumstance-in-employment = په کار بوخت
circumstance-young-parent = مور یا پلار
circumstance-pregnant = امیندواره
circumstance-unaccompanied-asylum-seeking = پناه غوښتونکی ځوان چې پرته له سرپرست راغلی
circumstance-disabled = معلولیت لرونکی
circumstance-in-own-tenancy = په خپل نوم د یو کور کرایه‌دار
circumstance-in-custody = په بندیخانه یا توقیف کې
circumstance-not-in-employment = بې کاره (په اونۍ کې له یو ساعت څخه لږ کار)
circumstance-not-in-custody = له بندیخانې او توقیف څخه بهر
circumstance-right-to-work-in-uk = په بریتانیا کې د کار کولو اجازه لرونکی
circumstance-living-in-or-near-area = د شورا په سیمه کې یا ورته نږدې اوسېدونکی
circumstance-not-on-zero-hours-contract = پرته له صفر ساعته قرارداد (zero-hours contract)
circumstance-sufficient-income = د شرطونو د پوره کولو لپاره کافي عاید لرونکی
circumstance-registered-with-local-gp = د شورا په سیمه کې له کورنۍ ډاکټر (GP) سره ثبت شوی
circumstance-eligible = 16 یا 17 کلن او لا هم په پالنه کې (د "eligible" ډول له پالنې وتلی ځوان)
circumstance-relevant = 16 یا 17 کلن او له پالنې وتلی (د "relevant" ډول له پالنې وتلی ځوان)
circumstance-former-relevant = 18 کلن یا مشر، چې له 14 کلنۍ وروسته 13 اونۍ یا ډېر په پالنه کې وئ، په 16 یا 17 کلنۍ کې هم (د "former relevant" ډول له پالنې وتلی ځوان، لکه ډېری ځوانان)
circumstance-qualifying = له 21 کلنۍ کم، چې له 16 کلنۍ وروسته لږ وخت په پالنه کې وئ (د "qualifying" ډول له پالنې وتلی ځوان)
circumstance-not-in-education-employment-or-training = نه په زده کړه، نه په کار او نه په روزنه کې

# -- end of Vocabulary --

## The widget's frame (widget-*)

widget-without-javascript = پرته له JavaScript کتل
widget-about = د Offer Atlas معلومات، هغه لېست چې شوراګانې له پالنې وتلو ځوانانو ته څه وړاندې کوي.
widget-mirror-made = د Offer Atlas له یوې کاپي څخه چې په { $when } جوړه شوې. یوازې هغه وخت بدلیږي چې څوک نوې کاپي جوړه کړي.
widget-mirror-cannot = د Offer Atlas دا کاپي له خپل سرور پرته دا کار نشي کولای.
widget-read-offer = د شورا وړاندیز ولولئ
widget-open = Offer Atlas پرانیزئ
widget-mirror-compare-failed = موږ د Offer Atlas له دې کاپي څخه پرتله ونه شوای کړای. مهرباني وکړئ وروسته بیا هڅه وکړئ.

# -- end of the widget's frame --
