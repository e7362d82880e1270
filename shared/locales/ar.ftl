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
list-comma = { $first }، { $next }
list-and = { $first } و{ $last }
footer-staff-sign-in = دخول الموظفين
footer-translation-unreviewed = كتبنا هذه الترجمة بعناية، لكن لم يراجعها بعد شخص يتقن اللغة. إذا لم يكن شيء واضحًا، اسأل مستشارك الشخصي.

## Compare: the form, the answer, its questions, changes and values

## What changes

change-label = { $change ->
    [same] تحتفظ به
    [gain] تحصل عليه
    [loss] تفقده
    [better] أفضل
    [worse] أقل
    [ask] اسأل
   *[depends] يعتمد
}
change-sentence = { $change ->
    [same] تحتفظ بهذا إذا انتقلت.
    [gain] تحصل على هذا فقط إذا انتقلت.
    [loss] تفقد هذا إذا انتقلت.
    [better] تحصل على أكثر من هذا إذا انتقلت.
    [worse] تحصل على أقل من هذا إذا انتقلت.
    [ask] هذا غير مؤكد. اسأل قبل أن تنتقل.
   *[depends] هذا يعتمد على وضعك، أو على ما تفعله المنطقة.
}

## Money and values

value-per = { $per ->
    [week] { $amount } في الأسبوع
    [month] { $amount } في الشهر
    [year] { $amount } في السنة
   *[once] { $amount }
}
value-up-to = حتى { $amount }
value-loan = قرض بقيمة { $money }، يجب أن تردّه
value-percent-off = خصم { $percent }%
value-and = { $a }، { $b }
money-difference-year = { $direction ->
    [more] تحصل على { $amount } أكثر كل سنة إذا انتقلت.
    [less] تحصل على { $amount } أقل كل سنة إذا انتقلت.
   *[same] المال نفسه كل سنة.
}
money-difference-once = { $direction ->
    [more] تحصل على { $amount } أكثر إذا انتقلت.
    [less] تحصل على { $amount } أقل إذا انتقلت.
   *[same] المبلغ نفسه.
}
money-year-sides = المال الذي ستحصل عليه بالتأكيد كل سنة: { $stay } إذا بقيت، و{ $moving } إذا انتقلت. { $difference }
money-once-sides = المنح لمرة واحدة التي ستحصل عليها بالتأكيد: { $stay } إذا بقيت، و{ $moving } إذا انتقلت. { $difference }
money-year-one = المال الذي ستحصل عليه بالتأكيد كل سنة: { $amount }.
money-once-one = المنح لمرة واحدة التي ستحصل عليها بالتأكيد: { $amount }.

## The answer

compare-certain-lose = { $count ->
    [one] تفقد شيئًا واحدًا
    [two] تفقد شيئين
    [few] تفقد { $count } أشياء
    [many] تفقد { $count } شيئًا
   *[other] تفقد { $count } شيء
}
compare-certain-less = { $count ->
    [one] تحصل على أقل في شيء واحد
    [two] تحصل على أقل في شيئين
    [few] تحصل على أقل في { $count } أشياء
    [many] تحصل على أقل في { $count } شيئًا
   *[other] تحصل على أقل في { $count } شيء
}
compare-certain-gain = { $count ->
    [one] تحصل على شيء واحد جديد
    [two] تحصل على شيئين جديدين
    [few] تحصل على { $count } أشياء جديدة
    [many] تحصل على { $count } شيئًا جديدًا
   *[other] تحصل على { $count } شيء جديد
}
compare-certain-more = { $count ->
    [one] تحصل على أكثر في شيء واحد
    [two] تحصل على أكثر في شيئين
    [few] تحصل على أكثر في { $count } أشياء
    [many] تحصل على أكثر في { $count } شيئًا
   *[other] تحصل على أكثر في { $count } شيء
}
compare-certain = إذا انتقلت، فمن المؤكد أنك { $changes }.
compare-certain-nothing = لا شيء يتغير بالتأكيد إذا انتقلت.
compare-via = { $via ->
    [home] من المجلس المحلي الذي كنت في رعايته
    [destination] من المجلس المحلي الذي ستسكن في منطقته
    [partnership] وعد من المجالس المحلية في المنطقة
    [covenant] تعهد (Care Leaver Covenant)
   *[law] القانون، لكل شاب غادر الرعاية في أي مكان في إنجلترا
}
status-note = { $status ->
    [pilot] تجربة (pilot) – قد لا تصل إلى الجميع
    [planned] مخطط له – غير متاح بعد
   *[ended] انتهى – لم يعد يُقدَّم
}
compare-source-report = تقرير من مجلس محلي
compare-asof-undated = عرض { $council }: من صفحاته على الإنترنت كما قرأناها في { $date } (الصفحات لا تذكر تاريخًا)
compare-asof-year = عرض { $council }: من مصدر من عام { $year }
compare-asof-none = ليس لدينا العرض الخاص بـ{ $council }
compare-contact-phone = اتصل بالهاتف: { $phone }
compare-contact-email = أرسل بريدًا إلكترونيًا: { $email }
compare-contact-web = صفحتهم على الإنترنت
compare-more-pledges = { $count ->
    [one] وتعهد آخر (Care Leaver Covenant) عن هذا الموضوع
    [two] وتعهدان آخران (Care Leaver Covenant) عن هذا الموضوع
    [few] و{ $count } تعهدات أخرى (Care Leaver Covenant) عن هذا الموضوع
    [many] و{ $count } تعهدًا آخر (Care Leaver Covenant) عن هذا الموضوع
   *[other] و{ $count } تعهد آخر (Care Leaver Covenant) عن هذا الموضوع
}

## The compare form

compare-form-heading = قارن بين العروض المحلية (Local Offer)
compare-form-from = المجلس المحلي الذي كنت في رعايته
compare-form-to = المجلس المحلي الذي قد تنتقل إليه
compare-form-age = عمرك
compare-form-choose-council = اختر مجلسًا محليًا
compare-form-choose-age = اختر عمرك
compare-form-more = أخبرنا أكثر عنك (اختياري)
compare-form-circumstances = بعض المساعدة تعتمد على وضعك. ضع علامة على كل ما ينطبق عليك:
compare-form-group = ما يعطيه القانون يعتمد على المدة التي قضيتها في الرعاية. إذا كنت تعرف، اختر ما ينطبق عليك:
compare-form-group-unsure = لست متأكدًا (نعرض ما يعتمد على هذا بشكل منفصل)
compare-form-submit = قارن
compare-district-label = في أي منطقة فرعية (district) تسكن الآن؟ (اختياري)
compare-district-hint = بعض المساعدة تأتي من مجلس المنطقة الفرعية (district council)، والمناطق الفرعية تختلف.
compare-district-unsure = لست متأكدًا
compare-problem-title = توجد مشكلة
compare-error-prefix = خطأ:{ " " }

## The answer's parts

compare-heading = الانتقال من { $from } إلى { $to }، في عمر { $age }
compare-heading-one = ما يقدمه لك { $council } في عمر { $age }
compare-lede-one = ما يقدمه العرض المحلي (Local Offer) الخاص بـ{ $council } لشاب غادر الرعاية عمره { $age }، حسب ما يقوله العرض.
questions-line = قبل أن تنتقل، { $count ->
    [0] لا يوجد ما تسأل عنه
    [one] اسأل سؤالًا واحدًا
    [two] اسأل سؤالين
    [few] اسأل { $count } أسئلة
    [many] اسأل { $count } سؤالًا
   *[other] اسأل { $count } سؤال
}؛ و{ $same ->
    [0] لا شيء يبقى كما هو بالتأكيد
    [one] يبقى شيء واحد كما هو
    [two] يبقى شيئان كما هما
    [few] تبقى { $same } أشياء كما هي
    [many] يبقى { $same } شيئًا كما هو
   *[other] يبقى { $same } شيء كما هو
}.
questions-line-one = { $count ->
    [0] لا يوجد ما تسأل عنه.
    [one] اسأل سؤالًا واحدًا.
    [two] اسأل سؤالين.
    [few] اسأل { $count } أسئلة.
    [many] اسأل { $count } سؤالًا.
   *[other] اسأل { $count } سؤال.
}
compare-you-said = قلتَ إنك تكون { $circumstances }.
compare-you-live = تسكن الآن في { $district }.
compare-sentence = { $text }.
compare-asof-stale = عمر هذه المعلومات أكثر من سنتين: تأكد من { $council } قبل أن تعتمد عليها.
compare-asof-ask = اسأل { $council } عما يقدمه للشباب الذين غادروا الرعاية.
compare-asof-read = اقرأ العرض المحلي (Local Offer) الخاص به
compare-local-offer-of = العرض المحلي (Local Offer) الخاص بـ{ $council }
compare-notices = يُرجى الانتباه
compare-notice-district-home = { $district } مجلس منطقة فرعية (district council)، لذلك كنتَ في رعاية { $county }: عروضه هي عروض المجلس الذي رعاك، ومعها عروض { $district } للمكان الذي تسكن فيه.
compare-notice-replaced = استُبدل { $council } في { $date }؛ عروضه معروضة كما نُشرت.
compare-notice-replaced-by = استُبدل { $council } في { $date } { $successors }؛ عروضه معروضة كما نُشرت.
compare-notice-by = بـ{ $council }
compare-notice-county = { $county } مقاطعة (county): مجالس المناطق الفرعية (district councils) فيها هي المسؤولة عن ضريبة المجلس والسكن. المعروض هو ما تقدمه كل المناطق الفرعية؛ وللباقي، اختر المنطقة الفرعية التي تسكن فيها (أو التي ستسكن فيها).
compare-notice-districts-differ = مجالس المناطق الفرعية لا تقدم كلها الشيء نفسه في { $topics }: أخبرنا في أي منطقة فرعية تسكن لتحصل على إجابة دقيقة.
compare-notice-no-county = لم نجد مجلس المقاطعة (county council) الذي يتبع له { $district }، لذلك عروضه غير مشمولة.
compare-notice-no-offer = ليس لدينا بعدُ العرض الخاص بـ{ $council }. هذا لا يعني أنه لا يقدم شيئًا: اسأل { $council } ماذا يقدم للشباب الذين غادروا الرعاية.
compare-notice-no-offer-page = { compare-notice-no-offer } عرضه الخاص منشور على { $url }.
compare-certain-heading = ما يتغير بالتأكيد
compare-certain-none = لا شيء يتغير بالتأكيد. اقرأ الأسئلة في الأسفل قبل أن تنتقل.
compare-certain-one-heading = ما يقدمه لك { $council }
compare-certain-one-none = لا شيء مؤكد لك. اقرأ الأسئلة في الأسفل.
compare-ask-heading = اسأل قبل أن تنتقل
compare-ask-heading-one = أشياء تسأل عنها
compare-ask-none = لا يوجد ما تسأل عنه: العروض المحلية (Local Offer) تقول لمن كل شيء.
compare-ask-intro = أشياء لا تجعلها العروض المحلية (Local Offer) مؤكدة لك، مرتبة حسب الجهة التي تسألها.
compare-ask-print = اطبع هذه الأسئلة لمستشارك الشخصي
compare-ask-whom = اسأل { $whom }
compare-reach = كيف تتواصل معهم:
compare-reach-pa = اطلب من مستشارك الشخصي أن يجد الشخص المناسب.
compare-if-heading = إذا كنت …
compare-if-intro = مساعدة لحالات لم تخبرنا أنها حالتك. هي غير محسوبة في الأعلى: أخبر مستشارك الشخصي إذا كانت إحداها تنطبق عليك.
compare-if-one = إذا كنت { $circumstance }
compare-things = { $count ->
    [one] شيء واحد
    [two] شيئان
    [few] { $count } أشياء
    [many] { $count } شيئًا
   *[other] { $count } شيء
}
compare-agreed-heading = ما اتفقت عليه المنطقة
compare-agreed-intro = هذه وعود بين المجالس المحلية، وليست شيئًا يمكنك أن تطالب به. ما يقدمه كل مجلس محلي مذكور في الأعلى.
compare-agreed-status = { $status ->
    [being_considered] قيد الدراسة، ولم يُتفق عليه بعد
    [under_review] قيد المراجعة
    [achieved] مطبَّق في كل المجالس
   *[agreed] اتفقت عليه المجالس، لكنه لم يُطبَّق في كل مكان بعد
}
compare-same-heading = ما يبقى كما هو ({ $count })
compare-same-none = لا يوجد شيء مؤكد في المكانين.
compare-nothing-found = لم نجد شيئًا لعمرك في أي من العرضين المحليين (Local Offer). اسأل مستشارك الشخصي.
compare-lost-rest = { $topic }: الباقي تحتاج أن تسأل عنه
compare-row-ask = غير مؤكد. اسأل.
compare-side-stay = إذا بقيت في { $council }
compare-side-move = إذا انتقلت إلى { $council }
compare-side-both = أينما تسكن
compare-side-nothing = لم نجد شيئًا.
compare-side-only-both = فقط ما تحصل عليه أينما تسكن (في الأسفل).
compare-you-get = تحصل على: { $value }
compare-only-if = فقط إذا كنت { $conditions }.
compare-who-to-ask = من تسأل:
compare-how-to-get = كيف تحصل عليه:
compare-contact = التواصل:
compare-why = لماذا؟
compare-source = المصدر:
compare-source-document = الوثيقة
compare-more-about = المزيد عن

