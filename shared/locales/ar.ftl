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
category-health-and-wellbeing = الصحة والراحة النفسية
category-relationships = العلاقات
category-education-and-training = التعليم والتدريب
category-employment = العمل
category-accommodation = مكان للسكن
category-participation = المشاركة في المجتمع
category-money = المال
topic-council-tax = مساعدة في ضريبة المجلس (Council Tax)
topic-setting-up-home-grant = منحة لتجهيز البيت
topic-birthday-allowance = مال لعيد الميلاد والأعياد
topic-emergency-fund = مال للطوارئ
topic-credit-union = الادخار في اتحاد ائتماني (credit union)
topic-bank-account = حساب في البنك
topic-benefits-advice = مساعدة في الإعانات الحكومية (benefits)
topic-tv-licence = رخصة التلفزيون (TV licence)
topic-home-insurance = تأمين أغراض البيت
topic-wifi = الواي فاي والإنترنت
topic-housing-priority = أولوية في سكن المجلس المحلي
topic-local-connection = الصلة المحلية للحصول على سكن (local connection)
topic-rent-guarantor = ضامن للإيجار ومبلغ التأمين (deposit)
topic-supported-accommodation = سكن مع دعم
topic-staying-put = البقاء مع الأسرة الحاضنة (Staying Put)
topic-trainer-flat = شقة للتدرب على العيش وحدك
topic-rent-first-weeks = دفع الإيجار في الأسابيع الأولى
topic-furniture-package = الأثاث وأغراض البيت
topic-mental-health = دعم الصحة النفسية
topic-health-passport = تاريخك الصحي
topic-prescriptions = أدوية الوصفة الطبية مجانًا
topic-dental-and-optical = طبيب الأسنان والنظارات
topic-leisure = أنشطة ترفيه مجانية أو رخيصة
topic-personal-adviser = المستشار الشخصي
topic-mentoring = الإرشاد (mentoring)
topic-drop-in-hub = مركز تزوره دون موعد
topic-celebration = الاحتفال بالإنجازات
topic-family-time = البقاء على تواصل مع العائلة
topic-higher-education-bursary = منحة للجامعة (bursary)
topic-further-education-bursary = منحة للكلية (bursary)
topic-careers-advice = نصائح عن العمل والمهنة
topic-driving-lessons = دروس قيادة السيارة
topic-apprenticeships = التدريب المهني (apprenticeship)
topic-work-experience = خبرة في العمل
topic-internships = تدريب عملي في مكان عمل (internship)
topic-jobcentre-protocol = دعم من مركز العمل (Jobcentre)
topic-advocacy = شخص يدافع عن حقوقك (advocacy)
topic-participation = قل رأيك
topic-legal-advice = نصائح قانونية
topic-id-documents = وثائق إثبات الهوية
topic-travel = مساعدة في المواصلات
circumstance-in-education-or-training = في التعليم أو التدريب
circumstance-in-higher-education = في الجامعة أو في التعليم العالي
circumstance-in-apprenticeship = في تدريب مهني (apprenticeship)
circumstance-in-employment = تعمل
circumstance-young-parent = أبًا أو أمًّا
circumstance-pregnant = حاملًا
circumstance-unaccompanied-asylum-seeking = من الشباب طالبي اللجوء الذين وصلوا دون مرافق
circumstance-disabled = من ذوي الإعاقة
circumstance-in-own-tenancy = تستأجر بيتًا باسمك
circumstance-in-custody = في السجن أو الحجز
circumstance-not-in-employment = لا تعمل (أقل من ساعة في الأسبوع)
circumstance-not-in-custody = خارج السجن والحجز
circumstance-right-to-work-in-uk = مسموحًا لك بالعمل في المملكة المتحدة
circumstance-living-in-or-near-area = تسكن في منطقة المجلس المحلي أو قربها
circumstance-not-on-zero-hours-contract = لا تعمل بعقد صفر ساعات (zero-hours contract)
circumstance-sufficient-income = تكسب ما يكفي لتحقيق الشروط
circumstance-registered-with-local-gp = مسجلًا عند طبيب العائلة (GP) في منطقة المجلس المحلي
circumstance-eligible = في عمر 16 أو 17 وما زلت في الرعاية (شاب غادر الرعاية من فئة "eligible")
circumstance-relevant = في عمر 16 أو 17 وقد غادرت الرعاية (شاب غادر الرعاية من فئة "relevant")
circumstance-former-relevant = في عمر 18 أو أكثر وكنت في الرعاية 13 أسبوعًا أو أكثر بعد عمر 14، منها وقت في عمر 16 أو 17 (شاب غادر الرعاية من فئة "former relevant"، وهي فئة أغلب الشباب)
circumstance-qualifying = في عمر أقل من 21 وكنت في الرعاية مدة أقصر بعد عمر 16 (شاب غادر الرعاية من فئة "qualifying")
circumstance-not-in-education-employment-or-training = لا تدرس ولا تعمل ولا تتدرب

# -- end of Vocabulary --

## The widget's frame (widget-*)

widget-without-javascript = العرض دون JavaScript
widget-about = معلومات من Offer Atlas، وهو قائمة بما تقدمه المجالس المحلية للشباب الذين غادروا الرعاية.
widget-mirror-made = من نسخة من Offer Atlas صُنعت في { $when }. لا تتغير إلا عندما يصنع أحدٌ نسخة جديدة.
widget-mirror-cannot = هذه النسخة من Offer Atlas لا تستطيع فعل هذا دون الخادم الخاص بها.
widget-read-offer = اقرأ عرض المجلس المحلي
widget-open = افتح Offer Atlas
widget-mirror-compare-failed = لم نستطع المقارنة من هذه النسخة من Offer Atlas. يُرجى المحاولة مرة أخرى لاحقًا.

# -- end of the widget's frame --
