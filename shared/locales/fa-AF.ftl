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
category-health-and-wellbeing = صحت و آرامش
category-relationships = روابط
category-education-and-training = تحصیل و آموزش
category-employment = کار
category-accommodation = جای زندگی
category-participation = سهم‌گیری در جامعه
category-money = پول
topic-council-tax = کمک برای مالیهٔ شورا (Council Tax)
topic-setting-up-home-grant = کمک مالی برای آماده کردن خانه
topic-birthday-allowance = پول سالگره و عیدها
topic-emergency-fund = پول عاجل
topic-credit-union = پس‌انداز در صندوق قرضه (credit union)
topic-bank-account = حساب بانکی
topic-benefits-advice = کمک در مورد کمک‌هزینه‌های دولتی (benefits)
topic-tv-licence = جواز تلویزیون (TV licence)
topic-home-insurance = بیمهٔ اسباب خانه
topic-wifi = وای‌فای و انترنت
topic-housing-priority = اولویت برای خانهٔ شورا
topic-local-connection = ارتباط محلی برای گرفتن خانه (local connection)
topic-rent-guarantor = ضامن کرایه و پول ضمانت (deposit)
topic-supported-accommodation = جای زندگی همراه با حمایت
topic-staying-put = ماندن با خانوادهٔ پرورشی (Staying Put)
topic-trainer-flat = اپارتمان برای تمرین زندگی مستقل
topic-rent-first-weeks = پرداخت کرایه در هفته‌های اول
topic-furniture-package = فرنیچر و وسایل خانه
topic-mental-health = حمایت از صحت روانی
topic-health-passport = سابقهٔ صحی شما
topic-prescriptions = دوای نسخه به‌طور رایگان
topic-dental-and-optical = داکتر دندان و عینک
topic-leisure = تفریح رایگان یا ارزان
topic-personal-adviser = مشاور شخصی
topic-mentoring = رهنمایی (mentoring)
topic-drop-in-hub = مرکزی که بدون وقت قبلی می‌توانید بروید
topic-celebration = جشن گرفتن موفقیت‌ها
topic-family-time = در تماس ماندن با خانواده
topic-higher-education-bursary = کمک مالی برای پوهنتون (bursary)
topic-further-education-bursary = کمک مالی برای کالج (bursary)
topic-careers-advice = مشوره در مورد کار و مسلک
topic-driving-lessons = درس‌های دریوری
topic-apprenticeships = کارآموزی (apprenticeship)
topic-work-experience = تجربهٔ کاری
topic-internships = دورهٔ عملی کار (internship)
topic-jobcentre-protocol = حمایت مرکز کاریابی (Jobcentre)
topic-advocacy = دفاع از حقوق شما (advocacy)
topic-participation = نظر خود را بگویید
topic-legal-advice = مشورهٔ حقوقی
topic-id-documents = اسناد هویت
topic-travel = کمک برای رفت‌وآمد
circumstance-in-education-or-training = مشغول تحصیل یا آموزش
circumstance-in-higher-education = در پوهنتون یا تحصیلات عالی
circumstance-in-apprenticeship = مشغول کارآموزی (apprenticeship)
circumstance-in-employment = مشغول کار
circumstance-young-parent = پدر یا مادر
circumstance-pregnant = حامله
circumstance-unaccompanied-asylum-seeking = جوان پناهجویی که بدون همراه آمده
circumstance-disabled = دارای معلولیت
circumstance-in-own-tenancy = کرایه‌نشین یک خانه به نام خود
circumstance-in-custody = در زندان یا توقیف
circumstance-not-in-employment = بیکار (کمتر از یک ساعت کار در هفته)
circumstance-not-in-custody = بیرون از زندان یا توقیف
circumstance-right-to-work-in-uk = مجاز به کار در بریتانیا
circumstance-living-in-or-near-area = ساکن در ساحهٔ شورا یا نزدیک آن
circumstance-not-on-zero-hours-contract = بدون قرارداد صفر ساعته (zero-hours contract)
circumstance-sufficient-income = دارای عاید کافی برای پوره کردن شرایط
circumstance-registered-with-local-gp = ثبت‌نام‌شده نزد داکتر فامیلی (GP) در ساحهٔ شورا
circumstance-eligible = 16 یا 17 ساله و هنوز تحت سرپرستی (جوانِ بیرون‌شده از سرپرستی از نوع "eligible")
circumstance-relevant = 16 یا 17 ساله و بیرون‌شده از سرپرستی (جوانِ بیرون‌شده از سرپرستی از نوع "relevant")
circumstance-former-relevant = 18 ساله یا بزرگ‌تر که بعد از 14 سالگی 13 هفته یا بیشتر تحت سرپرستی بوده، از جمله در 16 یا 17 سالگی (جوانِ بیرون‌شده از سرپرستی از نوع "former relevant"، مثل بیشتر جوانان)
circumstance-qualifying = کمتر از 21 ساله که بعد از 16 سالگی مدت کوتاه‌تری تحت سرپرستی بوده (جوانِ بیرون‌شده از سرپرستی از نوع "qualifying")
circumstance-not-in-education-employment-or-training = بدون تحصیل، کار یا آموزش

# -- end of Vocabulary --

## The widget's frame (widget-*)

widget-without-javascript = دیدن بدون JavaScript
widget-about = معلومات از Offer Atlas، فهرستی از آنچه شوراهای محلی به جوانانِ بیرون‌شده از سرپرستی پیشنهاد می‌کنند.
widget-mirror-made = از یک نسخهٔ Offer Atlas که در { $when } ساخته شده است. فقط وقتی تغییر می‌کند که کسی یک نسخهٔ تازه بسازد.
widget-mirror-cannot = این نسخهٔ Offer Atlas بدون سرور خود نمی‌تواند این کار را انجام دهد.
widget-read-offer = پیشنهاد شورا را بخوانید
widget-open = Offer Atlas را باز کنید
widget-mirror-compare-failed = ما نتوانستیم از این نسخهٔ Offer Atlas مقایسه کنیم. لطفاً بعداً دوباره کوشش کنید.

# -- end of the widget's frame --