## The printable questions

questions-intro = لشاب غادر الرعاية، كان في رعاية { $from }، عمره { $age }، ويفكر في الانتقال إلى { $to }. خذ هذه الورقة إلى مستشارك الشخصي: يمكنه أن يسأل الآخرين بدلًا عنك.
questions-intro-one = لشاب غادر الرعاية، كان في رعاية { $from }، عمره { $age }. خذ هذه الورقة إلى مستشارك الشخصي: يمكنه أن يسأل الآخرين بدلًا عنك.
questions-back = العودة إلى المقارنة
questions-none = لا يوجد ما تسأل عنه: العروض المحلية (Local Offer) تقول لمن كل شيء.
questions-answer = الجواب:
questions-from = من { $provider }.

## The widget's compare form

compare-app-heading = هل تنتقل إلى { $council }؟
compare-app-heading-any = هل تنتقل إلى منطقة جديدة؟
compare-app-intro = اعرف ما تحتفظ به وما تحصل عليه وما تفقده من مساعدة إذا انتقلت. مساعدة للشباب الذين غادروا الرعاية من عمر 16 إلى 25.
compare-app-home-hint = ابدأ الكتابة، ثم اختر من القائمة.
compare-app-did-you-mean = هل تقصد:
compare-app-no-councils = لم نستطع تحميل قائمة المجالس المحلية. { $problem }
compare-problem-home = اختر من القائمة المجلس المحلي الذي كنت في رعايته.
compare-problem-age = اختر عمرك.
compare-status-problem = توجد مشكلة: { $problem }
compare-loading = نقارن الآن…
compare-status-ready = المقارنة جاهزة. { $summary } عدد الأشياء التي تسأل عنها: { $count }.
compare-actions-heading = احفظ هذا أو شاركه
compare-actions-print = اطبع هذه المقارنة
compare-actions-questions = أسئلة تأخذها إلى مستشارك الشخصي
compare-actions-link = رابط هذه المقارنة
compare-actions-link-note = الرابط يحفظ فقط المجلسين المحليين وعمرك.

## The compare pages

compare-page-heading = قارن بين المجالس المحلية
compare-field-problem = { $field ->
    [from] اختر من القائمة المجلس المحلي الذي كنت في رعايته.
    [to] اختر من القائمة المجلس المحلي الذي قد تنتقل إليه.
    [age] اختر عمرك، من 16 إلى 25.
    [district] اختر من القائمة المنطقة الفرعية (district) التي تسكن فيها، أو اتركها فارغة.
    [group] اختر واحدة من الفئات في القائمة، أو «لست متأكدًا».
   *[circumstances] ضع علامة فقط على الحالات الموجودة في القائمة، أو لا شيء.
}
compare-problem-district-from = اختر مجلس المقاطعة (county council) الذي كنت في رعايته. مجلس المنطقة الفرعية (district council) لا يرعى الأطفال.
questions-page-heading = أسئلة تأخذها إلى مستشارك الشخصي
questions-page-title = أسئلة تأخذها إلى مستشارك الشخصي: الانتقال من { $from } إلى { $to }
questions-page-title-one = أسئلة تأخذها إلى مستشارك الشخصي: { $council }
questions-page-first = قارن بين مجلسين محليين أولًا:
questions-page-first-link = اختر المجلسين المحليين وعمرك

questions-whom-pa = مستشارك الشخصي في { $council }
questions-planned = { $count ->
    [one] هل بدأ { $titles }، وهل هو لي؟
   *[other] هل بدأ أيٌّ من هذه، وهل هي لي: { $titles }؟
}

## Why a thing reaches you, and what to ask

why-offer = { $why ->
    [own-anywhere] { $council } يقدم هذا للشباب الذين كانوا في رعايته ثم غادروها، أينما يسكنون. وأنت واحد منهم.
    [own-in-area] { $council } يقدم هذا للشباب الذين كانوا في رعايته ثم غادروها، ما داموا يسكنون في منطقته. وأنت واحد منهم، وتسكن في { $place }.
    [any-in-area] { $council } يقدم هذا لأي شاب غادر الرعاية ويسكن في منطقته، وأنت ستسكن في { $place }.
    [personal-adviser] مستشارك الشخصي في { $council } يقدم هذه المساعدة، ويبقى مستشارك الشخصي معك حتى عمر 25، أينما تسكن.
    [home] كنتَ في رعاية { $council } وتسكن في منطقته، لذلك هذا لك.
    [home-district] كنتَ في رعاية { $home }، و{ $council } هو أحد مجالس المناطق الفرعية (district council) التابعة له، وأنت تسكن في منطقته، لذلك هذا لك.
    [ask-own] لا يقول { $council } هل يستمر هذا عندما تسكن خارج منطقته.
   *[ask-other] لا يقول { $council } هل هذا للشباب الذين غادروا رعاية مجالس محلية أخرى، مثل { $home }.
}
questions-ask = { $ask ->
    [pilot] هل يمكنني أن أشارك في التجربة (pilot) «{ $title }»؟
    [pilot-own] هل يمكنني أن أشارك في التجربة (pilot) «{ $title }»؟
    [planned] هل بدأ «{ $title }»، وهل سأحصل عليه؟
    [ended] انتهى «{ $title }»: هل حلّ شيء آخر محله؟
    [follows] هل أحتفظ بـ«{ $title }» إذا سكنت في { $place }؟
   *[other-councils] هل «{ $title }» للشباب الذين غادروا رعاية { $home } ويسكنون هنا؟
}
questions-whom = { $ask ->
    [pilot] هذه تجربة (pilot): اسأل { $provider } هل يمكنك أن تشارك فيها، أو اطلب من مستشارك الشخصي في { $home } أن يعرف ذلك.
    [pilot-own] هذه تجربة (pilot): اسأل مستشارك الشخصي في { $home } هل يمكنك أن تشارك فيها.
    [planned] هذا مخطط له ولم يبدأ بعد: اسأل { $provider } متى يبدأ.
    [ended] هذا انتهى: اسأل { $provider } هل حلّ شيء آخر محله.
    [follows] لا يقول { $provider } هل يبقى هذا لك إذا انتقلت: اسأل مستشارك الشخصي في { $home }.
   *[other-councils] لا يقول { $provider } هل هذا للشباب الذين غادروا رعاية مجالس محلية أخرى: اسأل { $provider }، أو اطلب من مستشارك الشخصي في { $home } أن يسأل بدلًا عنك.
}

why-law = القانون يعطي هذا لكل شاب غادر الرعاية في أي مكان في إنجلترا ({ $law }).
why-law-planned = هذا موجود في القانون ({ $law })، لكنه لم يبدأ بعد.
why-pledge-national = تعهد (Care Leaver Covenant) من { $organisation } للشباب الذين غادروا الرعاية في أي مكان في إنجلترا.
why-pledge = تعهد (Care Leaver Covenant) من { $organisation } يشمل { $places }.
why-every-district = كل مجلس منطقة فرعية (district council) في { $county } يقدّم هذا، فهو لك أينما سكنت في { $county }. المعروض: ما يقدّمه { $district }.
why-guarantee = اتفقت مجالس { $partnership } على هذا للشباب الذين غادروا رعايتها ({ compare-agreed-status }). إنه وعد بين المجالس، وليس شيئًا يمكنك أن تطالب به: ما يقدمه { $place } نفسه معروض بجانبه.

# -- end of Compare --

## Pages: home, search, councils' offers, an offer, the map, boards, coverage, errors

date-long = { $day } { $month } { $year }
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر

offers-heading = ما يقدمه { $council } للشباب الذين غادروا الرعاية
offers-showing-band = نعرض المساعدة للأعمار من { $from } إلى { $to }.
offers-read-own = اقرأ العرض المحلي (Local Offer) كما نشره { $council }
offers-none = ليس لدينا أي عروض مسجلة لهذا المجلس المحلي ولهذا العمر.
offers-age = العمر { $age }
offers-ages = الأعمار من { $from } إلى { $to }
offers-band = من عمر { $from } إلى { $to }
offers-only-if = فقط إذا كنت { $conditions }.
offers-your-age = عمرك
offers-all-ages = كل الأعمار
offers-show = اعرض

offer-all-of = كل ما يقدمه { $council }
offer-council = المجلس المحلي
offer-for = لمن
offer-for-own-anywhere = الشباب الذين كانوا في رعاية { $council } ثم غادروها، أينما يسكنون
offer-for-own-in-area = الشباب الذين كانوا في رعاية { $council } ثم غادروها، ما داموا يسكنون في منطقته
offer-for-any-in-area = أي شاب غادر الرعاية ويسكن في منطقة { $council }
offer-for-unstated = لا يقول { $council } لمن هذا العرض
offer-ages = الأعمار
offer-only-if = فقط إذا كنت
offer-worth = القيمة
offer-how = كيف تحصل عليه
offer-contact = التواصل
offer-source = المصدر
offer-source-report = تقرير من المجلس المحلي
offer-note = ملاحظة
offer-reviewed = آخر مراجعة
offer-read-source = اقرأ الوثيقة الأصلية
offer-history = سجل التغييرات
offer-version = النسخة { $version }: { $action } في { $date } من قِبل { $who }.
offer-action-added = أُضيف
offer-action-changed = تغيّر
offer-action-retired = أُوقف
offer-action-reviewed = رُوجع دون تغيير
offer-action-restored = أُعيد

search-heading = ابحث في العروض المحلية (Local Offer) والتعهدات
search-label = ابحث في المساعدة المتاحة
search-button = بحث
search-category = مجال الحياة
search-all-categories = كل المجالات
search-nothing = لم نجد شيئًا. جرّب كلمات أخرى، مثل الإيجار أو ضريبة المجلس (Council Tax) أو الكلية.
search-pledge = تعهد (Care Leaver Covenant)
search-results = { $count ->
    [0] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-results-for = { $count ->
    [0] لا توجد نتائج عن «{ $query }»
    [one] نتيجة واحدة عن «{ $query }»
    [two] نتيجتان عن «{ $query }»
    [few] { $count } نتائج عن «{ $query }»
    [many] { $count } نتيجة عن «{ $query }»
   *[other] { $count } نتيجة عن «{ $query }»
}
search-pledges-on = تعهدات (Care Leaver Covenant) عن «{ $topic }»
search-title = بحث
search-page-heading = ابحث في العروض والتعهدات
search-question = بماذا تحتاج إلى مساعدة؟
search-hint = مثلًا: الإيجار، ضريبة المجلس، الكلية، دروس قيادة السيارة.
search-searching = جارٍ البحث…

error-problem = هناك مشكلة
error-loading = جارٍ التحميل…

error-title = خطأ: { $title }
error-not-found = الصفحة غير موجودة
error-no-page = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما الرابط خطأ.
error-no-page-next = { $home } أو { $compare } أو { $search }.
error-go-home = اذهب إلى الصفحة الرئيسية
error-go-compare = قارن بين المجالس
error-go-search = ابحث في العروض
error-address = هناك مشكلة في هذا العنوان
error-address-part = هذه الصفحة لا تقبل هذا الجزء من عنوانها:
error-address-without = افتح الصفحة دونه

home-title = هل تنتقل إلى هنا؟
home-heading = ما تحصل عليه إذا انتقلت إلى هنا
home-demo = هذا مثال لصفحة على موقع مجلس محلي، وعليها أداة Offer Atlas. يضيف المجلس المحلي الأداة بسطرين من HTML.
home-moving-to = هل تنتقل إلى { $council }؟
home-moving-intro = إذا كنت شابًا غادر الرعاية، اعرف ما الدعم الذي تحتفظ به أو تحصل عليه أو تفقده إذا انتقلت إلى هنا.
home-noscript = متصفحك لا يشغّل JavaScript.
home-noscript-link = قارن بين المجالس في صفحة بسيطة بدلًا من ذلك
home-search-heading = ابحث في كل العروض
home-search-simple = ابحث في صفحة بسيطة
home-council-offer = عرض { $council }
home-boards-heading = للجان الإقليمية (regional boards)
home-board-link = { $partnership }: من يحقق ضمان الشباب الذين غادروا الرعاية (care leaver guarantee)
home-held-link = أي المجالس المحلية لدينا، ومدى حداثة المعلومات
home-held-sources = العروض هي كلمات المجالس المحلية نفسها كما نشرتها، ملخّصة مع رابط لكل مصدر. التعهدات (Covenant) هي كلمات المنظمات نفسها. رموز المجالس المحلية ومناطقها من مكتب الإحصاءات الوطنية (Office for National Statistics) بموجب رخصة الحكومة المفتوحة (Open Government Licence v3.0).

coverage-title = ما لدينا من معلومات
coverage-heading = ما لدينا من عرض كل مجلس محلي
coverage-held = لدينا العرض المحلي (Local Offer) الخاص بـ{ $held } من أصل { $councils } من المجالس المحلية في إنجلترا التي تقدم خدمات للأطفال.
coverage-held-dated = لدينا العرض المحلي (Local Offer) الخاص بـ{ $held } من أصل { $councils } من المجالس المحلية في إنجلترا التي تقدم خدمات للأطفال، كما كانت وثائقها وصفحاتها في تواريخ من { $oldest } إلى { $newest }.
coverage-how-old = كل إجابة تذكر عمر مصدرها.
coverage-summary = من أصل { $councils } من المجالس المحلية في إنجلترا التي تقدم خدمات للأطفال، لدينا العرض الخاص بـ{ $held } منها: { $full } تغطي كل المجالات الستة التي يطلب القانون أن يغطيها العرض المحلي (Local Offer) ({ $areas })، و{ $partial } تغطي بعضها.
coverage-none = أما المجالس الباقية، وعددها { $none }، فليس لدينا شيء خاص بها بعد. هذا لا يعني أنها لا تقدم شيئًا. ما يعطيه القانون لكل شاب غادر الرعاية يظهر في كل مقارنة.
coverage-regions-caption = المجالس المحلية التي لدينا عرضها، حسب المنطقة
coverage-region = المنطقة
coverage-councils = المجالس المحلية
coverage-held-full = كل المجالات الستة
coverage-held-partial = بعض المجالات
coverage-held-none = لا شيء لدينا
coverage-not-held = ليس لدينا
coverage-each-caption = كل مجلس محلي
coverage-council = المجلس المحلي
coverage-held-column = لدينا
coverage-offers = العروض
coverage-newest = أحدث مصدر
coverage-missing = المجالات غير المغطاة
coverage-published = عرضه المنشور

offers-title = { $council }: العرض للشباب الذين غادروا الرعاية
offers-feed = التغييرات في عرض { $council }
offers-unknown-council = لا نعرف مجلسًا محليًا بهذا الرمز.
offers-choose-council = اختر مجلسًا محليًا
offers-council-not-found = لم نجد المجلس المحلي
offer-retired = أُوقف العرض
offer-retired-text = أوقف المجلس المحلي هذا العرض. لم يعد جزءًا من عرضه المحلي (Local Offer).

board-title = { $partnership }: هل يُطبَّق الضمان بالطريقة نفسها؟
board-feed = التغييرات في { $partnership } وفي عروض مجالسها
board-not-found = لم نجد الشراكة
board-unknown = لا نعرف شراكة بهذا الرمز (id).
board-see-list = انظر { $list }
board-list = قائمة الشراكات
board-map-first = تعرض الخريطة البند الأول من الضمان. اختر بندًا آخر في الأعلى.

board-counts = { $members ->
    [one] عضو واحد
    [two] عضوان
    [few] { $members } أعضاء
    [many] { $members } عضوًا
   *[other] { $members } عضو
}، { $items ->
    [one] بند واحد في الضمان.
    [two] بندان في الضمان.
    [few] { $items } بنود في الضمان.
    [many] { $items } بندًا في الضمان.
   *[other] { $items } بند في الضمان.
}
board-met-all = كل عضو يحقق { $count } منها.
board-csv = نزّل الجدول بصيغة CSV (صف لكل عضو)
board-members = أعضاء اللجنة:
board-sign-in = سجّل الدخول لكتابة ملاحظات اللجنة
board-spread = كيف تتوزع القيم
board-spread-none = لا يوجد بعد مجلس محلي في السجل ينشر مبلغًا.
board-showing-one = { $count ->
    [one] يُعرض بند واحد
   *[other] يُعرض بند واحد من أصل { $count }
}
board-showing-all = { $count ->
    [one] يُعرض بند واحد
   *[other] تُعرض كل البنود، وعددها { $count }
}
board-item = بند الضمان
board-all-items = كل البنود
board-matrix = من يحقق الضمان
board-matrix-how = كل إجابة مأخوذة من العروض التي نشرتها المجالس المحلية.
board-matrix-partly = «تحقق جزئيًا» يعني تجربة (pilot)، أو خطة، أو مستوى أقل مما يطلبه الضمان.
board-matrix-caption = { $partnership }: الضمان حسب كل مجلس عضو
board-standard = المعيار
board-review-due = (حان وقت المراجعة)
board-status-met = تحقق
board-status-partial = تحقق جزئيًا
board-status-not_met = لم يتحقق
board-status-not_declared = غير مُعلن
board-evidence = الدليل
board-note = ملاحظة اللجنة
board-note-evidence = (الدليل)
board-per-year = { $money } في السنة
board-once = { $money } مرة واحدة
board-chart-summary = { $count ->
    [one] مجلس محلي واحد.
    [two] مجلسان محليان.
    [few] { $count } مجالس محلية.
    [many] { $count } مجلسًا محليًا.
   *[other] { $count } مجلس محلي.
} الأدنى { $lowest }، والوسيط (median) { $median }، والأعلى { $highest }.
board-chart-registry = لا يوجد عضو ينشر مبلغًا بعد. هذه كل المجالس المحلية في السجل التي تنشر مبلغًا.
board-chart-median = الخط المتقطع هو الوسيط (median).
board-other-basis = مذكور على أساس آخر
board-stale = حان وقت المراجعة
board-stale-what = عروض لم تُراجَع مدة أطول من الحد المحدد في السجل (سنتان إلا إذا حُدِّد غير ذلك)، أو ليس لها تاريخ أبدًا.
board-stale-none = عروض كل الأعضاء محدّثة.
board-never-reviewed = لم يُراجَع أبدًا
board-last-reviewed = آخر مراجعة في { $date }
board-stale-more = و{ $count } غيرها (كلها في ملف JSON: stale_offers).
board-changes = آخر التغييرات
board-changes-since = منذ { $date }، الأحدث أولًا.
board-changes-none = لم يتغير شيء في هذه المدة.
board-change = : { $action } { $kind }
board-changes-more = و{ $count } غيرها.
board-action-added = إضافة
board-action-changed = تغيير
board-action-retired = إيقاف
board-action-verified = تأكيد
board-action-published = نشر
board-action-rejected = رفض
board-action-withdrawn = سحب
board-action-reviewed = مراجعة دون تغيير في
board-action-restored = استعادة
board-kind-offer = عرض
board-kind-authority = مجلس محلي
board-kind-partnership = شراكة

map-title = أين يمكنني أن أنتقل؟
map-heading = أين يمكنني أن أنتقل؟ خريطة إنجلترا
map-title-answer = الخريطة: { $question }
map-error-topic = اختر نوع المساعدة التي تريد رؤيتها، أو مجلسًا محليًا تنتقل منه، أو الاثنين.
map-error-from = اختر من القائمة المجلس المحلي الذي كنت في رعايته، أو لا شيء.
map-error-age = اختر عمرك، من 16 إلى 25.
map-error-circumstances = ضع علامة فقط على الحالات الموجودة في القائمة، أو لا شيء.
map-form-heading = اختر ما تعرضه الخريطة
map-form-topic = أي مساعدة
map-form-everything = كل شيء (مع مجلس محلي تنتقل منه)
map-form-from = إذا انتقلت من (اختياري)
map-form-nowhere = لا مكان: اعرض ما يعطيه كل مجلس محلي
map-form-choose-age = اختر عمرك
map-form-more = أخبرنا أكثر عنك (اختياري)
map-form-situation = بعض المساعدة تعتمد على وضعك. ضع علامة على كل ما ينطبق عليك، إذا كنت:
map-form-error = خطأ:
map-form-show = اعرض الخريطة
map-london = لندن، مكبّرة
map-of-england = خريطة إنجلترا: { $question }
map-caption = كل منطقة رابط: مجلسها المحلي وإجابته. المصدر: مكتب الإحصاءات الوطنية (Office for National Statistics)، بموجب رخصة الحكومة المفتوحة (Open Government Licence v.3.0). تحتوي على بيانات OS © Crown copyright and database right 2023.
map-key = دليل الألوان: المناطق في كل فئة
map-answer = الإجابة
map-areas = المناطق
map-every-area = كل المناطق
map-area = المنطقة
map-as-of = بتاريخ

coverage-area-health-and-wellbeing = الصحة والراحة النفسية
coverage-area-relationships = العلاقات
coverage-area-education-and-training = التعليم والتدريب
coverage-area-employment = العمل
coverage-area-accommodation = مكان للسكن
coverage-area-participation = المشاركة في المجتمع
board-short-ended = انتهى العرض.
board-short-pilot = مجرد تجربة (pilot) فقط.
board-short-planned = مُخطَّط له، لكنه لم يُقدَّم بعد.
board-short-age = يستمر حتى عمر { $offered }. المعيار يطلب حتى عمر { $wanted }.
board-short-reach = هو لـ{ $offered }. المعيار يطلبه لـ{ $wanted }.
board-short-worth = قيمته { $money } في السنة. المعيار يطلب { $wanted } في السنة.
board-short-worth-unstated = لا يذكر العرض قيمته في السنة.
board-reach-own-anywhere = الشباب الذين غادروا رعايته، أينما سكنوا
board-reach-own-in-area = الشباب الذين غادروا رعايته ويسكنون في منطقته
board-reach-any-in-area = أي شاب غادر الرعاية ويسكن في منطقته
board-reach-unstated = شباب غادروا الرعاية لا يحددهم
map-question-topic = { $topic } لشاب غادر الرعاية عمره { $age }
map-question-move = { $what } إذا انتقلت من { $council } في عمر { $age }، مقارنةً بالبقاء
map-question-everything = ما تحصل عليه
map-question-board = { $partnership }: { $item }، لكل عضو
map-note-law = يعطي القانون هذا لكل شاب غادر الرعاية عمره { $age } في إنجلترا، في كل منطقة. تعرض الخريطة ما تعطيه المجالس المحلية فوق ذلك.
map-laws = القانون:
map-note-council-tax = في بعض المناطق، مجالس المقاطعات الصغيرة (district councils) هي التي ترسل فاتورة ضريبة المجلس (Council Tax). الخريطة تعرض المقاطعات الكبيرة (counties) فقط. تعرض المقاطعة الكبيرة إجابة مجالسها الصغيرة عندما تتفق كلها. وإذا لم تتفق، تقول: «{ $varies }».
map-note-move = كل منطقة تقارن بين البقاء مع { $council } والانتقال إليها. افتح منطقة لترى كل المواضيع، وماذا تسأل، ومن تسأل.
map-answer-amount = { $answer }: { $amount }
map-class-anyone = نعم، لأي شاب غادر الرعاية ويسكن هناك
map-class-discount = تخفيض من الفاتورة، لكن ليس كلها
map-class-ask = غير مؤكد: اسأل
map-class-nothing = لا معلومات لدينا عن هذا
map-class-varies = يختلف بين مجالس المقاطعات الصغيرة فيها
map-class-more = أكثر بعد الانتقال
map-class-mixed = بعضه أكثر وبعضه أقل
map-class-less = أقل بعد الانتقال
map-class-same = الشيء نفسه
map-class-home = مكانك الآن

map-class-own_only = فقط لمن كان في رعايته من الشباب
map-class-exempt_anyone = لا ضريبة مجلس: لأي شاب غادر الرعاية ويسكن هناك
map-class-exempt_own = لا ضريبة مجلس: فقط لمن كان في رعايته
map-class-from_4000 = £4,000 أو أكثر
map-class-from_3000 = من £3,000 إلى £3,999
map-class-under_3000 = أقل من £3,000
map-class-amount_not_stated = يُعطى، لكن المبلغ غير مذكور
map-class-law_only = ما يعطيه القانون فقط، لا شيء أكثر لدينا
map-class-not_held = العرض غير موجود لدينا

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

widget-loading = جارٍ تحميل Offer Atlas…
widget-could-not-load = عذرًا، تعذّر تحميل Offer Atlas هنا.

# -- end of the widget's frame --

## Staff: what their pages share (staff-*)

staff-problem-invalid-parameter = لا يمكننا استخدام هذه القيمة. تحقّق منها وحاول مرة أخرى.
staff-problem-malformed-json = لم نتمكن من قراءة ما أُرسل. حاول مرة أخرى.
staff-problem-bad-body = لم نتمكن من قراءة ما أُرسل. حاول مرة أخرى.
staff-problem-bad-request = لم نتمكن من قراءة ما أُرسل. حاول مرة أخرى.
staff-problem-unauthorized = سجّل الدخول لتفعل هذا.
staff-problem-forbidden = لا يسمح لك رمزك بفعل هذا.
staff-problem-not-found = لم نتمكن من العثور على هذا.
staff-problem-method-not-allowed = لا يمكن فعل هذا هنا.
staff-problem-request-timeout = استغرق هذا وقتًا طويلًا. حاول مرة أخرى.
staff-problem-version-conflict = غيّر شخص آخر هذا قبلك. انظر إلى تغييره وحاول مرة أخرى.
staff-problem-invalid-state = لا يمكن فعل هذا الآن.
staff-problem-already-exists = هذا موجود من قبل.
staff-problem-retired = تم سحب هذا.
staff-problem-payload-too-large = هذا كبير جدًا. أرسل أقل.
staff-problem-query-too-long = هذا طويل جدًا. اجعله أقصر.
staff-problem-unsupported-media-type = لا يمكن استخدام هذا النوع من الملفات هنا.
staff-problem-missing-field = املأ هذا الحقل.
staff-problem-invalid-type = هذا نوع خاطئ من القيم.
staff-problem-invalid-value = لا يمكننا استخدام هذه القيمة. تحقّق منها وحاول مرة أخرى.
staff-problem-out-of-range = هذا الرقم صغير جدًا أو كبير جدًا.
staff-problem-too-long = هذا طويل جدًا. اجعله أقصر.
staff-problem-too-many = هناك عدد كبير جدًا من هذه. احذف بعضها.
staff-problem-unknown-field = هذا ليس حقلًا نعرفه.
staff-problem-unknown-topic = هذا ليس موضوعًا نعرفه. اختر واحدًا من القائمة.
staff-problem-unknown-reference = لم نتمكن من العثور على ما يشير إليه هذا.
staff-problem-invalid-url = أدخل عنوان موقع كاملًا يبدأ بـ https://.
staff-problem-invalid-email = أدخل عنوان بريد إلكتروني، مثل name@example.org.
staff-problem-duplicate = هذا مكتوب مرتين. اكتبه مرة واحدة.
staff-problem-rate-limited = تغييرات كثيرة في وقت قصير. انتظر دقيقة وحاول مرة أخرى.
staff-problem-internal = حدث خطأ من جهتنا. حاول مرة أخرى لاحقًا.
staff-problem-widget-not-built = هذا الجزء غير جاهز على هذا الخادم.

staff-signed-in-as = مسجّل الدخول باسم { $who }.
staff-council-offers = عروض { $council }
staff-people-link = الأشخاص والرموز
staff-sign-out = تسجيل الخروج
staff-never = أبدًا
staff-role-council-editor = محرّر المجلس
staff-role-board = عضو المجلس الإقليمي
staff-role-moderator = مشرف الميثاق
staff-role-signatory = موقّع على الميثاق
staff-role-admin = مسؤول النظام
# -- end of what staff pages share --

## Staff: the editors' workspace, sign in, lost tokens, board notes, messages (editor-*)

editor-sign-in-title = تسجيل الدخول إلى مساحة عمل المحرّرين
editor-sign-in-intro = هنا يُحدّث محرّرو عروض المجالس المحلية العرض المحلي (Local Offer) لمجلسهم، ويكتب أعضاء اللجان الإقليمية ملاحظات لجنتهم. سجّل الدخول بالرمز الذي أعطاك إياه مسؤول السجل.
editor-sign-in-token = رمز المحرّر
editor-sign-in-token-hint = يبدأ بـ { $prefix }. تبقى مسجّل الدخول حتى تسجّل الخروج أو تترك مساحة العمل دون استخدام لمدة 8 ساعات.
editor-sign-in-button = تسجيل الدخول
editor-sign-in-lost = أضعت رمزك؟ احصل على رمز جديد بالبريد الإلكتروني
editor-sign-in-empty = أدخل رمزك.
editor-sign-in-unknown = هذا الرمز غير معروف، أو تم إلغاؤه.
editor-sign-in-wrong-role = هذا الرمز ليس لمحرّر مجلس، ولا لعضو لجنة، ولا لمسؤول النظام.
editor-signed-out = لقد سجّلت الخروج.
editor-not-signed-in = أنت غير مسجّل الدخول: انتهت الجلسة بعد 8 ساعات دون استخدام، أو سجّلت الخروج. سجّل الدخول مرة أخرى (لم يُحفظ ما كان في النموذج الأخير).
editor-who-council-editor = محرّر { $council }
editor-who-admin = مسؤول النظام
editor-who-person = { $name }، { $who }

editor-lost-title = احصل على رمز جديد
editor-lost-intro = اكتب عنوان البريد الإلكتروني الذي صُنع له رمزك. سنرسل إليه رابطًا يعطيك رمزًا جديدًا؛ ويتوقف رمزك القديم عن العمل عندما تأخذ الجديد.
editor-lost-email = عنوان البريد الإلكتروني
editor-lost-button = أرسل لي رابطًا
editor-lost-back = العودة إلى تسجيل الدخول
editor-lost-bad-email = أدخل عنوان البريد الإلكتروني الذي صُنع له رمزك، مثل { $example }.
editor-lost-no-mail = هذا السجل لا يرسل بريدًا، لذلك لا يمكن استبدال الرمز من هنا. اطلب رمزًا جديدًا من مسؤول السجل.
editor-lost-sent = إذا كان هناك رمز صُنع لـ { $email }، فرسالة فيها رابط في طريقها إليه. يعمل الرابط مرة واحدة، لمدة { $minutes } دقيقة. لم تصلك رسالة؟ تحقّق من العنوان، أو اسأل مسؤول السجل.
editor-new-token-take = خذ رمزًا جديدًا الآن. يتوقف رمزك القديم عن العمل فورًا، وتنتهي كل جلسة دخلت به.
editor-new-token-button = أعطني رمزًا جديدًا
editor-new-token-made = رمزك الجديد ({ $role }) في الأسفل. يظهر الآن فقط: انسخه إلى مكان آمن، مثل برنامج لحفظ كلمات المرور.
editor-new-token-sign-in = سجّل الدخول به
editor-new-token-ended = هذا الرابط استُخدم من قبل، أو انتهى (يعمل لمدة ساعة)، أو لم يُصنع أبدًا. رمزك لم يتغيّر.
editor-new-token-ask = اطلب رابطًا جديدًا

editor-choose-council = المجلس المحلي
editor-choose-edit = حرّر عروض هذا المجلس
editor-choose-retired = اعرض العروض المسحوبة لهذا المجلس
editor-choose-people = الأشخاص والرموز: ادعُ شخصًا، أو ألغِ رمزًا

editor-error-title = خطأ: { $title }
editor-error-not-signed-in = غير مسجّل الدخول
editor-error-not-allowed = غير مسموح
editor-error-not-found = غير موجود
editor-error-not-done = لم يتم
editor-error-retired = أُوقف
editor-error-too-large = كبير جدًا
editor-error-too-many = تغييرات كثيرة جدًا
editor-error-went-wrong = حدث خطأ
editor-error-problem = هناك مشكلة
editor-error-link-home = اذهب إلى عروض مجلسك
editor-refused-other-council = يمكنك تغيير عروض مجلسك فقط.
editor-refused-not-editor = هذا الرمز ليس لمحرّر مجلس ولا لمسؤول النظام.
editor-refused-no-council = لا يوجد مجلس بهذا الرمز.
editor-refused-other-site = أُرسل هذا النموذج من موقع آخر، لذلك رُفض. افتح مساحة العمل على عنوانها وحاول مرة أخرى.
editor-refused-form = انتهت صلاحية هذا النموذج أو لم يأتِ من مساحة العمل، لذلك رُفض. ارجع، وأعد تحميل الصفحة، وحاول مرة أخرى.
editor-refused-sign-in-form = انتهت صلاحية نموذج تسجيل الدخول هذا أو لم يأتِ من مساحة العمل. افتح صفحة تسجيل الدخول مرة أخرى.
editor-refused-lost-form = انتهت صلاحية هذا النموذج أو لم يأتِ من مساحة العمل. افتح الصفحة مرة أخرى.
editor-refused-post = هذا العنوان لا يقبل POST.
editor-refused-get = هذا العنوان لا يقبل GET.
editor-refused-no-partnership = لا توجد شراكة بهذا المعرّف.
editor-refused-other-board = لجنة هذه الشراكة وحدها تكتب ملاحظاتها.

editor-workspace-count = { $count ->
    [zero] ليس لدى { $council } أي عروض.
    [one] لدى { $council } عرض واحد.
    [two] لدى { $council } عرضان.
    [few] لدى { $council } { $count } عروض.
    [many] لدى { $council } { $count } عرضًا.
   *[other] لدى { $council } { $count } عرض.
}
editor-workspace-due = { $count ->
    [one] عرض واحد حان وقت مراجعته
    [two] عرضان حان وقت مراجعتهما
    [few] { $count } عروض حان وقت مراجعتها
    [many] { $count } عرضًا حان وقت مراجعتها
   *[other] { $count } عرض حان وقت مراجعتها
}
editor-workspace-due-why = { $years ->
    [one] (لم يُراجَع منذ أكثر من سنة، أو لم يُراجَع أبدًا).
    [two] (لم يُراجَع منذ أكثر من سنتين، أو لم يُراجَع أبدًا).
    [few] (لم يُراجَع منذ أكثر من { $years } سنوات، أو لم يُراجَع أبدًا).
   *[other] (لم يُراجَع منذ أكثر من { $years } سنة، أو لم يُراجَع أبدًا).
}
editor-workspace-none-due = لا يوجد عرض حان وقت مراجعته.
editor-workspace-add = أضف عرضًا
editor-workspace-import = حدّث من جدول بيانات
editor-workspace-download = نزّل العروض (CSV)
editor-workspace-retired = العروض الموقوفة
editor-workspace-filter = صفِّ العروض
editor-workspace-search = ابحث في عروضك
editor-workspace-category = المجال
editor-workspace-all-categories = كل المجالات
editor-workspace-due-only = العروض التي حان وقت مراجعتها فقط
editor-workspace-show = اعرض
editor-workspace-no-match = لا توجد عروض مطابقة.
editor-line-facts = { $topic } · { $status } · { $ages } · آخر مراجعة { $reviewed } · النسخة { $version }
editor-line-status = { $status ->
    [pilot] تجربة
    [planned] مخطَّط له
    [ended] انتهى
   *[available] متاح
}
editor-line-due = حان وقت المراجعة
editor-line-review = روجع، دون تغيير
editor-line-history = سجل التغييرات
editor-line-history-of = لـ { $title }
editor-line-retire = أوقف

editor-board-title = ملاحظات على جدول { $partnership }
editor-board-intro = تظهر الملاحظات بجانب حالة كل عضو في جدول { $partnership }: تبقى الحالة محسوبة من عروض المجالس، والملاحظة تقول ما تعرفه اللجنة غير ذلك. كل ملاحظة تحمل اسمك وتاريخها.
editor-board-page-link = صفحة لجنة { $partnership }
editor-board-written = الملاحظات المكتوبة
editor-board-none = لا توجد ملاحظات بعد.
editor-board-evidence = (الدليل)
editor-board-signed = { $by }، { $date }.
editor-board-undated = بلا تاريخ
editor-board-change = غيّر هذه الملاحظة
editor-board-change-on = عن { $member }، { $item }
editor-board-write = اكتب ملاحظة
editor-board-member = المجلس العضو
editor-board-item = بند الضمان
editor-board-note = الملاحظة
editor-board-note-hint = ما تعرفه اللجنة، في جملة أو جملتين. اتركها فارغة لحذف الملاحظة.
editor-board-evidence-label = الدليل: عنوان موقع (اختياري)
editor-board-save = احفظ الملاحظة
editor-board-saved = حُفظت الملاحظة.
editor-board-changed = غيّر شخص ما ملاحظات اللجنة منذ فتحت هذه الصفحة: ملاحظتك في الأسفل، ولم تُحفظ بعد. احفظها مرة أخرى.
editor-board-problem = { $field }: { $problem }
editor-board-field-evidence = الدليل
editor-board-field-page = الصفحة
# -- end of the editors' workspace --

## Staff: an offer's form, its conflicts, history, retiring, the spreadsheet import (editor-*)

editor-field-id = المعرّف (id)
editor-field-version = النسخة
editor-field-topic = الموضوع
editor-field-category = المجال
editor-field-title = العنوان
editor-field-summary = الملخص
editor-field-details = التفاصيل
editor-field-status = الحالة
editor-field-basis = الأساس
editor-field-applies-to = لمن هذا العرض
editor-field-age-from = من عمر
editor-field-age-to = إلى عمر
editor-field-conditions = الشروط
editor-field-value = القيمة
editor-field-value-amount-pounds = المبلغ بالجنيه
editor-field-value-per = كم مرة
editor-field-value-count = العدد
editor-field-value-percent = النسبة المئوية
editor-field-value-note = ملاحظة عن القيمة
editor-field-value-up-to = حتى
editor-field-value-loan = قرض
editor-field-how-to-access = كيف تحصل عليه
editor-field-contact = التواصل
editor-field-source = المصدر
editor-field-source-document = وثيقة المصدر
editor-field-source-locator = المكان في المصدر
editor-field-source-url = عنوان المصدر على الإنترنت
editor-field-source-date = تاريخ المصدر
editor-field-source-read = تاريخ القراءة
editor-field-reviewed = آخر مراجعة
editor-field-council-tax = شروط ضريبة المجلس
editor-field-council-tax-relief = تخفيض ضريبة المجلس
editor-field-council-tax-shared-households = ينطبق في السكن المشترك
editor-field-note = ملاحظة القراءة
editor-field-delivery = من يقدّمه
editor-field-new-referrals-to = إحالات جديدة حتى عمر
editor-field-token = الرمز
editor-field-reason = السبب
editor-field-file = ملف الجدول
editor-form-field-problem = { $field }: { $problem }
editor-form-field-value = { $field }: { $value }
editor-form-semicolon = { $first }؛ { $next }
editor-form-empty = (فارغ)
editor-form-topic-code = { $topic } ({ $code })
editor-form-reach = { $reach ->
    [yes] نعم
    [ask] اسأل
   *[no] لا يظهر
}
editor-form-applies-to-hint = هذا يحدّد ما يُقال للشباب الذين غادروا الرعاية عندما ينتقلون بين مناطق المجالس. تظهر «نعم» فقط ما دام العرض متاحًا.
editor-form-applies-to-effect = شاب غادر الرعاية من مجلس آخر ويسكن هنا يرى: { $other }. شابك الذي غادر الرعاية ويسكن في مكان آخر يرى: { $elsewhere }. شابك الذي يسكن هنا: { $here }.
editor-form-topic-hint = نوع المساعدة. تُرتَّب العروض بين المجالس حسب الموضوع.
editor-form-topic-choose = اختر موضوعًا
editor-form-conditions-hint = اختر فقط ما يحتاجه العرض. اترك الكل فارغًا إذا كان يمكن لأي شخص في العمر المناسب أن يحصل عليه.
editor-form-entitlement = { $title } – { $council }: { $answer }
editor-form-entitlement-worth = { $title } – { $council }: { $answer }، { $worth }
editor-form-preview-none = لا شيء في هذا الموضوع
editor-form-preview-nothing = لا شيء
editor-form-preview-before = قبل
editor-form-preview-after = بعد تعديلك
editor-form-preview-topic = { $topic }: { $changed ->
    [yes] يتغيّر مع تعديلك
   *[no] لا تغيير
}
editor-form-preview-living-in = السكن في { $council }
editor-form-preview-after-moving = بعد الانتقال إلى { $council }
editor-form-preview = معاينة
editor-form-preview-title = ما سيراه الشباب الذين غادروا الرعاية (لم يُحفظ بعد)
editor-form-preview-intro = المقارنة في عمر { $age }، قبل تعديلك وبعده.
editor-form-preview-unchanged = تعديلك لا يغيّر شيئًا مما يرونه هنا.
editor-form-preview-moving-here = شاب غادر الرعاية من { $from } ينتقل إلى { $to }
editor-form-preview-moving-away = أحد الشباب الذين كانوا في رعاية { $from } ينتقل إلى { $to }
editor-form-preview-no-council = اختر مجلسًا من القائمة لمعاينة الانتقال إليه.
editor-form-preview-failed = لا يمكن عمل المعاينة مع هذا المجلس: { $reason } اختر مجلسًا آخر.
editor-form-status = { $status ->
    [available] متاح الآن
    [pilot] تجربة (pilot)
    [planned] مخطط له، لم يُقدَّم بعد
   *[ended] انتهى
}
editor-form-per = { $per ->
    [once] مرة واحدة
    [week] في الأسبوع
    [month] في الشهر
   *[year] في السنة
}
editor-form-per-none = ليس منتظمًا
editor-form-delivery = { $delivery ->
    [personal-adviser] المستشار الشخصي
   *[local-service] مبنى أو خدمة محلية في المنطقة
}
editor-form-delivery-none = غير مذكور (يحدّده الموضوع)
editor-form-relief = { $relief ->
    [full-exemption] إعفاء كامل
    [discount] خصم
    [refund-on-claim] ادفع، ثم اطلب استرداد المال
   *[unstated] المصدر لا يقول
}
editor-form-relief-none = لا شيء
editor-form-not-said = المصدر لا يقول
editor-form-yes = نعم
editor-form-no = لا
editor-form-basis = { $basis ->
    [statutory] قانوني: القانون يفرضه
   *[discretionary] اختياري: اختار المجلس أن يقدّمه
}
editor-form-add = أضف عرضًا
editor-form-change-label = غيّر العرض
editor-form-change-title = غيّر «{ $title }»
editor-form-hint-title = سطر واحد يعرفه الشاب، مثل «منحة تجهيز البيت».
editor-form-hint-summary = ما هو، في جملة أو جملتين قصيرتين.
editor-form-hint-details = اختياري: أي شيء آخر يجب أن يعرفه الشاب أو مستشاره.
editor-form-hint-status = لا يظهر العرض بـ«نعم» إلا إذا كان متاحًا.
editor-form-ages = الأعمار التي يشملها
editor-form-hint-age-from = من 16 إلى 25
editor-form-hint-age-to = حتى هذا العمر، وهو منها
editor-form-worth = القيمة (اختياري)
editor-form-hint-amount = بالجنيه، مثل 2000 أو 12.50
editor-form-hint-count = مثل 100 رحلة
editor-form-hint-percent = من 1 إلى 100
editor-form-up-to = المبلغ هو أكثر ما يحصل عليه أي شخص («حتى»): لا يُضاف أبدًا إلى المجموع
editor-form-loan = هو قرض، يجب أن يُردّ
editor-form-hint-delivery = المساعدة التي يقدّمها المستشار الشخصي تتبع الشاب أينما يسكن؛ المبنى أو الخدمة المحلية تصل فقط إلى من يسكن هناك.
editor-form-hint-new-referrals = اختياري: أكبر عمر ما زال يقبل فيه إحالات جديدة، إذا كان مغلقًا أمام القادمين الجدد الأكبر سنًا.
editor-form-hint-source-document = الوثيقة التي جاء منها هذا العرض، مثل عرضك المحلي (Local Offer).
editor-form-hint-source-locator = القسم أو الصفحة أو الفقرة.
editor-form-hint-source-url = اختياري: يبدأ بـ https://
editor-form-hint-source-date = اختياري: تاريخ الوثيقة.
editor-form-hint-source-read = اختياري: اليوم الذي قُرئت فيه صفحة الإنترنت، للصفحات التي لا تُظهر تاريخًا.
editor-form-hint-reviewed = اليوم الذي تحقّق فيه المجلس آخر مرة من أن هذا العرض صحيح. الحفظ يجعله اليوم، إلا إذا غيّرته هنا.
editor-form-council-tax = شروط ضريبة المجلس (فقط لموضوع ضريبة المجلس)
editor-form-hint-note = اختياري: كيف قُرئ العرض من مصدره، مثل قيمة تأتي من القانون.
editor-form-preview-move = عاين انتقالًا
editor-form-preview-move-hint = قبل الحفظ، انظر ماذا سيُقال لشاب غادر الرعاية وينتقل بين مجلسك وهذا المجلس.
editor-form-preview-council = المجلس
editor-form-preview-age = العمر
editor-form-save = احفظ التغيير
editor-form-add-button = أضف العرض
editor-form-preview-button = عاين ما يراه الشباب
editor-form-history-link = سجل تغييرات هذا العرض
editor-form-retire-link = أوقف هذا العرض
editor-form-back = ارجع إلى عروض { $council }
editor-form-choose-council = اختر مجلسًا
editor-form-done-created = أُضيف «{ $title }».
editor-form-done-saved = حُفظ تغييرك على «{ $title }».
editor-form-done-merged = حُفظ تغييرك على «{ $title }». وبقي أيضًا: { $kept }، حُفظ بينما كنت تعدّل.
editor-form-done-reviewed = «{ $title }» مسجّل كمُراجَع اليوم، دون تغيير.
editor-form-done-retired = أُوقف «{ $title }». سجل تغييراته محفوظ.
editor-form-done-restored = أُعيد «{ $title }»: صار جزءًا من العرض المحلي مرة أخرى، كما كان عندما أُوقف.
editor-form-kept-by = { $count ->
    [one] تغيير { $who } على { $fields }
   *[other] تغييرات { $who } على { $fields }
}
editor-conflict-someone = شخص ما
editor-conflict-unknown-date = تاريخ غير معروف
editor-conflict-title = شخص آخر حفظ هذا العرض قبلك
editor-conflict-intro = حفظ { $who } النسخة { $version } في { $when }، بينما كنت تغيّر النسخة { $base }. لم يُحفظ شيء بعد، ولم يضع شيء مما كتبه أيّ منكما.
editor-conflict-kept = بقي دون سؤال، لأن واحدًا منكما فقط غيّره: { $changes }.
editor-conflict-kept-theirs = تغييره على { $fields }
editor-conflict-kept-mine = تغييرك على { $fields }
editor-conflict-both = غيّر كلاكما { $fields }. اختر تغيير من تحتفظ به لكل واحد، ثم احفظ.
editor-conflict-form = اختر التغييرات التي تحتفظ بها
editor-conflict-save = احفظ هذه الاختيارات
editor-conflict-start-again = ابدأ من جديد من النسخة { $version }
editor-conflict-original = الأصل (النسخة { $version }، حيث بدأت)
editor-conflict-theirs = تغييره (النسخة { $version }، حفظها { $who })
editor-conflict-yours = تغييرك (ما كتبته)
editor-conflict-keep-theirs = احتفظ بتغييره
editor-conflict-keep-mine = احتفظ بتغييري
editor-conflict-not-fit = القيم التي اخترتها لا تتناسب معًا. صحّحها في الأسفل، ثم احفظ.
editor-history-title = سجل تغييرات «{ $title }»
editor-history-retired-tag = موقوف
editor-history-retired-text = هذا العرض لم يعد جزءًا من العرض المحلي للمجلس.
editor-history-retired-link = العروض الموقوفة، لإعادة هذا العرض
editor-history-version = النسخة { $version }: { $action ->
    [added] أُضيف
    [retired] أُوقف
    [reviewed] رُوجع دون تغيير
    [restored] أُعيد
   *[changed] تغيّر
}
editor-history-by = من قِبل { $who } في { $when }.
editor-history-when = { $date } الساعة { $time } بالتوقيت العالمي (UTC)
editor-history-reason = السبب: { $reason }
editor-history-reviewed = تم التحقق منه ووُجد صحيحًا؛ آخر مراجعة الآن { $date }.
editor-history-changed = { $count ->
    [zero] لم يتغيّر أي حقل:
    [one] تغيّر حقل واحد:
    [two] تغيّر حقلان:
    [few] تغيّرت { $count } حقول:
    [many] تغيّر { $count } حقلًا:
   *[other] تغيّر { $count } حقل:
}
editor-history-after = بعد
editor-retire-title = أوقف «{ $title }»
editor-retire-intro = لن يظهر «{ $title }» بعد الآن للشباب الذين غادروا الرعاية. يبقى سجل تغييراته، مع سببك.
editor-retire-reason = لماذا أُوقف؟
editor-retire-reason-hint = مثلًا: حلّت محله المنحة الجديدة من أبريل 2026. 1,000 حرف على الأكثر.
editor-retire-button = أوقف العرض
editor-retire-keep = أبقِه
editor-retire-conflict = غيّر شخص ما هذا العرض بعد أن فتحت هذه الصفحة، لذلك لم يُوقف. اقرأه مرة أخرى أولًا؛ سببك ما زال في الأسفل.
editor-retire-page-title = العروض الموقوفة لـ{ $council }
editor-retire-none = ليس لدى { $council } عروض موقوفة.
editor-retire-list = { $count ->
    [one] لدى { $council } عرض موقوف واحد.
    [two] لدى { $council } عرضان موقوفان.
    [few] لدى { $council } { $count } عروض موقوفة.
    [many] لدى { $council } { $count } عرضًا موقوفًا.
   *[other] لدى { $council } { $count } عرض موقوف.
} إعادة عرض تُرجعه كما كان عندما أُوقف: ظاهرًا للجميع مرة أخرى، وفي البحث. يسجّل سجل تغييراته من أعاده.
editor-retire-when = أُوقف في { $when } من قِبل { $who } · النسخة { $version }
editor-retire-restore = أعِد
editor-retire-history = سجل التغييرات
editor-retire-history-of = لـ{ $title }
editor-import-title = { $council }: حدّث العروض من جدول
editor-import-check-title = { $council }: تحقّق من الجدول
editor-import-done-page-title = { $council }: تم استيراد الجدول
editor-import-the-file = الملف
editor-import-intro = ارفع عروضك كجدول، صف واحد لكل عرض. لا يتغيّر شيء حتى ترى ما سيتغيّر وتوافق.
editor-import-download-offers = نزّل عروضك الحالية (CSV)
editor-import-download-offers-then = : غيّرها وارفع الملف مرة أخرى.
editor-import-download-template = نزّل النموذج (CSV)
editor-import-download-template-then = : الأعمدة وصف واحد كمثال.
editor-import-file-hint = ملف ‎.csv (محفوظ بصيغة CSV UTF-8) أو ‎.xlsx، 5 ميغابايت و2,000 صف على الأكثر.
editor-import-retire-missing = أوقف العروض التي لا يذكرها الملف
editor-import-retire-missing-hint = فقط إذا كان الملف هو عرضك المحلي كله.
editor-import-check = تحقّق من الملف
editor-import-columns = الأعمدة
editor-import-columns-intro = الصف الأول يسمّي الأعمدة، بأي ترتيب؛ يجب أن يكون كل عمود موجودًا. الصفوف التي ليس لها id تُطابَق مع عرض له نفس الموضوع والعنوان.
editor-import-columns-region = أعمدة الجدول
editor-import-columns-caption = أعمدة جدول العروض
editor-import-column = العمود
editor-import-what = ماذا تكتب
editor-import-doc-id = معرّف العرض كما أعطاه السجل. اتركه فارغًا لعرض جديد؛ الصف الذي ليس له id يُطابَق مع عرض له نفس الموضوع والعنوان.
editor-import-doc-version = النسخة التي صُدّر فيها الصف. إذا كُتبت، يُرفض صف لعرض غيّره شخص ما منذ ذلك الوقت بدل أن يمحو تغييره. اتركه فارغًا لعرض جديد.
editor-import-doc-topic = موضوع واحد من المفردات (GET /api/v1/topics)، مثل council-tax أو wifi أو setting-up-home-grant.
editor-import-doc-category = مجال الموضوع؛ يمكن تركه فارغًا، وعندها يؤخذ من الموضوع.
editor-import-doc-title = عنوان قصير، سطر واحد، 200 حرف على الأكثر.
editor-import-doc-summary = ما هو، في جملة أو جملتين يفهمهما الشاب (1,000 حرف على الأكثر).
editor-import-doc-details = اختياري: تفاصيل أكثر (10,000 حرف على الأكثر).
editor-import-doc-status = available أو pilot أو planned أو ended.
editor-import-doc-basis = statutory (القانون يفرضه) أو discretionary (اختار المجلس أن يقدّمه).
editor-import-doc-applies-to = own_care_leavers_anywhere أو own_care_leavers_in_area أو any_care_leaver_in_area، أو unstated عندما لا يقول المصدر.
editor-import-doc-age-from = أصغر عمر يشمله، من 16 إلى 25.
editor-import-doc-age-to = أكبر عمر يشمله (وهو منها)، من 16 إلى 25.
editor-import-doc-conditions = اختياري: الحالات التي يحتاجها، تفصل بينها فواصل منقوطة (;)، مثل in_higher_education; young_parent.
editor-import-doc-value-amount-pounds = اختياري: مبلغ بالجنيه، مثل 2000 أو 12.50.
editor-import-doc-value-per = مع مبلغ أو عدد: once أو week أو month أو year.
editor-import-doc-value-count = اختياري: عدد من الأشياء، مثل 100 رحلة.
editor-import-doc-value-percent = اختياري: نسبة مئوية من 1 إلى 100، مثل 100 للإعفاء الكامل.
editor-import-doc-value-note = اختياري: أي شيء آخر عن القيمة، بالكلمات.
editor-import-doc-value-up-to = yes عندما يكون المبلغ هو أكثر ما يحصل عليه أي شخص ("up to £2,000")؛ وفارغ في غير ذلك. هذه المبالغ لا تُضاف أبدًا إلى المجموع.
editor-import-doc-value-loan = yes عندما يكون المال قرضًا يجب أن يُردّ؛ وفارغ في غير ذلك.
editor-import-doc-how-to-access = اختياري: كيف يحصل عليه الشاب.
editor-import-doc-contact = اختياري: بمن يتواصل.
editor-import-doc-source-document = الوثيقة التي جاء منها العرض.
editor-import-doc-source-locator = القسم أو الصفحة أو الفقرة.
editor-import-doc-source-url = اختياري: عنوان على الإنترنت يبدأ بـ https:// أو http://.
editor-import-doc-source-date = اختياري: تاريخ الوثيقة، أو التاريخ الذي تُظهره صفحة الإنترنت، بصيغة YYYY-MM-DD.
editor-import-doc-source-read = اختياري: اليوم الذي قُرئ فيه المصدر، بصيغة YYYY-MM-DD (لصفحات الإنترنت).
editor-import-doc-reviewed = اختياري: التاريخ الذي تحقّق فيه المجلس آخر مرة من العرض، بصيغة YYYY-MM-DD.
editor-import-doc-council-tax-relief = فقط لموضوع council-tax: full_exemption أو discount أو refund_on_claim أو unstated.
editor-import-doc-council-tax-shared-households = فقط لموضوع council-tax: yes أو no، أو فارغ عندما لا يقول المصدر.
editor-import-doc-note = اختياري: كيف قُرئ السجل من مصدره (1,000 حرف على الأكثر).
editor-import-doc-delivery = اختياري: personal_adviser (مساعدة يقدّمها المستشار الشخصي، وتتبع الشاب أينما يسكن) أو local_service (مبنى أو خدمة محلية أو سجل في المنطقة، فقط لمن يسكن هناك).
editor-import-doc-new-referrals-to = اختياري: أكبر عمر ما زالت الخدمة تقبل فيه إحالات جديدة، إذا كانت مغلقة أمام القادمين الجدد الأكبر من ذلك.
editor-import-problem = { $count ->
    [one] هناك مشكلة: خطأ واحد في { $file }
    [two] هناك مشكلة: خطآن في { $file }
    [few] هناك مشكلة: { $count } أخطاء في { $file }
    [many] هناك مشكلة: { $count } خطأً في { $file }
   *[other] هناك مشكلة: { $count } خطأ في { $file }
}
editor-import-nothing-imported = لم يُستورد شيء. صحّح هذه الخلايا وارفع الملف مرة أخرى.
editor-import-problems-region = مشكلات في الملف
editor-import-problems-caption = المشكلات، حسب الصف والعمود
editor-import-row = الصف
editor-import-wrong = ما الخطأ
editor-import-whole-file = الملف كله
editor-import-would-do = ماذا سيفعل استيراد { $file }
editor-import-summary = { $add } للإضافة، { $change } للتغيير، { $retire } للإيقاف، { $unchanged } دون تغيير
editor-import-add = إضافة ({ $count })
editor-import-change = تغيير ({ $count })
editor-import-retire = إيقاف ({ $count })
editor-import-unchanged = دون تغيير ({ $count })
editor-import-row-title = الصف { $row }: «{ $title }»
editor-import-row-changes = الصف { $row }: «{ $title }»:
editor-import-was-becomes = { $field }: كان { $before }، ويصبح { $after }
editor-import-no-row = «{ $title }»: لا يذكره أي صف
editor-import-all-or-none = يُطبَّق كله مرة واحدة، أو لا شيء منه.
editor-import-apply = طبّق هذه التغييرات
editor-import-cancel = إلغاء
editor-import-another = ارفع ملفًا آخر
editor-import-back = ارجع إلى العروض
editor-import-none-retired = كل عرض حالي موجود في الملف: لن يُوقف أي عرض.
editor-import-changed = تغيّرت العروض بعد أن تحقّقت من الملف، لذلك لم يُستورد شيء. هذا ما سيفعله استيراده الآن: تحقّق منه، ثم طبّقه مرة أخرى.
editor-import-done-title = تم استيراد الجدول
editor-import-done = أُضيف { $created }، وتغيّر { $updated }، وأُوقف { $retired }. كل تغيير نسخة جديدة في سجل تغييرات العرض.

# -- end of the offer form and import --

## Staff: covenant registration and moderation, people and tokens (covenant-*, people-*)

# ---- Covenant: the names of a form's fields

covenant-problem-named = { $field }: { $problem }
covenant-optional = { $label } (اختياري)
covenant-field-name = الاسم
covenant-field-kind = نوع المنظمة
covenant-field-website = الموقع الإلكتروني
covenant-field-contact-email = بريد التواصل الإلكتروني
covenant-field-statement = بيان النية
covenant-field-topic = الموضوع
covenant-field-title = العنوان
covenant-field-summary = الملخص
covenant-field-details = التفاصيل
covenant-field-coverage = أين ينطبق
covenant-field-age-from = من عمر
covenant-field-age-to = إلى عمر
covenant-field-places = عدد الأماكن
covenant-field-how-to-apply = كيف تتقدّم بطلب
covenant-field-closes = تاريخ الإغلاق
covenant-field-reason = السبب
covenant-field-token = الرمز

# ---- Covenant: registering an organisation

covenant-register-title = سجّل كموقّع على الميثاق
covenant-register-intro = أخبرنا من أنتم. يتحقق مشرف من كل منظمة قبل أن تُعرض تعهداتها على الشباب الذين غادروا الرعاية.
covenant-label-name = اسم المنظمة
covenant-kind-choose = اختر واحدًا
covenant-kind-employer = صاحب عمل
covenant-kind-university = جامعة
covenant-kind-college = كلية
covenant-kind-charity = جمعية خيرية
covenant-kind-government-department = دائرة حكومية
covenant-kind-public-body = هيئة عامة أخرى
covenant-kind-other = غير ذلك
covenant-hint-website = يبدأ بـ https:// أو http://
covenant-hint-contact-email = لا يراه إلا المشرفون.
covenant-hint-statement = ما تنوي منظمتكم فعله للشباب الذين غادروا الرعاية.
covenant-register-button = سجّل
covenant-registered-title = تم التسجيل
covenant-registered-page-heading = أنتم مسجّلون
covenant-registered-heading = { $organisation } مسجّلة
covenant-registered-check = سيتحقق مشرف من منظمتكم قبل أن يُعرض أي شيء تتعهدون به.
covenant-token-keep = استخدموا هذا الرمز لكتابة تعهداتكم وإدارتها. انسخوه الآن واحفظوه في مكان آمن: لا يمكننا أن نعرضه مرة أخرى، وكل من يملكه يستطيع تغيير تعهداتكم.
covenant-go-to-pledges = اذهب إلى تعهداتكم

# ---- Covenant: the form that asks for a token

covenant-your-token = رمزكم
covenant-token-hint = يبدأ بـ { $prefix }
covenant-continue = متابعة
covenant-pledges-intro = أدخلوا الرمز الذي أُعطي لكم عند تسجيل منظمتكم.
covenant-moderation-intro = أدخل رمز المشرف الخاص بك.
covenant-log-token-intro = أدخل رمز المشرف الخاص بك لقراءة القرارات المتخذة.
covenant-token-missing = أدخل رمزك.
covenant-token-unknown = هذا الرمز غير معروف، أو تم إلغاؤه.
covenant-token-not-signatory = هذا ليس رمز موقّع على الميثاق.
covenant-token-not-moderator = هذا ليس رمز مشرف.

# ---- Covenant: a signatory's pledges and the pledge form

covenant-your-pledges = تعهداتكم
covenant-verified-note = تم التحقق: تعهداتكم المنشورة تُعرض على الشباب الذين غادروا الرعاية.
covenant-pending-note = بانتظار أن يتحقق مشرف من منظمتكم. لا يُعرض شيء على الجمهور حتى ذلك الحين.
covenant-no-pledges = لم تكتبوا أي تعهد بعد.
covenant-status-pending = بانتظار مشرف
covenant-status-published = منشور
covenant-status-withdrawn = مسحوب
covenant-status-rejected = غير مقبول
covenant-moderator-reason = سبب المشرف: { $reason }
covenant-change-waiting = تغييركم بانتظار مشرف. حتى ذلك الحين يرى الناس النص أدناه.
covenant-change-pledge = غيّر «{ $title }»
covenant-withdraw-pledge = اسحب «{ $title }»
covenant-pledge-facts = الأعمار من { $from } إلى { $to }. أين: { $where }.
covenant-pledge-places = { $count ->
    [zero] لا أماكن.
    [one] مكان واحد.
    [two] مكانان.
    [few] { $count } أماكن.
    [many] { $count } مكانًا.
   *[other] { $count } مكان.
}
covenant-everywhere-in-list = في كل مكان في إنجلترا
covenant-pledge-change-heading = غيّر هذا التعهد
covenant-pledge-new-heading = اكتب تعهدًا جديدًا
covenant-topic-choose = اختر موضوعًا
covenant-hint-summary = جملة أو جملتان يستطيع شاب أن يفهمهما.
covenant-everywhere = في كل مكان في إنجلترا
covenant-choose-councils = اختر المجالس المحلية
covenant-send-change = أرسل التغيير للمراجعة
covenant-send = أرسل للمراجعة
covenant-notice-sent = أُرسل تعهدكم إلى مشرف. يُعرض بعد نشره.
covenant-notice-change-sent = أُرسل تغييركم إلى مشرف.
covenant-notice-withdrawn = تم سحب التعهد.

# ---- Covenant: moderation

covenant-moderation-title = الإشراف
covenant-log-button = سجل الإشراف: القرارات المتخذة
covenant-organisations-to-verify = منظمات للتحقق منها ({ $count })
covenant-none-waiting = لا شيء بالانتظار.
covenant-organisation-facts = { $kind } · { $website } · { $email }
covenant-no-website = لا يوجد موقع إلكتروني
covenant-no-email = لا يوجد بريد إلكتروني
covenant-verify = تحقّق من { $name }
covenant-pledges-to-decide = تعهدات لاتخاذ قرار بشأنها ({ $count })
covenant-pledge-from = من { $organisation } · { $what ->
    [change] تغيير على تعهد منشور
   *[new] تعهد جديد
}
covenant-published-now = المنشور الآن: «{ $title }»
covenant-publish = انشر «{ $title }»
covenant-reject-reason = سبب عدم قبول «{ $title }»
covenant-reject = لا تقبل
covenant-notice-verified = تم التحقق من { $name }.
covenant-notice-published = تم نشر «{ $title }».
covenant-notice-rejected = لم يُقبل «{ $title }»؛ تستطيع المنظمة أن ترى السبب.
covenant-give-reason = اذكر سببًا لعدم قبول التعهد: { $problem }

# ---- Covenant: the moderation log

covenant-log-title = سجل الإشراف
covenant-log-none = لم يُتخذ أي قرار بعد.
covenant-log-no-older = لا توجد قرارات أقدم.
covenant-log-intro = القرارات من { $first } إلى { $last }، الأحدث أولًا ({ $per } في كل صفحة). كل قرار موقّع في سجل تعهده أو منظمته.
covenant-log-label = قرارات الإشراف
covenant-log-caption = قرارات الإشراف، الصفحة { $page }
covenant-log-when = متى
covenant-log-who = مَن
covenant-log-decision = القرار
covenant-log-about = بشأن
covenant-log-at = { $date } الساعة { $time } بالتوقيت العالمي (UTC)
covenant-decision-published = نُشر
covenant-decision-rejected = رُفض: { $reason }
covenant-decision-edit-rejected = رُفض التعديل (يبقى التعهد المنشور): { $reason }
covenant-decision-verified = تم التحقق
covenant-log-pledge = التعهد «{ $title }» ({ $id }) من { $organisation }
covenant-log-organisation = المنظمة { $name } ({ $id })
covenant-log-newer = قرارات أحدث
covenant-log-older = قرارات أقدم
covenant-log-back = عودة إلى ما ينتظر المشرف

# ---- People and their tokens

people-field-role = الدور
people-field-authority = المجلس المحلي
people-field-organisation = المنظمة
people-field-partnership = الشراكة
people-field-name = الاسم
people-field-email = عنوان البريد الإلكتروني
people-field-lang = لغة الرسائل
people-field-expires-in-days = ينتهي بعد
people-field-form = الدعوة
people-problem-named = { $field }: { $problem }
people-role-token = رمز
people-only-admin = لا يستطيع إلا مسؤول النظام أن يرى ويغيّر من يملك رمزًا.
people-group-staff = المشرفون ومسؤولو النظام
people-no-one-named = لا يوجد اسم
people-state-revoked = أُلغي في { $date }
people-state-expired = انتهى في { $date }
people-state-live-until = يعمل حتى { $date }
people-state-live = يعمل
people-yours = رمزك: يستطيع مسؤول نظام آخر أن يلغيه.
people-revoke-label = ألغِ رمز { $who } { $id }
people-revoke = إلغاء
people-revoked-notice = تم إلغاء الرمز { $id }. لم يعد يعمل، ولا أي جلسة دخلت به.
people-intro = كل من يملك رمزًا، وما يسمح له به. أي تغيير هنا يعمل فورًا: الرمز الملغى، وكل جلسة دخلت به، يتوقف عن العمل في طلبه التالي.
people-filter-label = تصفية الأشخاص
people-filter-for = اعرض الأشخاص الخاصين بـ
people-everyone = الجميع
people-councils = المجالس المحلية
people-partnerships = الشراكات
people-organisations = المنظمات
people-show = اعرض
people-none = لا أحد يملك رمزًا لهذا بعد.
people-tokens-label = الرموز: { $group }
people-col-person = الشخص
people-col-role = الدور
people-col-token-id = معرّف الرمز
people-col-created = تاريخ الإنشاء
people-col-state = الحالة
people-col-action = الإجراء
people-invite-heading = ادعُ شخصًا
people-invite-intro = الرمز الجديد يعمل فورًا. يُعرض مرة واحدة، في الصفحة التالية، لتعطيه للشخص بطريقة آمنة.
people-choose-role = اختر دورًا
people-choose-none = لا شيء
people-hint-authority = لمحرّر المجلس: المجلس الذي يحدّث عروضه.
people-hint-partnership = لعضو المجلس الإقليمي: الشراكة التي يجلس في مجلسها.
people-hint-organisation = للموقّع على الميثاق: المنظمة التي يدير تعهداتها.
people-label-name = اسمه
people-hint-name = كل تغيير يقوم به يُوقَّع بهذا الاسم.
people-label-email = عنوان بريده الإلكتروني
people-hint-email = لما يحتاج السجل أن يخبره به؛ لا يُعرض للجمهور أبدًا.
people-label-lang = لغة رسائله
people-hint-lang = تُكتب الرسائل الإلكترونية التي يرسلها السجل إليه بهذه اللغة.
people-label-expires-in-days = ينتهي بعد هذا العدد من الأيام (اختياري)
people-hint-expires-in-days = من 1 إلى 3650. اتركه فارغًا لرمز يعمل حتى يُلغى.
people-invite-button = ادعُه وأنشئ رمزه

# ---- A new token, shown once

people-token-made-title = تم إنشاء الرمز
people-invited-who = { $name }، { $role } لـ{ $place }
people-invited-who-staff = { $name }، { $role }
people-someone = شخص ما
people-invited = تم إنشاء رمز لـ{ $who }. إنه يعمل الآن.
people-their-token = رمزه
people-their-token-hint = انسخه الآن: يُعرض هذه المرة فقط، ولا يحتفظ السجل إلا ببصمة منه. إذا ضاع، ألغِه وادعُ الشخص مرة أخرى.
people-how-heading = كيف يستخدمه
people-how-browser = في المتصفح: افتح { $path } على هذا الموقع وأدخل الرمز.
people-how-api = مع واجهة البرمجة (API): أرسله هكذا { $header }.
people-how-give = أعطه بطريقة آمنة (ليس في نفس البريد الإلكتروني الذي فيه عنوان هذا الموقع)، واطلب منه أن يحفظه مثل كلمة السر.
people-stops = يتوقف عن العمل بعد { $date }.
people-works-until-revoked = يعمل حتى يُلغى.
people-its-id = معرّفه { $id }: ألغِه من قائمة الأشخاص.
people-back = عودة إلى الأشخاص والرموز
# -- end of covenant and people --

## Feeds (feed-*)

feed-authority-title = { $council }: التغييرات في عرضه المحلي (Local Offer) للشباب الذين غادروا الرعاية
feed-authority-subtitle = العروض التي أضافها { $council } أو غيّرها أو أوقفها، الأحدث أولًا، من { -brand }.
feed-partnership-title = { $partnership }: الضمان (guarantee) وعروض مجالسها
feed-partnership-subtitle = التغييرات في ضمان { $partnership } (guarantee) وفي عروض المجالس الأعضاء فيه، الأحدث أولًا، من { -brand }.
feed-topic-title = { $topic }: التغييرات في المجالس وفي التعهدات (Care Leaver Covenant)
feed-topic-subtitle = عروض المجالس وتعهدات (Care Leaver Covenant) عن { $topic }، الأحدث أولًا، من { -brand }.
feed-pledges-title = تعهدات (Care Leaver Covenant): ما نُشر وما سُحب
feed-pledges-subtitle = التعهدات التي نشرتها المنظمات أو غيّرتها أو سحبتها ضمن (Care Leaver Covenant)، الأحدث أولًا، من { -brand }.
feed-quoted = «{ $text }»
feed-ages = من { $from } إلى { $to }
feed-offer-new-title = { $council }: عرض جديد { $title }
feed-offer-changed-title = { $council }: تغيّر { $title }
feed-offer-retired-title = { $council }: أُوقف { $title }
feed-offer-restored-title = { $council }: عاد { $title }
feed-offer-new = جديد في العرض المحلي (Local Offer) الخاص بـ{ $council }: { $title }. { $summary } لمن هو: { $whom }، الأعمار { $ages }.
feed-offer-worth = قيمته { $value }.
feed-offer-status-note = { $status ->
    [pilot] هذا العرض تجربة (pilot): قد لا تصل إلى الجميع.
    [planned] هذا العرض مخطط له: غير متاح بعد.
   *[ended] انتهى هذا العرض.
}
feed-offer-retired = أوقف { $council } { $title }: لم يعد جزءًا من عرضه المحلي (Local Offer).
feed-offer-restored = أعاد { $council } { $title } إلى عرضه المحلي (Local Offer)، كما كان عندما أُوقف.
feed-offer-same = حفظ { $council } { $title } مرة أخرى دون تغيير ما يقوله.
feed-changed = غيّر { $who }: { $changes }.
feed-change-title = العنوان (الآن { $title })
feed-change-topic = الموضوع (الآن { $topic })
feed-change-summary = الملخص
feed-change-details = التفاصيل
feed-change-status = الحالة (الآن { $status ->
    [pilot] تجربة
    [planned] مخطط له
    [ended] انتهى
   *[available] متاح
})
feed-change-basis = أساسه (الآن { $basis ->
    [statutory] يفرضه القانون
   *[discretionary] باختيار المجلس
})
feed-change-whom = لمن هو (الآن { $whom })
feed-change-ages = الأعمار (الآن { $ages })
feed-change-conditions = الشروط (الآن { $conditions })
feed-conditions-none = لا شروط
feed-conditions-only = فقط إذا كنت { $circumstances }
feed-change-value = القيمة (الآن { $value })
feed-value-not-stated = غير مذكورة
feed-change-council-tax = شروط ضريبة المجلس (Council Tax)
feed-change-how-to-access = كيف تحصل عليه
feed-change-contact = التواصل
feed-change-source = المصدر
feed-change-reviewed = تاريخ المراجعة (الآن { $date })
feed-change-reviewed-none = تاريخ المراجعة (الآن لا يوجد)
feed-change-note = الملاحظة عن طريقة قراءته
feed-change-coverage = أين يُطبَّق
feed-change-places = عدد الأماكن المتاحة (الآن { $places })
feed-change-places-none = عدد الأماكن المتاحة (الآن غير مذكور)
feed-change-how-to-apply = كيف تقدّم
feed-change-closes = تاريخ الإغلاق (الآن { $date })
feed-change-closes-none = تاريخ الإغلاق (الآن لا يوجد)
feed-pledge-new-title = { $organisation }: تعهد جديد { $title }
feed-pledge-changed-title = { $organisation }: تغيّر { $title }
feed-pledge-withdrawn-title = { $organisation }: سُحب { $title }
feed-pledge-new = تعهدت { $organisation } بـ{ $title } ضمن (Care Leaver Covenant). { $summary } للشباب الذين غادروا الرعاية، الأعمار { $ages }.
feed-pledge-withdrawn = سحبت { $organisation } تعهدها (Care Leaver Covenant) { $title }.
feed-pledge-same = نشرت { $organisation } { $title } مرة أخرى دون تغيير ما يقوله.
feed-partnership-published-title = { $partnership }: نُشر الضمان (guarantee)
feed-partnership-published = اتفقت { $partnership } على ضمان (guarantee) للشباب الذين غادروا الرعاية في مجالسها. عدد البنود: { $items }. عدد المجالس: { $councils }.
feed-partnership-changed-title = { $partnership }: تغيّرت
feed-partnership-guarantee-changed-title = { $partnership }: تغيّر الضمان (guarantee)
feed-partnership-same = حفظت { $partnership } سجلها مرة أخرى دون تغييره.
feed-item-added = أُضيف { $title }
feed-item-changed = تغيّر { $title }
feed-item-removed = حُذف { $title }
feed-change-guarantee = الضمان ({ $items })
feed-change-members = الأعضاء (عدد المجالس الآن: { $count })
feed-change-notes = ملاحظات المجلس المشترك على الجدول
feed-change-its-details = بياناتها
# -- end of feeds --

## Letters (letter-*)

letter-pledge-published-subject = نُشر تعهدكم: { $title }
letter-pledge-published = نشر مشرف الميثاق تعهد { $organisation } «{ $title }».
letter-pledge-published-found = يمكن الآن للشباب الخارجين من الرعاية ومن ينصحونهم أن يجدوه في { -brand }. يمكنكم رؤية تعهداتكم وتغييرها هنا (برمز الموقّع الخاص بكم):
letter-pledge-rejected-subject = لم يُنشر تعهدكم: { $title }
letter-pledge-rejected = لم ينشر مشرف الميثاق تعهد { $organisation } «{ $title }».
letter-pledge-rejected-reason = السبب الذي ذكره المشرف:
letter-pledge-rejected-no-reason = لم يذكر المشرف سببًا.
letter-pledge-rejected-again = يمكنكم تغيير التعهد وإرساله مرة أخرى هنا (برمز الموقّع الخاص بكم):
letter-waiting-organisation-subject = منظمة تنتظر التحقق منها: { $organisation }
letter-waiting-organisation = سجّلت { $organisation } لتقديم تعهدات في الميثاق.
letter-waiting-pledge-subject = تعهد ينتظر الإشراف: { $title }
letter-waiting-pledge = أرسلت { $organisation } تعهدًا جديدًا: «{ $title }».
letter-waiting-edit-subject = تعديل على تعهد ينتظر الإشراف: { $title }
letter-waiting-edit = غيّرت { $organisation } تعهدها المنشور «{ $title }».
letter-waiting-queue = قائمة انتظار الإشراف (برمز المشرف الخاص بك):
letter-review-subject = { $council }: { $count ->
    [zero] لا توجد عروض حان وقت مراجعتها
    [one] عرض واحد حان وقت مراجعته
    [two] عرضان حان وقت مراجعتهما
    [few] { $count } عروض حان وقت مراجعتها
    [many] { $count } عرضًا حان وقت مراجعتها
   *[other] { $count } عرض حان وقت مراجعتها
}
letter-review-intro = لم يُتحقَّق من عروض { $council } هذه منذ وقت طويل. يقرؤها الشباب الخارجون من الرعاية على أنها صحيحة اليوم: رجاءً تحقّق من كل عرض مقابل العرض المحلي (Local Offer) لمجلسك، ثم غيّره أو علّمه كمُراجَع.
letter-review-item = { $title } ({ $reviewed })
letter-review-never = لم يُراجَع أبدًا
letter-review-last = آخر مراجعة { $date }
letter-review-all = كل عروضك التي حان وقت مراجعتها:
letter-token-subject = رمز جديد لـ { -brand }
letter-token = طلب أحدٌ رمزًا جديدًا لـ { -brand } لهذا العنوان. إذا كنت أنت، فافتح هذا الرابط خلال { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}؛ يعمل الرابط مرة واحدة، ويتوقف رمزك القديم عن العمل عندما تأخذ الرمز الجديد:
letter-token-not-you = إذا لم تكن أنت، فلا تحتاج إلى فعل شيء: رمزك لم يتغيّر.
# -- end of letters --
