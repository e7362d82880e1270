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
list-comma = { $first }، { $next }
list-and = { $first } او { $last }
footer-staff-sign-in = د کارکوونکو ننوتل
footer-translation-unreviewed = دا ژباړه مو په پاملرنه لیکلې، خو تر اوسه یو ماهر لوستونکي نه ده کتلې. که څه روښانه نه وي، له خپل شخصي سلاکار څخه وپوښتئ.

## Compare: the form, the answer, its questions, changes and values

change-label = { $change ->
    [same] ساتل کیږي
    [gain] ترلاسه کوئ
    [loss] له لاسه ورکوئ
    [better] ښه
    [worse] کم
    [ask] وپوښتئ
   *[depends] پورې اړه لري
}
change-sentence = { $change ->
    [same] که کډه وکړئ، دا له تاسو سره پاتې کیږي.
    [gain] دا یوازې هغه وخت ترلاسه کوئ چې کډه وکړئ.
    [loss] که کډه وکړئ، دا له لاسه ورکوئ.
    [better] که کډه وکړئ، له دې څخه ډېر ترلاسه کوئ.
    [worse] که کډه وکړئ، له دې څخه لږ ترلاسه کوئ.
    [ask] حتمي نه ده. له کډې مخکې وپوښتئ.
   *[depends] دا ستاسو په حالت پورې اړه لري، یا په دې پورې چې سیمه څه کوي.
}

value-per = { $per ->
    [week] په اونۍ کې { $amount }
    [month] په میاشت کې { $amount }
    [year] په کال کې { $amount }
   *[once] { $amount }
}
value-up-to = تر { $amount } پورې
value-loan = د { $money } پور، چې بېرته ورکول کیږي
value-percent-off = { $percent }% تخفیف
value-and = { $a }، { $b }
money-difference-year = { $direction ->
    [more] که کډه وکړئ، هر کال { $amount } ډېر.
    [less] که کډه وکړئ، هر کال { $amount } کم.
   *[same] هر کال هماغومره پیسې.
}
money-difference-once = { $direction ->
    [more] که کډه وکړئ، { $amount } ډېر.
    [less] که کډه وکړئ، { $amount } کم.
   *[same] هماغومره.
}
money-year-sides = هغه پیسې چې هر کال یې په ډاډ سره ترلاسه کوئ: که پاتې شئ { $stay }، که کډه وکړئ { $moving }. { $difference }
money-once-sides = یو ځلې مالي مرستې چې په ډاډ سره یې ترلاسه کوئ: که پاتې شئ { $stay }، که کډه وکړئ { $moving }. { $difference }
money-year-one = هغه پیسې چې هر کال یې په ډاډ سره ترلاسه کوئ: { $amount }.
money-once-one = یو ځلې مالي مرستې چې په ډاډ سره یې ترلاسه کوئ: { $amount }.

compare-certain-lose = { $count ->
    [one] 1 شی له لاسه ورکوئ
   *[other] { $count } شیان له لاسه ورکوئ
}
compare-certain-less = { $count ->
    [one] په 1 شي کې لږ ترلاسه کوئ
   *[other] په { $count } شیانو کې لږ ترلاسه کوئ
}
compare-certain-gain = { $count ->
    [one] 1 شی ترلاسه کوئ
   *[other] { $count } شیان ترلاسه کوئ
}
compare-certain-more = { $count ->
    [one] په 1 شي کې ډېر ترلاسه کوئ
   *[other] په { $count } شیانو کې ډېر ترلاسه کوئ
}
compare-certain = که کډه وکړئ، په ډاډ سره { $changes }.
compare-certain-nothing = که کډه وکړئ، هیڅ شی په ډاډ سره نه بدلیږي.
compare-via = { $via ->
    [home] له هغې شورا څخه چې ستاسو پالنه یې کړې
    [destination] له هغې شورا څخه چې تاسو به یې په سیمه کې اوسیږئ
    [partnership] د سیمې د شوراګانو ژمنه
    [covenant] ژمنه (Care Leaver Covenant)
   *[law] قانون، د انګلستان په هر ځای کې د له پالنې وتلو ځوانانو لپاره
}
status-note = { $status ->
    [pilot] ازمایښتي (pilot) – یوه آزموینه چې ښايي ټولو ته ونه رسیږي
    [planned] پلان شوی – لا تر اوسه نشته
   *[ended] پای ته رسېدلی – نور نه ورکول کیږي
}
compare-source-report = د شورا یو راپور
compare-asof-undated = د { $council } وړاندیز: د هغې له وېب پاڼو، لکه څنګه چې موږ په { $date } ولوستې (نېټه پکې نه وه)
compare-asof-year = د { $council } وړاندیز: د { $year } کال له یوې سرچینې
compare-asof-none = موږ د { $council } خپل وړاندیز نه لرو
compare-contact-phone = تلیفون { $phone }
compare-contact-email = ایمیل { $email }
compare-contact-web = د هغوی وېب پاڼه
compare-more-pledges = { $count ->
    [one] او د دې موضوع په اړه 1 بله ژمنه (Care Leaver Covenant)
   *[other] او د دې موضوع په اړه { $count } نورې ژمنې (Care Leaver Covenant)
}

compare-form-heading = محلي وړاندیزونه (Local Offers) پرتله کړئ
compare-form-from = هغه شورا چې ستاسو پالنه یې کړې
compare-form-to = هغه شورا چې ښايي ورته کډه وکړئ
compare-form-age = ستاسو عمر
compare-form-choose-council = یوه شورا وټاکئ
compare-form-choose-age = خپل عمر وټاکئ
compare-form-more = موږ ته د ځان په اړه نور ووایاست (اختیاري)
compare-form-circumstances = ځینې مرسته ستاسو په حالت پورې اړه لري. هغه ټول په نښه کړئ چې ستاسو په اړه سم دي. ایا تاسو:
compare-form-group = هغه څه چې قانون یې درکوي، په دې پورې اړه لري چې تاسو څومره وخت په پالنه کې وئ. که پوهیږئ، ایا تاسو:
compare-form-group-unsure = ډاډه نه یم (هغه څه چې په دې پورې اړه لري، موږ یې جلا ښیو)
compare-form-submit = پرتله کړئ
compare-district-label = تاسو اوس په کومه ولسوالۍ (district) کې اوسیږئ؟ (اختیاري)
compare-district-hint = ځینې مرسته د ولسوالۍ له شورا (district council) څخه راځي، او ولسوالۍ سره توپیر لري.
compare-district-unsure = ډاډه نه یم
compare-problem-title = یوه ستونزه شته
compare-error-prefix = تېروتنه:{ " " }

compare-heading = له { $from } څخه { $to } ته کډه، په { $age } کلنۍ کې
compare-heading-one = { $council } تاسو ته په { $age } کلنۍ کې څه درکوي
compare-lede-one = د { $council } محلي وړاندیز (Local Offer) یو { $age } کلن له پالنې وتلي ځوان ته څه ورکوي، تر هغه ځایه چې پکې لیکل شوي.
questions-line = { $count ->
    [0] له کډې مخکې هیڅ پوښتنه نشته
    [one] له کډې مخکې 1 پوښتنه شته چې وپوښتئ
   *[other] له کډې مخکې { $count } پوښتنې شته چې وپوښتئ
}؛ { $same ->
    [0] هیڅ شی په ډاډ سره یو شان نه پاتې کیږي
    [one] 1 شی یو شان پاتې کیږي
   *[other] { $same } شیان یو شان پاتې کیږي
}.
questions-line-one = { $count ->
    [0] هیڅ پوښتنه نشته.
    [one] 1 پوښتنه شته چې وپوښتئ.
   *[other] { $count } پوښتنې شته چې وپوښتئ.
}
compare-you-said = تاسو وویل چې { $circumstances } یاست.
compare-you-live = تاسو اوس په { $district } کې اوسیږئ.
compare-sentence = { $text }.
compare-asof-stale = دا له دوو کلونو زوړ دی: مخکې له دې چې پرې تکیه وکړئ، له { $council } څخه یې وپوښتئ.
compare-asof-ask = له { $council } څخه وپوښتئ چې له پالنې وتلو ځوانانو ته څه ورکوي.
compare-asof-read = د هغې محلي وړاندیز (Local Offer) ولولئ
compare-local-offer-of = د { $council } محلي وړاندیز (Local Offer)
compare-notices = مهرباني وکړئ پام وکړئ
compare-notice-district-home = { $district } د ولسوالۍ شورا (district council) ده، نو { $county } ستاسو پالنه کړې: د هغې وړاندیزونه د هغې شورا وړاندیزونه دي چې ستاسو پالنه یې کړې، او ورسره د { $district } وړاندیزونه د هغه ځای لپاره چې تاسو پکې اوسیږئ.
compare-notice-replaced = { $council } په { $date } بدله شوه؛ د هغې وړاندیزونه لکه څنګه چې خپاره شوي وو ښودل شوي.
compare-notice-replaced-by = { $council } په { $date } { $successors } بدله شوه؛ د هغې وړاندیزونه لکه څنګه چې خپاره شوي وو ښودل شوي.
compare-notice-by = په { $council }
compare-notice-county = { $county } ولایت (county) دی: د هغه د ولسوالیو شوراګانې (district councils) د شورا مالیه او کور چلوي. هغه څه چې ټولې ولسوالۍ يې ورکوي ښودل شوي؛ د نورو لپاره، هغه ولسوالۍ وټاکئ چې تاسو پکې اوسیږئ (یا به پکې اوسیږئ).
compare-notice-districts-differ = د ولسوالیو ټولې شوراګانې د { $topics } لپاره یو شان شی نه ورکوي: موږ ته ووایاست چې په کومه ولسوالۍ کې اوسیږئ، ترڅو دقیق ځواب ترلاسه کړئ.
compare-notice-no-county = موږ د { $district } پورته ولایتي شورا (county council) ونه موندله، نو د هغې وړاندیزونه پکې شامل نه دي.
compare-notice-no-offer = موږ لا د { $council } خپل وړاندیز نه لرو. دا پدې معنا نه ده چې هېڅ نه ورکوي: له { $council } وپوښتئ چې له پالنې وتلو ځوانانو ته څه ورکوي.
compare-notice-no-offer-page = { compare-notice-no-offer } د هغې خپل وړاندیز په { $url } کې خپور شوی.
compare-certain-heading = هغه څه چې په ډاډ سره بدلیږي
compare-certain-none = هیڅ شی په ډاډ سره نه بدلیږي. له کډې مخکې لاندې پوښتنې وګورئ.
compare-certain-one-heading = { $council } تاسو ته څه درکوي
compare-certain-one-none = ستاسو لپاره هیڅ شی حتمي نه دی. لاندې پوښتنې وګورئ.
compare-ask-heading = له کډې مخکې وپوښتئ
compare-ask-heading-one = هغه څه چې باید وپوښتئ
compare-ask-none = د پوښتلو لپاره هیڅ نشته: محلي وړاندیزونه (Local Offers) وايي چې هر شی د چا لپاره دی.
compare-ask-intro = هغه شیان چې محلي وړاندیزونه (Local Offers) یې ستاسو لپاره حتمي نه کوي، د دې له مخې چې له چا یې وپوښتئ.
compare-ask-print = دا پوښتنې د خپل شخصي سلاکار لپاره چاپ کړئ
compare-ask-whom = وپوښتئ: { $whom }
compare-reach = له هغوی سره څنګه اړیکه ونیسئ:
compare-reach-pa = له خپل شخصي سلاکار څخه وغواړئ چې سم کس ومومي.
compare-if-heading = که تاسو … یاست
compare-if-intro = د هغو حالتونو لپاره مرسته چې تاسو موږ ته نه دي ویلي چې ستاسو دي. دا پورته نه ده شمېرل شوې: که یو یې ستاسو په اړه سم وي، خپل شخصي سلاکار ته ووایاست.
compare-if-one = که تاسو { $circumstance } یاست
compare-things = { $count ->
    [one] 1 شی
   *[other] { $count } شیان
}
compare-agreed-heading = هغه څه چې سیمې پرې موافقه کړې
compare-agreed-intro = دا د شوراګانو ترمنځ ژمنې دي، نه داسې څه چې تاسو یې د خپل حق په توګه غوښتلای شئ. هره شورا چې څه ورکوي، پورته لیکل شوي.
compare-agreed-status = { $status ->
    [being_considered] تر غور لاندې، لا موافقه نه ده شوې
    [under_review] تر بیاکتنې لاندې
    [achieved] په ټولو شوراګانو کې پلي شوی
   *[agreed] شوراګانو موافقه کړې، خو لا هر ځای پلي شوی نه دی
}
compare-same-heading = هغه څه چې یو شان پاتې کیږي ({ $count })
compare-same-none = هیڅ شی په دواړو خواوو کې حتمي نه دی.
compare-nothing-found = موږ ستاسو د عمر لپاره په هیڅ یو محلي وړاندیز (Local Offer) کې څه ونه موندل. له خپل شخصي سلاکار څخه وپوښتئ.
compare-lost-rest = { $topic }: د پاتې برخې په اړه وپوښتئ
compare-row-ask = حتمي نه دی. وپوښتئ.
compare-side-stay = که په { $council } کې پاتې شئ
compare-side-move = که { $council } ته کډه وکړئ
compare-side-both = هر چېرې چې اوسیږئ
compare-side-nothing = هیڅ ونه موندل شول.
compare-side-only-both = یوازې هغه څه چې هر چېرې یې ترلاسه کوئ (لاندې).
compare-you-get = تاسو ترلاسه کوئ: { $value }
compare-only-if = یوازې که تاسو { $conditions } یاست.
compare-who-to-ask = له چا وپوښتئ:
compare-how-to-get = څنګه یې ترلاسه کړئ:
compare-contact = اړیکه:
compare-why = ولې؟
compare-source = سرچینه:
compare-source-document = سند
compare-more-about = نور معلومات:

questions-intro = د هغه له پالنې وتلي ځوان لپاره چې { $from } یې پالنه کړې، { $age } کلن دی، او { $to } ته د کډې فکر کوي. دا خپل شخصي سلاکار ته یوسئ: هغه کولای شي ستاسو لپاره له نورو څخه وپوښتي.
questions-intro-one = د هغه له پالنې وتلي ځوان لپاره چې { $from } یې پالنه کړې، او { $age } کلن دی. دا خپل شخصي سلاکار ته یوسئ: هغه کولای شي ستاسو لپاره له نورو څخه وپوښتي.
questions-back = بېرته پرتلې ته
questions-none = د پوښتلو لپاره هیڅ نشته: محلي وړاندیزونه (Local Offers) وايي چې هر شی د چا لپاره دی.
questions-answer = ځواب:
questions-from = د { $provider } له خوا.

compare-app-heading = { $council } ته کډه کوئ؟
compare-app-heading-any = نوې سیمې ته کډه کوئ؟
compare-app-intro = وګورئ چې که کډه وکړئ، کومه مرسته ساتل کیږي، کومه ترلاسه کوئ او کومه له لاسه ورکوئ. د 16 څخه تر 25 کلنو له پالنې وتلو ځوانانو لپاره مرسته.
compare-app-home-hint = لیکل پیل کړئ، بیا له لېست څخه وټاکئ.
compare-app-did-you-mean = ایا مطلب مو دا و:
compare-app-no-councils = موږ د شوراګانو لېست راوړای نه شو. { $problem }
compare-problem-home = هغه شورا چې ستاسو پالنه یې کړې له لېست څخه وټاکئ.
compare-problem-age = خپل عمر وټاکئ.
compare-status-problem = یوه ستونزه شته: { $problem }
compare-loading = پرتله کیږي…
compare-status-ready = پرتله چمتو ده. { $summary } د پوښتلو لپاره شیان: { $count }.
compare-actions-heading = دا وساتئ یا یې شریک کړئ
compare-actions-print = دا پرتله چاپ کړئ
compare-actions-questions = هغه پوښتنې چې خپل شخصي سلاکار ته یې یوسئ
compare-actions-link = د دې پرتلې لینک
compare-actions-link-note = په لینک کې یوازې دوه شوراګانې او ستاسو عمر دي.

compare-page-heading = شوراګانې پرتله کړئ
compare-field-problem = { $field ->
    [from] هغه شورا چې ستاسو پالنه یې کړې له لېست څخه وټاکئ.
    [to] هغه شورا چې ښايي ورته کډه وکړئ له لېست څخه وټاکئ.
    [age] خپل عمر وټاکئ، له 16 تر 25 پورې.
    [district] هغه ولسوالۍ (district) چې پکې اوسیږئ له لېست څخه وټاکئ، یا یې خالي پرېږدئ.
    [group] له لېست شویو ډلو څخه یوه وټاکئ، یا «ډاډه نه یم».
   *[circumstances] یوازې هغه حالتونه په نښه کړئ چې په لېست کې دي، یا هیڅ یو.
}
compare-problem-district-from = هغه ولایتي شورا (county council) وټاکئ چې ستاسو پالنه یې کړې. د ولسوالۍ شورا (district council) د ماشومانو پالنه نه کوي.
questions-page-heading = هغه پوښتنې چې خپل شخصي سلاکار ته یې یوسئ
questions-page-title = هغه پوښتنې چې خپل شخصي سلاکار ته یې یوسئ: له { $from } څخه { $to } ته کډه
questions-page-title-one = هغه پوښتنې چې خپل شخصي سلاکار ته یې یوسئ: { $council }
questions-page-first = لومړی دوه شوراګانې پرتله کړئ:
questions-page-first-link = شوراګانې او خپل عمر وټاکئ

questions-whom-pa = په { $council } کې ستاسو شخصي سلاکار
questions-planned = { $count ->
    [one] ایا { $titles } پیل شوی، او ایا زما لپاره دی؟
   *[other] ایا له دې څخه کوم یو پیل شوی، او ایا زما لپاره دي: { $titles }؟
}

why-offer = { $why ->
    [own-anywhere] { $council } دا هغو له پالنې وتلو ځوانانو ته ورکوي چې پالنه یې کړې، هر چېرې چې اوسیږي. تاسو له هغوی څخه یو یاست.
    [own-in-area] { $council } دا هغو له پالنې وتلو ځوانانو ته ورکوي چې پالنه یې کړې، تر هغه چې د هغې په سیمه کې اوسیږي. تاسو له هغوی څخه یو یاست، او په { $place } کې اوسیږئ.
    [any-in-area] { $council } دا هر هغه له پالنې وتلي ځوان ته ورکوي چې د هغې په سیمه کې اوسیږي، او تاسو به په { $place } کې اوسیږئ.
    [personal-adviser] په { $council } کې ستاسو شخصي سلاکار دا مرسته درکوي، او ستاسو شخصي سلاکار تر 25 کلنۍ پورې له تاسو سره پاتې کیږي، هر چېرې چې اوسیږئ.
    [home] { $council } ستاسو پالنه کړې او تاسو د هغې په سیمه کې اوسیږئ، نو دا ستاسو لپاره ده.
    [home-district] { $home } ستاسو پالنه کړې، او { $council } د هغې د ولسوالۍ یوه شورا ده چې تاسو پکې اوسیږئ، نو دا ستاسو لپاره ده.
    [ask-own] { $council } نه وايي چې ایا دا هغه وخت هم دوام کوي کله چې تاسو د هغې له سیمې بهر اوسیږئ.
   *[ask-other] { $council } نه وايي چې ایا دا د نورو شوراګانو، لکه { $home }، د له پالنې وتلو ځوانانو لپاره هم ده.
}
questions-ask = { $ask ->
    [pilot] ایا زه کولای شم په ازمایښتي پروګرام (pilot) «{ $title }» کې برخه واخلم؟
    [pilot-own] ایا زه کولای شم په ازمایښتي پروګرام (pilot) «{ $title }» کې برخه واخلم؟
    [planned] ایا «{ $title }» پیل شوی، او ایا زه به یې ترلاسه کړم؟
    [ended] «{ $title }» پای ته رسېدلی: ایا کوم بل شی یې ځای نیولی؟
    [follows] که زه په { $place } کې اوسېږم، ایا «{ $title }» به راسره پاتې وي؟
   *[other-councils] ایا «{ $title }» د { $home } د هغو له پالنې وتلو ځوانانو لپاره هم دی چې دلته اوسیږي؟
}
questions-whom = { $ask ->
    [pilot] دا ازمایښتي پروګرام (pilot) دی: له { $provider } څخه وپوښتئ چې ایا تاسو پکې برخه اخیستلای شئ، یا په { $home } کې له خپل شخصي سلاکار څخه وغواړئ چې معلومه یې کړي.
    [pilot-own] دا ازمایښتي پروګرام (pilot) دی: په { $home } کې له خپل شخصي سلاکار څخه وپوښتئ چې ایا تاسو پکې برخه اخیستلای شئ.
    [planned] دا پلان شوی او لا نه دی پیل شوی: له { $provider } څخه وپوښتئ چې کله پیلیږي.
    [ended] دا پای ته رسېدلی: له { $provider } څخه وپوښتئ چې ایا کوم بل شی یې ځای نیولی.
    [follows] { $provider } نه وايي چې ایا دا له تاسو سره ځي کله چې کډه کوئ: په { $home } کې له خپل شخصي سلاکار څخه وپوښتئ.
   *[other-councils] { $provider } نه وايي چې ایا دا د نورو شوراګانو د له پالنې وتلو ځوانانو لپاره هم ده: له { $provider } څخه وپوښتئ، یا په { $home } کې له خپل شخصي سلاکار څخه وغواړئ چې ستاسو په استازیتوب یې وپوښتي.
}

why-law = قانون دا د انګلستان په هر ځای کې له پالنې وتلو ځوانانو ته ورکوي ({ $law }).
why-law-planned = دا په قانون ({ $law }) کې دی، خو لا نه دی پیل شوی.
why-pledge-national = د { $organisation } له خوا ژمنه (Care Leaver Covenant)، د انګلستان په هر ځای کې د له پالنې وتلو ځوانانو لپاره.
why-pledge = د { $organisation } له خوا ژمنه (Care Leaver Covenant) چې { $places } پوښي.
why-every-district = په { $county } کې د هرې ولسوالۍ شورا (district council) دا ورکوي، نو په { $county } کې هر چېرې چې اوسیږئ دا تاسو ته رسېږي. ښودل شوی: هغه څه چې { $district } يې ورکوي.
why-guarantee = د { $partnership } شوراګانو دا د خپلو له پالنې وتلو ځوانانو لپاره منلی دی ({ compare-agreed-status }). دا د شوراګانو ترمنځ ژمنه ده، نه داسې څه چې تاسو یې غوښتلای شئ: هغه څه چې پخپله { $place } يې ورکوي، ترڅنګ يې ښودل شوي.

# -- end of Compare --

## Pages: home, search, councils' offers, an offer, the map, boards, coverage, errors

date-long = { $day } { $month } { $year }
date-month-1 = جنوری
date-month-2 = فبروری
date-month-3 = مارچ
date-month-4 = اپریل
date-month-5 = می
date-month-6 = جون
date-month-7 = جولای
date-month-8 = اګست
date-month-9 = سپتمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر

offers-heading = { $council } له پالنې وتلو ځوانانو ته څه وړاندې کوي
offers-showing-band = د { $from } څخه تر { $to } کلنو کسانو لپاره مرسته ښودل کیږي.
offers-read-own = د { $council } خپل محلي وړاندیز (Local Offer) ولولئ
offers-none = موږ د دې شورا او دې عمر لپاره هیڅ وړاندیز نه دی ثبت کړی.
offers-age = عمر { $age }
offers-ages = عمر له { $from } تر { $to } پورې
offers-band = له { $from } تر { $to } کلن
offers-only-if = یوازې که تاسو { $conditions } یاست.
offers-your-age = ستاسو عمر
offers-all-ages = ټول عمرونه
offers-show = وښایاست

offer-all-of = د { $council } ټول وړاندیز
offer-council = شورا
offer-for = د چا لپاره
offer-for-own-anywhere = هغه له پالنې وتلي ځوانان چې { $council } یې پالنه کړې، هر چېرې چې اوسیږي
offer-for-own-in-area = هغه له پالنې وتلي ځوانان چې { $council } یې پالنه کړې، تر هغه چې د دې شورا په سیمه کې اوسیږي
offer-for-any-in-area = هر له پالنې وتلی ځوان چې د { $council } په سیمه کې اوسیږي
offer-for-unstated = { $council } نه وايي چې دا د چا لپاره دی
offer-ages = عمرونه
offer-only-if = یوازې که تاسو
offer-worth = ارزښت
offer-how = څنګه یې ترلاسه کړئ
offer-contact = اړیکه
offer-source = سرچینه
offer-source-report = د شورا یو راپور
offer-note = یادونه
offer-reviewed = وروستی ځل کتل شوی
offer-read-source = د سرچینې سند ولولئ
offer-history = تاریخچه
offer-version = نسخه { $version }: د { $date } په نېټه د { $who } له خوا { $action }.
offer-action-added = اضافه شو
offer-action-changed = بدل شو
offer-action-retired = بند شو
offer-action-reviewed = وکتل شو، بدلون پکې رانغی
offer-action-restored = بیرته راوستل شو

search-heading = محلي وړاندیزونه (Local Offers) او ژمنې ولټوئ
search-label = هغه مرسته ولټوئ چې وړاندې کیږي
search-button = لټون
search-category = د ژوند برخه
search-all-categories = ټولې برخې
search-nothing = هیڅ ونه موندل شول. نور ټکي وازمایئ، لکه کرایه، د شورا مالیه یا کالج.
search-pledge = ژمنه (Care Leaver Covenant)
search-results = { $count ->
    [0] هیڅ پایله نشته
    [one] { $count } پایله
   *[other] { $count } پایلې
}
search-results-for = { $count ->
    [0] د «{ $query }» لپاره هیڅ پایله نشته
    [one] د «{ $query }» لپاره { $count } پایله
   *[other] د «{ $query }» لپاره { $count } پایلې
}
search-pledges-on = د «{ $topic }» په اړه ژمنې (Care Leaver Covenant)
search-title = لټون
search-page-heading = وړاندیزونه او ژمنې ولټوئ
search-question = تاسو په څه کې مرستې ته اړتیا لرئ؟
search-hint = د بېلګې په توګه: کرایه، د شورا مالیه، کالج، د موټر چلولو درسونه.
search-searching = لټون روان دی…

error-problem = یوه ستونزه شته
error-loading = راوړل کیږي…

error-title = تېروتنه: { $title }
error-not-found = پاڼه ونه موندل شوه
error-no-page = په دې پته کومه پاڼه نشته. ښايي ځای یې بدل شوی وي، یا لینک غلط وي.
error-no-page-next = { $home }، { $compare } یا { $search }.
error-go-home = کور پاڼې ته ورشئ
error-go-compare = شوراګانې پرتله کړئ
error-go-search = وړاندیزونه ولټوئ
error-address = له دې پتې سره ستونزه شته
error-address-part = دا پاڼه د خپلې پتې دا برخه نه مني:
error-address-without = پاڼه پرته له دې برخې پرانیزئ

home-title = دلته کډه کوئ؟
home-heading = که دلته کډه وکړئ، څه به ترلاسه کړئ
home-demo = دا د یوې شورا د وېب پاڼې نمونه ده چې د Offer Atlas ویجټ (widget) پکې دی. شورا دا ویجټ د HTML په دوو کرښو اضافه کوي.
home-moving-to = { $council } ته کډه کوئ؟
home-moving-intro = که تاسو له پالنې وتلی ځوان یاست، ومومئ چې که دلته کډه وکړئ، کوم ملاتړ ساتل کیږي، کوم ترلاسه کوئ او کوم له لاسه ورکوئ.
home-noscript = ستاسو براوزر JavaScript نه چلوي.
home-noscript-link = پر ځای یې شوراګانې په یوه ساده پاڼه کې پرتله کړئ
home-search-heading = ټول وړاندیزونه ولټوئ
home-search-simple = په ساده پاڼه کې لټون
home-council-offer = د { $council } وړاندیز
home-boards-heading = د سیمه‌ییزو بورډونو لپاره
home-board-link = { $partnership }: کومې شوراګانې د له پالنې وتلو ځوانانو تضمین (guarantee) پوره کوي
home-held-link = کومې شوراګانې، او څومره تازه
home-held-sources = وړاندیزونه د شوراګانو خپل خپاره شوي ټکي دي. موږ یې لنډ کړي او د هرې سرچینې لینک مو ورسره ایښی. د Covenant ژمنې د سازمانونو خپلې دي. د شوراګانو کوډونه او سیمې د ملي احصایې دفتر (Office for National Statistics) څخه دي، د Open Government Licence v3.0 لاندې.

coverage-title = هغه څه چې موږ یې لرو
coverage-heading = موږ د هرې شورا له وړاندیز څخه څه لرو
coverage-held = د انګلستان د { $councils } هغو شوراګانو څخه چې د ماشومانو خدمتونه لري، موږ د { $held } شوراګانو خپل محلي وړاندیز (Local Offer) لرو.
coverage-held-dated = د انګلستان د { $councils } هغو شوراګانو څخه چې د ماشومانو خدمتونه لري، موږ د { $held } شوراګانو خپل محلي وړاندیز (Local Offer) لرو، لکه څنګه چې د هغوی اسناد او پاڼې د { $oldest } او { $newest } ترمنځ نېټو کې وې.
coverage-how-old = هر ځواب وايي چې سرچینه یې څومره زړه ده.
coverage-summary = د انګلستان د { $councils } هغو شوراګانو څخه چې د ماشومانو خدمتونه لري، موږ د { $held } شوراګانو خپل وړاندیز لرو: { $full } یې ټولې شپږ برخې پوښي چې قانون یې له محلي وړاندیز (Local Offer) څخه غواړي ({ $areas })، او { $partial } یې ځینې برخې پوښي.
coverage-none = د نورو { $none } شوراګانو خپل هیڅ شی تر اوسه موږ نه لرو. دا په دې معنا نه ده چې هغوی هیڅ نه وړاندې کوي. هغه څه چې قانون هر له پالنې وتلي ځوان ته ورکوي، په هره پرتله کې ښودل شوي.
coverage-regions-caption = هغه شوراګانې چې خپل وړاندیز یې موږ لرو، د سیمې له مخې
coverage-region = سیمه
coverage-councils = شوراګانې
coverage-held-full = ټولې شپږ برخې
coverage-held-partial = ځینې برخې
coverage-held-none = هیڅ نه لرو
coverage-not-held = نه لرو
coverage-each-caption = هره شورا
coverage-council = شورا
coverage-held-column = لرو
coverage-offers = وړاندیزونه
coverage-newest = تر ټولو نوې سرچینه
coverage-missing = هغه برخې چې نه دي پوښل شوې
coverage-published = د هغې خپور شوی وړاندیز

offers-title = { $council }: د له پالنې وتلو ځوانانو لپاره وړاندیز
offers-feed = د { $council } په وړاندیز کې بدلونونه
offers-unknown-council = موږ په دې کوډ کومه شورا نه پېژنو.
offers-choose-council = یوه شورا وټاکئ
offers-council-not-found = شورا ونه موندل شوه
offer-retired = وړاندیز بند شوی
offer-retired-text = شورا دا وړاندیز بند کړی دی. دا نور د هغې د محلي وړاندیز (Local Offer) برخه نه ده.

board-title = { $partnership }: د تضمین (guarantee) یو شان والی
board-feed = په { $partnership } او د هغې د شوراګانو په وړاندیزونو کې بدلونونه
board-not-found = ملګرتیا ونه موندل شوه
board-unknown = موږ په دې پېژند (id) کومه ملګرتیا نه پېژنو.
board-see-list = { $list } وګورئ
board-list = د ملګرتیاوو لېست
board-map-first = نقشه د تضمین لومړی توکی ښيي. پورته بل توکی وټاکئ.

board-counts = { $members ->
    [one] { $members } غړی
   *[other] { $members } غړي
}، { $items ->
    [one] د تضمین { $items } توکی.
   *[other] د تضمین { $items } توکي.
}
board-met-all = هر غړی له دوی څخه { $count } پوره کوي.
board-csv = جدول (matrix) د CSV په بڼه ښکته کړئ (د هر غړي لپاره یوه کرښه)
board-members = د بورډ غړي:
board-sign-in = د بورډ د یادښتونو لیکلو لپاره ننوځئ
board-spread = ارزښتونه څنګه خپاره دي
board-spread-none = په ثبت (registry) کې تر اوسه هیڅ شورا کوم مقدار نه دی خپور کړی.
board-showing-one = { $count ->
    [one] 1 توکی ښودل کیږي
   *[other] له { $count } توکو څخه 1 ښودل کیږي
}
board-showing-all = { $count ->
    [one] 1 توکی ښودل کیږي
   *[other] ټول { $count } توکي ښودل کیږي
}
board-item = د تضمین توکی
board-all-items = ټول توکي
board-matrix = څوک تضمین پوره کوي
board-matrix-how = هر ځواب د شوراګانو له خپاره شویو وړاندیزونو څخه جوړ شوی.
board-matrix-partly = «یو څه پوره» په دې معنا دی: ازمایښتي پروګرام (pilot)، پلان، یا له هغه معیار ټیټ چې تضمین یې غواړي.
board-matrix-caption = { $partnership }: تضمین د هرې غړې شورا له مخې
board-standard = معیار
board-review-due = (د بیا کتنې وخت یې دی)
board-status-met = پوره
board-status-partial = یو څه پوره
board-status-not_met = نه دی پوره
board-status-not_declared = نه دی اعلان شوی
board-evidence = ثبوت
board-note = د بورډ یادښت
board-note-evidence = (ثبوت)
board-per-year = په کال کې { $money }
board-once = یو ځل { $money }
board-chart-summary = { $count ->
    [one] { $count } شورا.
   *[other] { $count } شوراګانې.
} تر ټولو ټیټ { $lowest }، منځنی (median) { $median }، تر ټولو لوړ { $highest }.
board-chart-registry = تر اوسه هیڅ غړي کوم مقدار نه دی خپور کړی. دا په ثبت (registry) کې ټولې هغه شوراګانې دي چې مقدار خپروي.
board-chart-median = ټکي ټکي کرښه منځنی (median) ښيي.
board-other-basis = په بل بنسټ ویل شوی
board-stale = د بیا کتنې وخت یې دی
board-stale-what = هغه وړاندیزونه چې د ثبت (registry) له ټاکلې مودې (دوه کاله، که بل ډول نه وي ټاکل شوې) څخه ډېر وخت نه دي کتل شوي، یا هېڅکله یې نېټه نه لرله.
board-stale-none = د ټولو غړو وړاندیزونه تازه دي.
board-never-reviewed = هېڅکله نه دی کتل شوی
board-last-reviewed = وروستی ځل په { $date } کتل شوی
board-stale-more = او { $count } نور (ټول په JSON کې دي: stale_offers).
board-changes = وروستي بدلونونه
board-changes-since = له { $date } راهیسې، نوي لومړی.
board-changes-none = په دې موده کې هیڅ بدلون نه دی راغلی.
board-change = : د { $kind } { $action }
board-changes-more = او { $count } نور.
board-action-added = اضافه کول
board-action-changed = بدلون
board-action-retired = بندول
board-action-verified = تایید
board-action-published = خپرول
board-action-rejected = ردول
board-action-withdrawn = بیرته اخیستل
board-action-reviewed = بیا کتنه، بې له بدلون
board-action-restored = بیرته راوستل
board-kind-offer = وړاندیز
board-kind-authority = شورا
board-kind-partnership = ملګرتیا

map-title = زه چېرته کډه کولای شم؟
map-heading = زه چېرته کډه کولای شم؟ د انګلستان نقشه
map-title-answer = نقشه: { $question }
map-error-topic = وټاکئ چې کومه مرسته وښودل شي، یا هغه شورا چې ترې کډه کوئ، یا دواړه.
map-error-from = هغه شورا چې ستاسو پالنه یې کړې له لېست څخه وټاکئ، یا هیڅ یوه.
map-error-age = خپل عمر وټاکئ، له 16 تر 25 پورې.
map-error-circumstances = یوازې هغه حالتونه په نښه کړئ چې په لېست کې دي، یا هیڅ یو.
map-form-heading = وټاکئ چې نقشه څه وښيي
map-form-topic = کومه مرسته
map-form-everything = هر څه (له هغې شورا سره چې ترې کډه کوئ)
map-form-from = هغه شورا چې ترې کډه کوئ (اختیاري)
map-form-nowhere = هیڅ یوه: وښایاست چې هره شورا څه ورکوي
map-form-choose-age = خپل عمر وټاکئ
map-form-more = موږ ته د ځان په اړه نور ووایاست (اختیاري)
map-form-situation = ځینې مرسته ستاسو په حالت پورې اړه لري. هغه ټول په نښه کړئ چې ستاسو په اړه سم دي. ایا تاسو:
map-form-error = تېروتنه:
map-form-show = نقشه وښایاست
map-london = لندن، لوی ښودل شوی
map-of-england = د انګلستان نقشه: { $question }
map-caption = هره سیمه یو لینک دی: د هغې شورا او ځواب. سرچینه: د ملي احصایې دفتر (Office for National Statistics)، د Open Government Licence v.3.0 لاندې. Contains OS data © Crown copyright and database right 2023.
map-key = لارښود: په هره ډله کې سیمې
map-answer = ځواب
map-areas = سیمې
map-every-area = هره سیمه
map-area = سیمه
map-as-of = تر دې نېټې پورې

coverage-area-health-and-wellbeing = روغتیا او هوساینه
coverage-area-relationships = اړیکې
coverage-area-education-and-training = زده کړه او روزنه
coverage-area-employment = دنده
coverage-area-accommodation = استوګنځی
coverage-area-participation = په ټولنه کې برخه اخیستل
board-short-ended = وړاندیز پای ته رسېدلی.
board-short-pilot = یوازې ازمایښتي پروګرام (pilot) دی.
board-short-planned = پلان شوی، خو تر اوسه نه ورکول کیږي.
board-short-age = تر { $offered } کلنۍ پورې دی. معیار تر { $wanted } کلنۍ پورې غواړي.
board-short-reach = دا د { $offered } لپاره دی. معیار د { $wanted } لپاره غواړي.
board-short-worth = په کال کې { $money } ارزښت لري. معیار په کال کې { $wanted } غواړي.
board-short-worth-unstated = دا نه وايي چې په کال کې څومره ارزښت لري.
board-reach-own-anywhere = هغې خپل له پالنې وتلي ځوانان، هر چېرې چې اوسیږي
board-reach-own-in-area = هغې خپل له پالنې وتلي ځوانان چې د هغې په سیمه کې اوسیږي
board-reach-any-in-area = هر له پالنې وتلی ځوان چې د هغې په سیمه کې اوسیږي
board-reach-unstated = هغه له پالنې وتلي ځوانان چې نومونه یې نه اخلي
map-question-topic = { $topic } د { $age } کلن له پالنې وتلي ځوان لپاره
map-question-move = { $what } که په { $age } کلنۍ کې له { $council } څخه کډه وکړئ، د پاتې کېدو په پرتله
map-question-everything = هغه څه چې ترلاسه کوئ
map-question-board = { $partnership }: { $item }، غړی په غړي
map-note-law = قانون دا په انګلستان کې هر { $age } کلن له پالنې وتلي ځوان ته، په هره سیمه کې ورکوي. نقشه ښيي چې شوراګانې له دې پرته نور څه ورکوي.
map-laws = قانون:
map-note-council-tax = په ځینو سیمو کې د ولسوالۍ شوراګانې (district councils) د شورا مالیې (Council Tax) بل لېږي. نقشه یوازې ولایتونه (counties) ښيي. یو ولایت د خپلو ولسوالیو ځواب هغه وخت ښيي چې ټولې یو شان ځواب ولري. که نه، دا وايي: «{ $varies }».
map-note-move = هره سیمه له { $council } سره پاتې کېدل او هغې سیمې ته کډه کول پرتله کوي. یوه سیمه پرانیزئ چې هره موضوع، څه پوښتنه وکړئ او له چا یې وپوښتئ، وګورئ.
map-answer-amount = { $answer }: { $amount }
map-class-anyone = هو، د هر له پالنې وتلي ځوان لپاره چې هلته اوسیږي
map-class-discount = د بل یوه برخه کمیږي، خو ټول نه
map-class-ask = ډاډه نه ده: وپوښتئ
map-class-nothing = په دې اړه موږ هیڅ نه لرو
map-class-varies = د خپلو ولسوالیو د شوراګانو ترمنځ توپیر لري
map-class-more = له کډې وروسته ډېر
map-class-mixed = ځینې ډېر، ځینې لږ
map-class-less = له کډې وروسته لږ
map-class-same = یو شان
map-class-home = چېرې چې تاسو اوس یاست

map-class-own_only = یوازې د هغو ځوانانو لپاره چې د دې په پالنه کې وو
map-class-exempt_anyone = د شورا مالیه نشته: د هر له پالنې وتلي ځوان لپاره چې هلته اوسیږي
map-class-exempt_own = د شورا مالیه نشته: یوازې د هغو ځوانانو لپاره چې د دې په پالنه کې وو
map-class-from_4000 = £4,000 یا ډیر
map-class-from_3000 = له £3,000 څخه تر £3,999 پورې
map-class-under_3000 = له £3,000 څخه کم
map-class-amount_not_stated = ورکول کیږي، خو اندازه یې نه ده ویل شوې
map-class-law_only = یوازې هغه څه چې قانون یې ورکوي، نور څه نه لرو
map-class-not_held = وړاندیز موږ سره نشته

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

widget-loading = Offer Atlas پورته کېږي…
widget-could-not-load = بښنه غواړو، Offer Atlas دلته پورته نه شو.

# -- end of the widget's frame --

## Staff: what their pages share (staff-*)

staff-problem-invalid-parameter = دا ارزښت نه شو کارولی. وې ګورئ او بیا هڅه وکړئ.
staff-problem-malformed-json = هغه څه چې واستول شول ونه شو لوستلی. بیا هڅه وکړئ.
staff-problem-bad-body = هغه څه چې واستول شول ونه شو لوستلی. بیا هڅه وکړئ.
staff-problem-bad-request = هغه څه چې واستول شول ونه شو لوستلی. بیا هڅه وکړئ.
staff-problem-unauthorized = د دې کار لپاره ننوځئ.
staff-problem-forbidden = ستاسو ټوکن د دې کار اجازه نه ورکوي.
staff-problem-not-found = دا مو ونه موند.
staff-problem-method-not-allowed = دا کار دلته نه کېږي.
staff-problem-request-timeout = دې ډېر وخت ونیو. بیا هڅه وکړئ.
staff-problem-version-conflict = بل چا دا مخکې بدل کړ. د هغه بدلون وګورئ او بیا هڅه وکړئ.
staff-problem-invalid-state = دا کار اوس نه کېږي.
staff-problem-already-exists = دا دمخه شته.
staff-problem-retired = دا لرې شوی دی.
staff-problem-payload-too-large = دا ډېر لوی دی. لږ واستوئ.
staff-problem-query-too-long = دا ډېر اوږد دی. لنډ یې کړئ.
staff-problem-unsupported-media-type = دا ډول فایل دلته نه کارول کېږي.
staff-problem-missing-field = دا ډک کړئ.
staff-problem-invalid-type = دا غلط ډول ارزښت دی.
staff-problem-invalid-value = دا ارزښت نه شو کارولی. وې ګورئ او بیا هڅه وکړئ.
staff-problem-out-of-range = دا شمېره ډېره کوچنۍ یا ډېره لویه ده.
staff-problem-too-long = دا ډېر اوږد دی. لنډ یې کړئ.
staff-problem-too-many = دا ډېر زیات دي. ځینې یې لرې کړئ.
staff-problem-unknown-field = دا داسې ځای نه دی چې موږ یې پېژنو.
staff-problem-unknown-topic = دا داسې موضوع نه ده چې موږ یې پېژنو. له لېست څخه یوه وټاکئ.
staff-problem-unknown-reference = هغه څه مو ونه موندل چې دا ورته اشاره کوي.
staff-problem-invalid-url = بشپړ وېب پته ولیکئ چې په https:// پیل شي.
staff-problem-invalid-email = د برېښنالیک پته ولیکئ، لکه name@example.org.
staff-problem-duplicate = دا دوه ځله راغلی. یو ځل یې ولیکئ.
staff-problem-rate-limited = په لنډ وخت کې ډېر بدلونونه. یوه دقیقه صبر وکړئ او بیا هڅه وکړئ.
staff-problem-internal = زموږ له خوا یوه ستونزه پېښه شوه. وروسته بیا هڅه وکړئ.
staff-problem-widget-not-built = دا برخه په دې سرور کې چمتو نه ده.

staff-signed-in-as = د { $who } په توګه ننوتلي یاست.
staff-council-offers = د { $council } وړاندیزونه
staff-people-link = خلک او ټوکنونه
staff-sign-out = وتل
staff-never = هېڅکله
staff-role-council-editor = د شورا سمونګر
staff-role-board = د بورډ غړی
staff-role-moderator = د تړون څارونکی
staff-role-signatory = د تړون لاسلیکوونکی
staff-role-admin = مدیر
# -- end of what staff pages share --

## Staff: the editors' workspace, sign in, lost tokens, board notes, messages (editor-*)

editor-sign-in-title = د سمونګرو د کار ځای ته ننوتل
editor-sign-in-intro = د شورا د وړاندیزونو سمونګر دلته د خپلې شورا محلي وړاندیز (Local Offer) تازه ساتي، او د سیمه‌ییزو بورډونو غړي د خپل بورډ یادښتونه لیکي. په هغه ټوکن ننوځئ چې د ثبت مدیر درکړی دی.
editor-sign-in-token = د سمونګر ټوکن
editor-sign-in-token-hint = په { $prefix } پیلېږي. تر هغه ننوتلي پاتې کېږئ چې ووځئ یا د کار ځای 8 ساعته ونه کاروئ.
editor-sign-in-button = ننوتل
editor-sign-in-lost = خپل ټوکن مو ورک کړی؟ په برېښنالیک نوی ټوکن واخلئ
editor-sign-in-empty = خپل ټوکن ولیکئ.
editor-sign-in-unknown = دا ټوکن نه پېژندل کېږي، یا لغوه شوی دی.
editor-sign-in-wrong-role = دا ټوکن د شورا د سمونګر، د بورډ د غړي یا د مدیر نه دی.
editor-signed-out = تاسو ووتلئ.
editor-not-signed-in = تاسو نه یاست ننوتلي: ناسته له 8 ساعتونو بې کارۍ وروسته پای ته ورسېده، یا تاسو ووتلئ. بیا ننوځئ (څه چې په وروستي فورم کې وو، خوندي نه شول).
editor-who-council-editor = د { $council } سمونګر
editor-who-admin = مدیر
editor-who-person = { $name }، { $who }

editor-lost-title = نوی ټوکن واخلئ
editor-lost-intro = هغه برېښنالیک پته ورکړئ چې ستاسو ټوکن ورته جوړ شوی. موږ به هلته یو لینک ولېږو چې نوی ټوکن درکوي؛ کله چې نوی واخلئ، زوړ مو نور کار نه کوي.
editor-lost-email = برېښنالیک پته
editor-lost-button = ماته لینک راولېږئ
editor-lost-back = ننوتلو ته بېرته
editor-lost-bad-email = هغه برېښنالیک پته ولیکئ چې ستاسو ټوکن ورته جوړ شوی، لکه { $example }.
editor-lost-no-mail = دا ثبت برېښنالیک نه لېږي، نو ټوکن له دې ځایه نه شي بدلېدای. د خپل ثبت له مدیر څخه نوی ټوکن وغواړئ.
editor-lost-sent = که د { $email } لپاره ټوکن جوړ شوی وي، یو لیک د لینک سره هلته په لاره دی. لینک یو ځل کار کوي، د { $minutes } دقیقو لپاره. لیک نه دی راغلی؟ پته وګورئ، یا د خپل ثبت له مدیر څخه وپوښتئ.
editor-new-token-take = همدا اوس نوی ټوکن واخلئ. زوړ ټوکن مو سمدستي کار پرېږدي، او هره ناسته چې پرې ننوتلې وي پای ته رسېږي.
editor-new-token-button = ماته نوی ټوکن راکړئ
editor-new-token-made = ستاسو نوی ټوکن ({ $role }) لاندې دی. یوازې همدا اوس ښودل کېږي: په یو خوندي ځای کې یې کاپي کړئ، لکه د پټنومونو ساتلو پروګرام.
editor-new-token-sign-in = پرې ننوځئ
editor-new-token-ended = دا لینک کارول شوی، پای ته رسېدلی (یو ساعت کار کوي)، یا هېڅکله نه دی جوړ شوی. ستاسو ټوکن نه دی بدل شوی.
editor-new-token-ask = نوی لینک وغواړئ

editor-choose-council = شورا
editor-choose-edit = د دې شورا وړاندیزونه سم کړئ
editor-choose-retired = د دې شورا لرې شوي وړاندیزونه وښیاست
editor-choose-people = خلک او ټوکنونه: څوک راوبولئ، یا یو ټوکن لغوه کړئ

editor-error-title = تېروتنه: { $title }
editor-error-not-signed-in = نه یاست ننوتلي
editor-error-not-allowed = اجازه نشته
editor-error-not-found = ونه موندل شو
editor-error-not-done = ونه شو
editor-error-retired = بند شوی
editor-error-too-large = ډېر لوی
editor-error-too-many = ډېر بدلونونه
editor-error-went-wrong = یوه ستونزه پېښه شوه
editor-error-problem = یوه ستونزه شته
editor-error-link-home = د خپلې شورا وړاندیزونو ته لاړ شئ
editor-refused-other-council = تاسو یوازې د خپلې شورا وړاندیزونه بدلولی شئ.
editor-refused-not-editor = دا ټوکن د شورا د سمونګر یا د مدیر نه دی.
editor-refused-no-council = په دې کوډ هېڅ شورا نشته.
editor-refused-other-site = دا فورم له بلې وېبپاڼې لېږل شوی، نو رد شو. د کار ځای په خپله پته پرانیزئ او بیا هڅه وکړئ.
editor-refused-form = د دې فورم وخت تېر شوی یا د کار له ځای نه دی راغلی، نو رد شو. بېرته لاړ شئ، پاڼه بیا راوړئ او بیا هڅه وکړئ.
editor-refused-sign-in-form = د ننوتلو د دې فورم وخت تېر شوی یا د کار له ځای نه دی راغلی. د ننوتلو پاڼه بیا پرانیزئ.
editor-refused-lost-form = د دې فورم وخت تېر شوی یا د کار له ځای نه دی راغلی. پاڼه بیا پرانیزئ.
editor-refused-post = دا پته POST نه مني.
editor-refused-get = دا پته GET نه مني.
editor-refused-no-partnership = په دې پېژندنه هېڅ ملګرتیا نشته.
editor-refused-other-board = یوازې د دې ملګرتیا بورډ کولی شي د هغې یادښتونه ولیکي.

editor-workspace-count = { $count ->
    [one] { $council } یو وړاندیز لري.
   *[other] { $council } { $count } وړاندیزونه لري.
}
editor-workspace-due = { $count ->
    [one] یو وړاندیز د کتنې وخت یې دی
   *[other] { $count } وړاندیزونه د کتنې وخت یې دی
}
editor-workspace-due-why = (له { $years } کلونو ډېر نه دي کتل شوي، یا هېڅکله).
editor-workspace-none-due = د هېڅ وړاندیز د کتنې وخت نه دی.
editor-workspace-add = یو وړاندیز زیات کړئ
editor-workspace-import = له جدول (spreadsheet) څخه تازه کړئ
editor-workspace-download = وړاندیزونه ښکته کړئ (CSV)
editor-workspace-retired = بند شوي وړاندیزونه
editor-workspace-filter = وړاندیزونه چاڼ کړئ
editor-workspace-search = په خپلو وړاندیزونو کې ولټوئ
editor-workspace-category = برخه
editor-workspace-all-categories = ټولې برخې
editor-workspace-due-only = یوازې هغه وړاندیزونه چې د کتنې وخت یې دی
editor-workspace-show = وښیئ
editor-workspace-no-match = هېڅ وړاندیز سره سمون نه لري.
editor-line-facts = { $topic } · { $status } · { $ages } · وروستی ځل کتل شوی { $reviewed } · نسخه { $version }
editor-line-status = { $status ->
    [pilot] ازمایښتي
    [planned] پلان شوی
    [ended] پای ته رسېدلی
   *[available] شته
}
editor-line-due = د کتنې وخت یې دی
editor-line-review = وکتل شو، بې له بدلون
editor-line-history = تاریخچه
editor-line-history-of = د { $title }
editor-line-retire = بند کړئ

editor-board-title = د { $partnership } په جدول یادښتونه
editor-board-intro = یادښتونه د { $partnership } په جدول کې د هر غړي د حالت تر څنګ ښکاري: حالت لا هم د شوراګانو له وړاندیزونو حسابېږي، او یادښت وايي چې بورډ نور څه پوهېږي. هر یادښت ستاسو په نوم لاسلیک او نېټه لري.
editor-board-page-link = د { $partnership } د بورډ پاڼه
editor-board-written = لیکل شوي یادښتونه
editor-board-none = تر اوسه هېڅ یادښت نشته.
editor-board-evidence = (ثبوت)
editor-board-signed = { $by }، { $date }.
editor-board-undated = بې نېټې
editor-board-change = دا یادښت بدل کړئ
editor-board-change-on = د { $member }، { $item } په اړه
editor-board-write = یو یادښت ولیکئ
editor-board-member = غړې شورا
editor-board-item = د تضمین توکی
editor-board-note = یادښت
editor-board-note-hint = بورډ څه پوهېږي، په یوه یا دوو جملو کې. د یادښت د لرې کولو لپاره یې تش پرېږدئ.
editor-board-evidence-label = ثبوت: د وېب پته (اختیاري)
editor-board-save = یادښت خوندي کړئ
editor-board-saved = یادښت خوندي شو.
editor-board-changed = چا د بورډ یادښتونه له هغه وخته بدل کړي چې تاسو دا پاڼه پرانیستې: ستاسو یادښت لاندې دی، لا خوندي شوی نه دی. بیا یې خوندي کړئ.
editor-board-problem = { $field }: { $problem }
editor-board-field-evidence = ثبوت
editor-board-field-page = پاڼه
# -- end of the editors' workspace --

## Staff: an offer's form, its conflicts, history, retiring, the spreadsheet import (editor-*)

editor-field-id = پېژند (id)
editor-field-version = نسخه
editor-field-topic = موضوع
editor-field-category = برخه
editor-field-title = سرلیک
editor-field-summary = لنډیز
editor-field-details = جزئیات
editor-field-status = حالت
editor-field-basis = بنسټ
editor-field-applies-to = د چا لپاره دی
editor-field-age-from = له عمر
editor-field-age-to = تر عمر
editor-field-conditions = شرطونه
editor-field-value = ارزښت
editor-field-value-amount-pounds = اندازه په پونډو
editor-field-value-per = څو ځله
editor-field-value-count = شمېر
editor-field-value-percent = سلنه
editor-field-value-note = د ارزښت یادونه
editor-field-value-up-to = تر
editor-field-value-loan = پور
editor-field-how-to-access = څنګه یې ترلاسه کړئ
editor-field-contact = اړیکه
editor-field-source = سرچینه
editor-field-source-document = د سرچینې سند
editor-field-source-locator = په سرچینه کې چېرته
editor-field-source-url = د سرچینې وېب پته
editor-field-source-date = د سرچینې نېټه
editor-field-source-read = د لوستلو نېټه
editor-field-reviewed = وروستی ځل کتل شوی
editor-field-council-tax = د شورا مالیې شرطونه
editor-field-council-tax-relief = د شورا مالیې تخفیف
editor-field-council-tax-shared-households = په ګډو کورونو کې هم پلي کیږي
editor-field-note = د لوستلو یادونه
editor-field-delivery = څوک یې ورکوي
editor-field-new-referrals-to = نوې معرفي ګانې تر عمر
editor-field-token = ټوکن
editor-field-reason = دلیل
editor-field-file = د جدول فایل
editor-form-field-problem = { $field }: { $problem }
editor-form-field-value = { $field }: { $value }
editor-form-semicolon = { $first }؛ { $next }
editor-form-empty = (تش)
editor-form-topic-code = { $topic } ({ $code })
editor-form-reach = { $reach ->
    [yes] هو
    [ask] وپوښتئ
   *[no] نه ښودل کیږي
}
editor-form-applies-to-hint = دا ټاکي چې هغو له پالنې وتلو ځوانانو ته چې د شوراګانو تر منځ کډه کوي، څه ویل کیږي. «هو» یوازې تر هغه ښودل کیږي چې وړاندیز شته وي.
editor-form-applies-to-effect = له بلې شورا یو له پالنې وتلی ځوان چې دلته اوسیږي، ویني: { $other }. ستاسو خپل ځوان چې بل چېرې اوسیږي، ویني: { $elsewhere }. ستاسو خپل ځوان چې دلته اوسیږي: { $here }.
editor-form-topic-hint = دا څه ډول مرسته ده. وړاندیزونه د شوراګانو تر منځ د موضوع له مخې سره برابرېږي.
editor-form-topic-choose = یوه موضوع وټاکئ
editor-form-conditions-hint = یوازې هغه په نښه کړئ چې وړاندیز ورته اړتیا لري. که هر څوک چې سم عمر ولري دا ترلاسه کولی شي، ټول تش پرېږدئ.
editor-form-entitlement = { $title } – { $council }: { $answer }
editor-form-entitlement-worth = { $title } – { $council }: { $answer }، { $worth }
editor-form-preview-none = په دې موضوع کې هېڅ نشته
editor-form-preview-nothing = هېڅ
editor-form-preview-before = مخکې
editor-form-preview-after = ستاسو له بدلون وروسته
editor-form-preview-topic = { $topic }: { $changed ->
    [yes] ستاسو له بدلون سره بدلیږي
   *[no] بدلون نشته
}
editor-form-preview-living-in = په { $council } کې اوسېدل
editor-form-preview-after-moving = { $council } ته له کډې وروسته
editor-form-preview = مخکتنه
editor-form-preview-title = هغه څه چې له پالنې وتلي ځوانان به یې ویني (لا خوندي شوي نه دي)
editor-form-preview-intro = پرتله په { $age } کلنۍ کې، ستاسو له بدلون مخکې او وروسته.
editor-form-preview-unchanged = ستاسو بدلون په هغه څه کې چې دوی دلته ویني، هېڅ نه بدلوي.
editor-form-preview-moving-here = له { $from } څخه یو له پالنې وتلی ځوان چې { $to } ته کډه کوي
editor-form-preview-moving-away = د { $from } له خپلو ځوانانو یو چې { $to } ته کډه کوي
editor-form-preview-no-council = د کډې د مخکتنې لپاره له لړلیک څخه یوه شورا وټاکئ.
editor-form-preview-failed = له دې شورا سره مخکتنه نه شي جوړېدای: { $reason } بله شورا وټاکئ.
editor-form-status = { $status ->
    [available] اوس شته
    [pilot] ازمایښتي (pilot)
    [planned] پلان شوی، لا نه دی ورکړل شوی
   *[ended] پای ته رسېدلی
}
editor-form-per = { $per ->
    [once] یو ځل
    [week] په اونۍ کې
    [month] په میاشت کې
   *[year] په کال کې
}
editor-form-per-none = منظم نه دی
editor-form-delivery = { $delivery ->
    [personal-adviser] شخصي سلاکار
   *[local-service] په سیمه کې یوه ودانۍ یا محلي خدمت
}
editor-form-delivery-none = نه دی ویل شوی (موضوع یې ټاکي)
editor-form-relief = { $relief ->
    [full-exemption] بشپړ معافیت
    [discount] تخفیف
    [refund-on-claim] ورکړئ، بیا د پیسو بېرته اخیستلو غوښتنه وکړئ
   *[unstated] سرچینه نه وايي
}
editor-form-relief-none = هېڅ
editor-form-not-said = سرچینه نه وايي
editor-form-yes = هو
editor-form-no = نه
editor-form-basis = { $basis ->
    [statutory] قانوني: قانون یې غواړي
   *[discretionary] اختیاري: شورا پخپله پرېکړه وکړه چې ورکړي یې
}
editor-form-add = یو وړاندیز زیات کړئ
editor-form-change-label = وړاندیز بدل کړئ
editor-form-change-title = «{ $title }» بدل کړئ
editor-form-hint-title = یوه کرښه چې یو ځوان یې وپېژني، لکه «د کور جوړولو مرسته».
editor-form-hint-summary = دا څه دی، په یوې یا دوو لنډو جملو کې.
editor-form-hint-details = اختیاري: نور هر څه چې یو ځوان یا د هغه سلاکار باید پوه شي.
editor-form-hint-status = یوازې هغه وړاندیز چې شته وي د «هو» په توګه ښودل کیږي.
editor-form-ages = هغه عمرونه چې پکې راځي
editor-form-hint-age-from = له 16 تر 25
editor-form-hint-age-to = تر دې عمر پورې، له دې سره
editor-form-worth = ارزښت (اختیاري)
editor-form-hint-amount = په پونډو، لکه 2000 یا 12.50
editor-form-hint-count = لکه 100 سفرونه
editor-form-hint-percent = له 1 تر 100
editor-form-up-to = دا اندازه تر ټولو ډېره ده چې څوک یې ترلاسه کوي («تر»): هېڅکله په ټولټال کې نه ورزیاتیږي
editor-form-loan = دا پور دی، بېرته ورکول کیږي
editor-form-hint-delivery = هغه مرسته چې شخصي سلاکار یې ورکوي، ځوان سره ځي هر چېرې چې اوسیږي؛ ودانۍ یا محلي خدمت یوازې هغو کسانو ته رسیږي چې هلته اوسیږي.
editor-form-hint-new-referrals = اختیاري: تر ټولو لوی عمر چې لا هم نوې معرفي ګانې مني، که د زړو نوو راتلونکو لپاره تړلی وي.
editor-form-hint-source-document = هغه سند چې دا وړاندیز ترې راغلی، لکه ستاسو محلي وړاندیز (Local Offer).
editor-form-hint-source-locator = برخه، مخ یا پاراګراف.
editor-form-hint-source-url = اختیاري: په https:// پیلیږي
editor-form-hint-source-date = اختیاري: د سند نېټه.
editor-form-hint-source-read = اختیاري: هغه ورځ چې وېب پاڼه ولوستل شوه، د هغو پاڼو لپاره چې نېټه نه ښيي.
editor-form-hint-reviewed = هغه ورځ چې شورا وروستی ځل وکتل چې دا وړاندیز سم دی. خوندي کول یې نن ته ټاکي، مګر دا چې تاسو یې دلته بدل کړئ.
editor-form-council-tax = د شورا مالیې شرطونه (یوازې د شورا مالیې موضوع لپاره)
editor-form-hint-note = اختیاري: وړاندیز له خپلې سرچینې څنګه ولوستل شو، لکه یو ارزښت چې له قانون څخه راځي.
editor-form-preview-move = د کډې مخکتنه
editor-form-preview-move-hint = له خوندي کولو مخکې، وګورئ هغه له پالنې وتلي ځوان ته به څه ویل کیږي چې ستاسو د شورا او دې شورا تر منځ کډه کوي.
editor-form-preview-council = شورا
editor-form-preview-age = عمر
editor-form-save = بدلون خوندي کړئ
editor-form-add-button = وړاندیز زیات کړئ
editor-form-preview-button = د هغه څه مخکتنه چې ځوانان یې ویني
editor-form-history-link = د دې وړاندیز تاریخچه
editor-form-retire-link = دا وړاندیز بند کړئ
editor-form-back = د { $council } وړاندیزونو ته بېرته
editor-form-choose-council = یوه شورا وټاکئ
editor-form-done-created = «{ $title }» زیات شو.
editor-form-done-saved = په «{ $title }» کې ستاسو بدلون خوندي شو.
editor-form-done-merged = په «{ $title }» کې ستاسو بدلون خوندي شو. دا هم وساتل شول: { $kept }، چې تاسو لا بدلون کاوه خوندي شول.
editor-form-done-reviewed = «{ $title }» نن پرته له بدلون کتل شوی په نښه شو.
editor-form-done-retired = «{ $title }» بند شو. تاریخچه یې ساتل کیږي.
editor-form-done-restored = «{ $title }» بیرته راوستل شو: بیا د محلي وړاندیز برخه ده، لکه څنګه چې د بندېدو پر وخت وه.
editor-form-kept-by = { $count ->
    [one] په { $fields } کې د { $who } بدلون
   *[other] په { $fields } کې د { $who } بدلونونه
}
editor-conflict-someone = یو چا
editor-conflict-unknown-date = یوه نامعلومه نېټه
editor-conflict-title = بل چا دا وړاندیز له تاسو مخکې خوندي کړ
editor-conflict-intro = { $who } نسخه { $version } په { $when } خوندي کړه، کله چې تاسو نسخه { $base } بدلوله. لا هېڅ نه دی خوندي شوی، او هغه څه چې ستاسو هر یوه لیکلي، نه دي ورک شوي.
editor-conflict-kept = پرته له پوښتنې وساتل شول، ځکه چې یوازې یو له تاسو بدل کړل: { $changes }.
editor-conflict-kept-theirs = په { $fields } کې د هغه بدلون
editor-conflict-kept-mine = په { $fields } کې ستاسو بدلون
editor-conflict-both = تاسو دواړو { $fields } بدل کړل. د هر یوه لپاره وټاکئ چې د چا بدلون پاتې شي، بیا یې خوندي کړئ.
editor-conflict-form = وټاکئ چې کوم بدلونونه پاتې شي
editor-conflict-save = دا ټاکنې خوندي کړئ
editor-conflict-start-again = له نسخې { $version } بیا پیل وکړئ
editor-conflict-original = اصلي (نسخه { $version }، چې تاسو ترې پیل وکړ)
editor-conflict-theirs = د هغه (نسخه { $version }، د { $who } له خوا خوندي شوې)
editor-conflict-yours = ستاسو (هغه څه چې تاسو ولیکل)
editor-conflict-keep-theirs = د هغه بدلون پاتې شي
editor-conflict-keep-mine = زما بدلون پاتې شي
editor-conflict-not-fit = هغه ارزښتونه چې تاسو وټاکل، سره سمون نه لري. لاندې یې سم کړئ، بیا یې خوندي کړئ.
editor-history-title = د «{ $title }» تاریخچه
editor-history-retired-tag = بند شوی
editor-history-retired-text = دا وړاندیز نور د شورا د محلي وړاندیز برخه نه ده.
editor-history-retired-link = بند شوي وړاندیزونه، د دې د بیرته راوستلو لپاره
editor-history-version = نسخه { $version }: { $action ->
    [added] زیات شو
    [retired] بند شو
    [reviewed] وکتل شو، بدلون پکې رانغی
    [restored] بیرته راوستل شو
   *[changed] بدل شو
}
editor-history-by = د { $who } له خوا په { $when }.
editor-history-when = { $date } په { $time } بجو (UTC)
editor-history-reason = دلیل: { $reason }
editor-history-reviewed = وکتل شو او سم و؛ وروستی کتنه اوس { $date } ده.
editor-history-changed = { $count ->
    [one] { $count } برخه بدله شوه:
   *[other] { $count } برخې بدلې شوې:
}
editor-history-after = وروسته
editor-retire-title = «{ $title }» بند کړئ
editor-retire-intro = «{ $title }» به نور له پالنې وتلو ځوانانو ته نه ښودل کیږي. تاریخچه یې، ستاسو له دلیل سره، پاتې کیږي.
editor-retire-reason = ولې بندیږي؟
editor-retire-reason-hint = د بېلګې په توګه: د 2026 د اپرېل له نوې مرستې سره ځای پر ځای شو. تر ټولو ډېر 1,000 توري.
editor-retire-button = وړاندیز بند کړئ
editor-retire-keep = وې ساتئ
editor-retire-conflict = یو چا دا وړاندیز وروسته له هغه بدل کړ چې تاسو دا پاڼه پرانیستله، نو بند نه شو. لومړی یې بیا ولولئ؛ ستاسو دلیل لا لاندې دی.
editor-retire-page-title = د { $council } بند شوي وړاندیزونه
editor-retire-none = { $council } هېڅ بند شوی وړاندیز نه لري.
editor-retire-list = { $count ->
    [one] { $council } { $count } بند شوی وړاندیز لري.
   *[other] { $council } { $count } بند شوي وړاندیزونه لري.
} د یوه بیرته راوستل یې هماغسې راګرځوي لکه د بندېدو پر وخت چې و: بیا د ټولو لپاره ښکاري، او په لټون کې. تاریخچه یې ثبتوي چې چا بیرته راوست.
editor-retire-when = په { $when } د { $who } له خوا بند شو · نسخه { $version }
editor-retire-restore = بیرته راوستل
editor-retire-history = تاریخچه
editor-retire-history-of = د { $title }
editor-import-title = { $council }: وړاندیزونه له یوه جدول څخه تازه کړئ
editor-import-check-title = { $council }: جدول وګورئ
editor-import-done-page-title = { $council }: جدول راوړل شو
editor-import-the-file = فایل
editor-import-intro = خپل وړاندیزونه د جدول په توګه پورته کړئ، د هر وړاندیز لپاره یوه کرښه. تر هغه هېڅ نه بدلیږي چې تاسو ونه ګورئ څه به بدل شي او هو ونه وایاست.
editor-import-download-offers = خپل اوسني وړاندیزونه ښکته کړئ (CSV)
editor-import-download-offers-then = : بدل یې کړئ او فایل بیا پورته کړئ.
editor-import-download-template = بېلګه ښکته کړئ (CSV)
editor-import-download-template-then = : ستنې او د بېلګې یوه کرښه.
editor-import-file-hint = یو .csv فایل (د CSV UTF-8 په توګه خوندي شوی) یا .xlsx، تر ټولو ډېر 5 MB او 2,000 کرښې.
editor-import-retire-missing = هغه وړاندیزونه بند کړئ چې په فایل کې نه دي
editor-import-retire-missing-hint = یوازې که فایل ستاسو ټول محلي وړاندیز وي.
editor-import-check = فایل وګورئ
editor-import-columns = ستنې
editor-import-columns-intro = لومړۍ کرښه د ستنو نومونه وايي، په هر ترتیب؛ هره ستنه باید وي. هغه کرښې چې id نه لري، له هغه وړاندیز سره برابرېږي چې هماغه موضوع او سرلیک لري.
editor-import-columns-region = د جدول ستنې
editor-import-columns-caption = د وړاندیزونو د جدول ستنې
editor-import-column = ستنه
editor-import-what = څه ولیکئ
editor-import-doc-id = د وړاندیز پېژند لکه څنګه چې ثبت ورکړی. د نوي وړاندیز لپاره یې تش پرېږدئ؛ هغه کرښه چې id نه لري، له هغه وړاندیز سره برابرېږي چې هماغه موضوع او سرلیک لري.
editor-import-doc-version = هغه نسخه چې کرښه پکې صادره شوې. که ورکړل شي، د هغه وړاندیز کرښه چې له هغه وخت راهیسې چا بدل کړی، ردیږي تر څو د هغه بدلون پاک نه شي. د نوي وړاندیز لپاره تش پرېږدئ.
editor-import-doc-topic = له لغتنامې څخه یوه موضوع (GET /api/v1/topics)، لکه council-tax، wifi، setting-up-home-grant.
editor-import-doc-category = د موضوع برخه؛ تش پرېښودل کېدای شي، بیا له موضوع څخه اخیستل کیږي.
editor-import-doc-title = لنډ سرلیک، یوه کرښه، تر ټولو ډېر 200 توري.
editor-import-doc-summary = دا څه دی، په یوې یا دوو جملو کې چې یو ځوان پرې پوه شي (تر ټولو ډېر 1,000 توري).
editor-import-doc-details = اختیاري: نور جزئیات (تر ټولو ډېر 10,000 توري).
editor-import-doc-status = available، pilot، planned یا ended.
editor-import-doc-basis = statutory (قانون یې غواړي) یا discretionary (شورا پخپله پرېکړه وکړه چې ورکړي یې).
editor-import-doc-applies-to = own_care_leavers_anywhere، own_care_leavers_in_area، any_care_leaver_in_area، یا unstated کله چې سرچینه نه وايي.
editor-import-doc-age-from = تر ټولو کم عمر چې پکې راځي، له 16 تر 25.
editor-import-doc-age-to = تر ټولو لوی عمر چې پکې راځي (له دې سره)، له 16 تر 25.
editor-import-doc-conditions = اختیاري: هغه حالتونه چې ورته اړتیا لري، په سیمي کولون (;) سره جلا، لکه in_higher_education; young_parent.
editor-import-doc-value-amount-pounds = اختیاري: په پونډو یوه اندازه، لکه 2000 یا 12.50.
editor-import-doc-value-per = له اندازې یا شمېر سره: once، week، month یا year.
editor-import-doc-value-count = اختیاري: د شیانو شمېر، لکه 100 سفرونه.
editor-import-doc-value-percent = اختیاري: له 1 تر 100 سلنه، لکه 100 د بشپړ معافیت لپاره.
editor-import-doc-value-note = اختیاري: د ارزښت په اړه نور هر څه، په کلمو.
editor-import-doc-value-up-to = yes کله چې اندازه تر ټولو ډېره وي چې څوک یې ترلاسه کوي ("up to £2,000")؛ که نه، تش. داسې اندازې هېڅکله په ټولټال کې نه ورزیاتیږي.
editor-import-doc-value-loan = yes کله چې پیسې پور وي او باید بېرته ورکړل شي؛ که نه، تش.
editor-import-doc-how-to-access = اختیاري: یو ځوان یې څنګه ترلاسه کوي.
editor-import-doc-contact = اختیاري: له چا سره اړیکه ونیسي.
editor-import-doc-source-document = هغه سند چې وړاندیز ترې راغلی.
editor-import-doc-source-locator = برخه، مخ یا پاراګراف.
editor-import-doc-source-url = اختیاري: یوه وېب پته چې په https:// یا http:// پیلیږي.
editor-import-doc-source-date = اختیاري: د سند نېټه، یا هغه نېټه چې وېب پاڼه یې ښيي، د YYYY-MM-DD په بڼه.
editor-import-doc-source-read = اختیاري: هغه ورځ چې سرچینه ولوستل شوه، د YYYY-MM-DD په بڼه (د وېب پاڼو لپاره).
editor-import-doc-reviewed = اختیاري: هغه نېټه چې شورا وروستی ځل وړاندیز وکوت، د YYYY-MM-DD په بڼه.
editor-import-doc-council-tax-relief = یوازې د council-tax موضوع لپاره: full_exemption، discount، refund_on_claim یا unstated.
editor-import-doc-council-tax-shared-households = یوازې د council-tax موضوع لپاره: yes، no، یا تش کله چې سرچینه نه وايي.
editor-import-doc-note = اختیاري: ریکارډ له خپلې سرچینې څنګه ولوستل شو (تر ټولو ډېر 1,000 توري).
editor-import-doc-delivery = اختیاري: personal_adviser (هغه مرسته چې شخصي سلاکار یې ورکوي، او ځوان سره ځي هر چېرې چې اوسیږي) یا local_service (په سیمه کې یوه ودانۍ، محلي خدمت یا ثبت، یوازې د هغو کسانو لپاره چې هلته اوسیږي).
editor-import-doc-new-referrals-to = اختیاري: تر ټولو لوی عمر چې خدمت لا هم نوې معرفي ګانې مني، که له دې زړو نوو راتلونکو ته تړلی وي.
editor-import-problem = { $count ->
    [one] یوه ستونزه شته: په { $file } کې 1 تېروتنه
   *[other] یوه ستونزه شته: په { $file } کې { $count } تېروتنې
}
editor-import-nothing-imported = هېڅ رانه وړل شو. دا خانې سمې کړئ او فایل بیا پورته کړئ.
editor-import-problems-region = په فایل کې ستونزې
editor-import-problems-caption = ستونزې، د کرښې او ستنې له مخې
editor-import-row = کرښه
editor-import-wrong = څه غلط دي
editor-import-whole-file = ټول فایل
editor-import-would-do = د { $file } راوړل به څه وکړي
editor-import-summary = { $add } د زیاتولو لپاره، { $change } د بدلولو لپاره، { $retire } د بندولو لپاره، { $unchanged } بې بدلونه
editor-import-add = زیاتول ({ $count })
editor-import-change = بدلول ({ $count })
editor-import-retire = بندول ({ $count })
editor-import-unchanged = بې بدلونه ({ $count })
editor-import-row-title = کرښه { $row }: «{ $title }»
editor-import-row-changes = کرښه { $row }: «{ $title }»:
editor-import-was-becomes = { $field }: { $before } و، { $after } کیږي
editor-import-no-row = «{ $title }»: هېڅ کرښه یې نه لري
editor-import-all-or-none = ټول یو ځای پلي کیږي، یا هېڅ.
editor-import-apply = دا بدلونونه پلي کړئ
editor-import-cancel = لغوه
editor-import-another = بل فایل پورته کړئ
editor-import-back = وړاندیزونو ته بېرته
editor-import-none-retired = هر اوسنی وړاندیز په فایل کې دی: هېڅ یو به بند نه شي.
editor-import-changed = وړاندیزونه وروسته له هغه بدل شول چې تاسو فایل وکوت، نو هېڅ رانه وړل شو. دا هغه څه دي چې د هغه راوړل به یې اوس وکړي: وې ګورئ، بیا یې بیا پلي کړئ.
editor-import-done-title = جدول راوړل شو
editor-import-done = { $created } زیات شول، { $updated } بدل شول، { $retired } بند شول. هر بدلون د وړاندیز په تاریخچه کې یوه نوې نسخه ده.

# -- end of the offer form and import --

## Staff: covenant registration and moderation, people and tokens (covenant-*, people-*)

# ---- Covenant: the names of a form's fields

covenant-problem-named = { $field }: { $problem }
covenant-optional = { $label } (اختیاري)
covenant-field-name = نوم
covenant-field-kind = د سازمان ډول
covenant-field-website = وېب‌پاڼه
covenant-field-contact-email = د اړیکې برېښنالیک
covenant-field-statement = د نیت بیان
covenant-field-topic = موضوع
covenant-field-title = سرلیک
covenant-field-summary = لنډیز
covenant-field-details = جزئیات
covenant-field-coverage = چېرته پلي کیږي
covenant-field-age-from = له عمر
covenant-field-age-to = تر عمر
covenant-field-places = د ځایونو شمېر
covenant-field-how-to-apply = څنګه غوښتنه وکړئ
covenant-field-closes = د پای نېټه
covenant-field-reason = دلیل
covenant-field-token = ټوکن

# ---- Covenant: registering an organisation

covenant-register-title = د تړون د لاسلیکوونکي په توګه نوم ولیکئ
covenant-register-intro = موږ ته ووایاست چې تاسو څوک یاست. یو څارونکی هر سازمان مخکې له دې چې ژمنې یې له پالنې وتلو ځوانانو ته وښودل شي، ګوري.
covenant-label-name = د سازمان نوم
covenant-kind-choose = یو یې وټاکئ
covenant-kind-employer = کارګمارونکی
covenant-kind-university = پوهنتون
covenant-kind-college = کالج
covenant-kind-charity = خیریه موسسه
covenant-kind-government-department = دولتي اداره
covenant-kind-public-body = بل عامه بنسټ
covenant-kind-other = بل
covenant-hint-website = په https:// یا http:// پیلیږي
covenant-hint-contact-email = یوازې څارونکي دا ویني.
covenant-hint-statement = ستاسو سازمان غواړي له پالنې وتلو ځوانانو لپاره څه وکړي.
covenant-register-button = نوم لیکنه
covenant-registered-title = نوم ولیکل شو
covenant-registered-page-heading = ستاسو نوم لیکل شوی
covenant-registered-heading = د { $organisation } نوم ولیکل شو
covenant-registered-check = یو څارونکی به ستاسو سازمان مخکې له دې وګوري چې ستاسو کومه ژمنه وښودل شي.
covenant-token-keep = دا ټوکن د خپلو ژمنو د لیکلو او اداره کولو لپاره وکاروئ. همدا اوس یې کاپي کړئ او په خوندي ځای کې یې وساتئ: موږ یې بیا نه شو ښودلی، او هر څوک چې دا ولري ستاسو ژمنې بدلولی شي.
covenant-go-to-pledges = خپلو ژمنو ته لاړ شئ

# ---- Covenant: the form that asks for a token

covenant-your-token = ستاسو ټوکن
covenant-token-hint = په { $prefix } پیلیږي
covenant-continue = دوام
covenant-pledges-intro = هغه ټوکن ولیکئ چې ستاسو د سازمان د نوم لیکنې پر مهال درکړل شو.
covenant-moderation-intro = د څارونکي خپل ټوکن ولیکئ.
covenant-log-token-intro = د نیول شویو پرېکړو د لوستلو لپاره د څارونکي خپل ټوکن ولیکئ.
covenant-token-missing = خپل ټوکن ولیکئ.
covenant-token-unknown = دا ټوکن نه پېژندل کیږي، یا لغوه شوی.
covenant-token-not-signatory = دا د تړون د لاسلیکوونکي ټوکن نه دی.
covenant-token-not-moderator = دا د څارونکي ټوکن نه دی.

# ---- Covenant: a signatory's pledges and the pledge form

covenant-your-pledges = ستاسو ژمنې
covenant-verified-note = تایید شوی: ستاسو خپرې شوې ژمنې له پالنې وتلو ځوانانو ته ښودل کیږي.
covenant-pending-note = انتظار دی چې یو څارونکی ستاسو سازمان تایید کړي. تر هغه پورې خلکو ته هیڅ نه ښودل کیږي.
covenant-no-pledges = تاسو لا تر اوسه کومه ژمنه نه ده لیکلې.
covenant-status-pending = د څارونکي په انتظار
covenant-status-published = خپره شوې
covenant-status-withdrawn = بېرته اخیستل شوې
covenant-status-rejected = ونه منل شوه
covenant-moderator-reason = د څارونکي دلیل: { $reason }
covenant-change-waiting = ستاسو بدلون د څارونکي په انتظار دی. تر هغه پورې خلک لاندې متن ویني.
covenant-change-pledge = «{ $title }» بدل کړئ
covenant-withdraw-pledge = «{ $title }» بېرته واخلئ
covenant-pledge-facts = عمرونه له { $from } تر { $to }. چېرته: { $where }.
covenant-pledge-places = { $count ->
    [one] { $count } ځای.
   *[other] { $count } ځایونه.
}
covenant-everywhere-in-list = د انګلستان هر ځای
covenant-pledge-change-heading = دا ژمنه بدله کړئ
covenant-pledge-new-heading = نوې ژمنه ولیکئ
covenant-topic-choose = یوه موضوع وټاکئ
covenant-hint-summary = یوه یا دوه جملې چې یو ځوان یې پوهېدلی شي.
covenant-everywhere = د انګلستان هر ځای
covenant-choose-councils = شوراګانې وټاکئ
covenant-send-change = بدلون د څار لپاره ولېږئ
covenant-send = د څار لپاره ولېږئ
covenant-notice-sent = ستاسو ژمنه یو څارونکي ته ولېږل شوه. کله چې خپره شي، ښودل کیږي.
covenant-notice-change-sent = ستاسو بدلون یو څارونکي ته ولېږل شو.
covenant-notice-withdrawn = ژمنه بېرته واخیستل شوه.

# ---- Covenant: moderation

covenant-moderation-title = څار
covenant-log-button = د څار دفتر: نیول شوې پرېکړې
covenant-organisations-to-verify = د تایید لپاره سازمانونه ({ $count })
covenant-none-waiting = هیڅ په انتظار نه دی.
covenant-organisation-facts = { $kind } · { $website } · { $email }
covenant-no-website = وېب‌پاڼه نه لري
covenant-no-email = برېښنالیک نه لري
covenant-verify = { $name } تایید کړئ
covenant-pledges-to-decide = د پرېکړې لپاره ژمنې ({ $count })
covenant-pledge-from = له { $organisation } · { $what ->
    [change] په یوه خپره شوې ژمنه کې بدلون
   *[new] نوې ژمنه
}
covenant-published-now = اوس خپره شوې: «{ $title }»
covenant-publish = «{ $title }» خپره کړئ
covenant-reject-reason = د «{ $title }» نه منلو دلیل
covenant-reject = مه یې منئ
covenant-notice-verified = { $name } تایید شو.
covenant-notice-published = «{ $title }» خپره شوه.
covenant-notice-rejected = «{ $title }» ونه منل شوه؛ سازمان دلیل لیدلی شي.
covenant-give-reason = د ژمنې د نه منلو دلیل ووایاست: { $problem }

# ---- Covenant: the moderation log

covenant-log-title = د څار دفتر
covenant-log-none = لا تر اوسه هیڅ پرېکړه نه ده شوې.
covenant-log-no-older = زړې پرېکړې نشته.
covenant-log-intro = پرېکړې له { $first } تر { $last }، نوې لومړی (په هره پاڼه کې { $per }). هره یوه د خپلې ژمنې یا سازمان په تاریخچه کې لاسلیک شوې.
covenant-log-label = د څار پرېکړې
covenant-log-caption = د څار پرېکړې، پاڼه { $page }
covenant-log-when = کله
covenant-log-who = چا
covenant-log-decision = پرېکړه
covenant-log-about = د څه په اړه
covenant-log-at = { $date } په { $time } د نړیوال وخت (UTC) سره
covenant-decision-published = خپره شوه
covenant-decision-rejected = رد شوه: { $reason }
covenant-decision-edit-rejected = بدلون رد شو (خپره شوې ژمنه پاتې کیږي): { $reason }
covenant-decision-verified = تایید شو
covenant-log-pledge = ژمنه «{ $title }» ({ $id }) د { $organisation }
covenant-log-organisation = سازمان { $name } ({ $id })
covenant-log-newer = نوې پرېکړې
covenant-log-older = زړې پرېکړې
covenant-log-back = بېرته هغه څه ته چې د څارونکي په انتظار دي

# ---- People and their tokens

people-field-role = رول
people-field-authority = شورا
people-field-organisation = سازمان
people-field-partnership = ملګرتیا
people-field-name = نوم
people-field-email = برېښنالیک پته
people-field-lang = د لیکونو ژبه
people-field-expires-in-days = پای ته رسیږي وروسته له
people-field-form = بلنه
people-problem-named = { $field }: { $problem }
people-role-token = ټوکن
people-only-admin = یوازې مدیر لیدلی او بدلولی شي چې څوک ټوکن لري.
people-group-staff = څارونکي او مدیران
people-no-one-named = هیڅ نوم نه دی ورکړل شوی
people-state-revoked = په { $date } لغوه شو
people-state-expired = په { $date } پای ته ورسید
people-state-live-until = تر { $date } پورې فعال
people-state-live = فعال
people-yours = ستاسو: بل مدیر یې لغوه کولی شي.
people-revoke-label = د { $who } ټوکن { $id } لغوه کړئ
people-revoke = لغوه کول
people-revoked-notice = ټوکن { $id } لغوه شو. دا، او هره ناسته چې پرې ننوتلې، نور کار نه کوي.
people-intro = هر څوک چې ټوکن لري، او هغه څه چې ټوکن یې ورته اجازه ورکوي. دلته بدلون سمدستي کار کوي: لغوه شوی ټوکن، او هره ناسته چې پرې ننوتلې، په راتلونکې غوښتنه کې له کاره لوېږي.
people-filter-label = خلک چاڼ کړئ
people-filter-for = د دې لپاره خلک وښایاست
people-everyone = هر څوک
people-councils = شوراګانې
people-partnerships = ملګرتیاوې
people-organisations = سازمانونه
people-show = وښایاست
people-none = لا تر اوسه هیڅوک د دې لپاره ټوکن نه لري.
people-tokens-label = ټوکنونه: { $group }
people-col-person = کس
people-col-role = رول
people-col-token-id = د ټوکن پېژند
people-col-created = جوړ شوی
people-col-state = حالت
people-col-action = کار
people-invite-heading = یو څوک راوبلئ
people-invite-intro = نوی ټوکن سمدستي کار کوي. یو ځل، په راتلونکې پاڼه کې، ښودل کیږي چې تاسو یې په خوندي لاره هغه کس ته ورکړئ.
people-choose-role = یو رول وټاکئ
people-choose-none = هیڅ
people-hint-authority = د شورا سمونګر لپاره: هغه شورا چې وړاندیزونه یې تازه ساتي.
people-hint-partnership = د بورډ غړي لپاره: هغه ملګرتیا چې د هغې په بورډ کې ناست دی.
people-hint-organisation = د تړون لاسلیکوونکي لپاره: هغه سازمان چې ژمنې یې اداره کوي.
people-label-name = د هغه نوم
people-hint-name = هر بدلون چې هغه یې کوي په دې نوم لاسلیک کیږي.
people-label-email = د هغه برېښنالیک پته
people-hint-email = د هغه څه لپاره چې ثبت (registry) یې باید ورته ووایي؛ هېڅکله خلکو ته نه ښودل کیږي.
people-label-lang = د هغه د لیکونو ژبه
people-hint-lang = هغه برېښنالیکونه چې ثبت یې ورته لېږي په دې ژبه لیکل کیږي.
people-label-expires-in-days = له دومره ورځو وروسته پای ته رسیږي (اختیاري)
people-hint-expires-in-days = له 1 تر 3650. د داسې ټوکن لپاره چې تر لغوه کېدو کار کوي، خالي یې پرېږدئ.
people-invite-button = راوبلئ او ټوکن یې جوړ کړئ

# ---- A new token, shown once

people-token-made-title = ټوکن جوړ شو
people-invited-who = { $name }، د { $place } لپاره { $role }
people-invited-who-staff = { $name }، { $role }
people-someone = یو څوک
people-invited = د { $who } لپاره یو ټوکن جوړ شو. اوس کار کوي.
people-their-token = د هغه ټوکن
people-their-token-hint = همدا اوس یې کاپي کړئ: یوازې همدا یو ځل ښودل کیږي، او ثبت (registry) یې یوازې د ګوتې نښه ساتي. که ورک شو، لغوه یې کړئ او هغه بیا راوبلئ.
people-how-heading = څنګه یې کاروي
people-how-browser = په براوزر کې: په دې سایټ کې { $path } پرانیزي او ټوکن ولیکي.
people-how-api = د API سره: دا د { $header } په توګه ولېږي.
people-how-give = په خوندي لاره یې ورکړئ (نه په هماغه برېښنالیک کې چې د دې سایټ پته پکې ده)، او ترې وغواړئ چې د پټنوم په څېر یې وساتي.
people-stops = له { $date } وروسته کار نه کوي.
people-works-until-revoked = تر هغه چې لغوه شي کار کوي.
people-its-id = پېژند یې { $id } دی: د خلکو له لېست څخه یې لغوه کړئ.
people-back = بېرته خلکو او ټوکنونو ته
# -- end of covenant and people --

## Feeds (feed-*)

feed-authority-title = { $council }: د له پالنې وتلو ځوانانو لپاره د هغې په محلي وړاندیز (Local Offer) کې بدلونونه
feed-authority-subtitle = هغه وړاندیزونه چې { $council } زیات کړل، بدل کړل یا بند کړل، لومړی تر ټولو نوي، له { -brand } څخه.
feed-partnership-title = { $partnership }: د هغې تضمین (guarantee) او د هغې د شوراګانو وړاندیزونه
feed-partnership-subtitle = د { $partnership } په تضمین (guarantee) او د هغې د غړو شوراګانو په وړاندیزونو کې بدلونونه، لومړی تر ټولو نوي، له { -brand } څخه.
feed-topic-title = { $topic }: په شوراګانو او ژمنو (Care Leaver Covenant) کې بدلونونه
feed-topic-subtitle = د { $topic } په اړه د شوراګانو وړاندیزونه او ژمنې (Care Leaver Covenant)، لومړی تر ټولو نوي، له { -brand } څخه.
feed-pledges-title = ژمنې (Care Leaver Covenant): خپرې شوې او بېرته اخیستل شوې
feed-pledges-subtitle = هغه ژمنې چې سازمانونو د (Care Leaver Covenant) لاندې خپرې کړې، بدلې کړې یا بېرته واخیستې، لومړی تر ټولو نوي، له { -brand } څخه.
feed-quoted = «{ $text }»
feed-ages = له { $from } تر { $to }
feed-offer-new-title = { $council }: نوی وړاندیز { $title }
feed-offer-changed-title = { $council }: { $title } بدل شو
feed-offer-retired-title = { $council }: { $title } بند شو
feed-offer-restored-title = { $council }: { $title } بېرته راغی
feed-offer-new = د { $council } په محلي وړاندیز (Local Offer) کې نوی: { $title }. { $summary } د { $whom } لپاره، عمر { $ages }.
feed-offer-worth = ارزښت یې: { $value }.
feed-offer-status-note = { $status ->
    [pilot] دا یوه آزموینه (pilot) ده: ښايي ټولو ته ونه رسیږي.
    [planned] دا پلان شوی دی: لا تر اوسه نشته.
   *[ended] دا پای ته رسېدلی دی.
}
feed-offer-retired = { $council } { $title } بند کړ: نور د هغې د محلي وړاندیز (Local Offer) برخه نه ده.
feed-offer-restored = { $council } { $title } بېرته خپل محلي وړاندیز (Local Offer) ته راوړ، لکه څنګه چې د بندېدو پر وخت و.
feed-offer-same = { $council } { $title } بیا خوندي کړ، پرته له دې چې څه پکې بدل کړي.
feed-changed = { $who } دا بدل کړل: { $changes }.
feed-change-title = سرلیک (اوس { $title })
feed-change-topic = موضوع (اوس { $topic })
feed-change-summary = لنډیز
feed-change-details = جزئیات
feed-change-status = حالت (اوس { $status ->
    [pilot] ازمایښتي
    [planned] پلان شوی
    [ended] پای ته رسېدلی
   *[available] شته
})
feed-change-basis = بنسټ یې (اوس { $basis ->
    [statutory] قانون یې غواړي
   *[discretionary] د شورا خپله خوښه
})
feed-change-whom = د چا لپاره دی (اوس { $whom })
feed-change-ages = عمرونه (اوس { $ages })
feed-change-conditions = شرطونه (اوس { $conditions })
feed-conditions-none = هېڅ شرط نشته
feed-conditions-only = یوازې که تاسو { $circumstances } یاست
feed-change-value = ارزښت (اوس { $value })
feed-value-not-stated = نه دی ویل شوی
feed-change-council-tax = د شورا مالیې (Council Tax) شرطونه
feed-change-how-to-access = څنګه یې ترلاسه کړئ
feed-change-contact = اړیکه
feed-change-source = سرچینه
feed-change-reviewed = د کتنې نېټه (اوس { $date })
feed-change-reviewed-none = د کتنې نېټه (اوس نشته)
feed-change-note = د لوستلو یادونه
feed-change-coverage = چېرته پلي کیږي
feed-change-places = د ځایونو شمېر (اوس { $places })
feed-change-places-none = د ځایونو شمېر (اوس نه دی ویل شوی)
feed-change-how-to-apply = څنګه غوښتنه وکړئ
feed-change-closes = د پای نېټه (اوس { $date })
feed-change-closes-none = د پای نېټه (اوس نشته)
feed-pledge-new-title = { $organisation }: نوې ژمنه { $title }
feed-pledge-changed-title = { $organisation }: { $title } بدله شوه
feed-pledge-withdrawn-title = { $organisation }: { $title } بېرته واخیستل شوه
feed-pledge-new = { $organisation } د (Care Leaver Covenant) لاندې د { $title } ژمنه وکړه. { $summary } د له پالنې وتلو ځوانانو لپاره، عمر { $ages }.
feed-pledge-withdrawn = { $organisation } خپله ژمنه (Care Leaver Covenant) { $title } بېرته واخیسته.
feed-pledge-same = { $organisation } { $title } بیا خپره کړه، پرته له دې چې څه پکې بدل کړي.
feed-partnership-published-title = { $partnership }: تضمین (guarantee) خپور شو
feed-partnership-published = { $partnership } په خپلو شوراګانو کې د له پالنې وتلو ځوانانو لپاره پر یو تضمین (guarantee) موافقه وکړه. د برخو شمېر: { $items }. د شوراګانو شمېر: { $councils }.
feed-partnership-changed-title = { $partnership }: بدل شو
feed-partnership-guarantee-changed-title = { $partnership }: تضمین (guarantee) بدل شو
feed-partnership-same = { $partnership } خپل ریکارډ بیا خوندي کړ، پرته له بدلون.
feed-item-added = { $title } زیات شو
feed-item-changed = { $title } بدل شو
feed-item-removed = { $title } لرې شو
feed-change-guarantee = تضمین ({ $items })
feed-change-members = غړي (اوس { $count } شوراګانې)
feed-change-notes = پر جدول یادښتونه
feed-change-its-details = د هغې معلومات
# -- end of feeds --

## Letters (letter-*)

letter-pledge-published-subject = ستاسو ژمنه خپره شوه: { $title }
letter-pledge-published = د تړون یو څارونکي د { $organisation } ژمنه «{ $title }» خپره کړه.
letter-pledge-published-found = اوس هغه ځوانان چې له پاملرنې وتلي دي او د هغوی سلاکاران کولی شي دا په { -brand } کې ومومي. خپلې ژمنې دلته وګورئ او بدلې یې کړئ (د خپل لاسلیکوونکي ټوکن سره):
letter-pledge-rejected-subject = ستاسو ژمنه خپره نه شوه: { $title }
letter-pledge-rejected = د تړون یو څارونکي د { $organisation } ژمنه «{ $title }» خپره نه کړه.
letter-pledge-rejected-reason = هغه دلیل چې څارونکي ورکړ:
letter-pledge-rejected-no-reason = څارونکي هېڅ دلیل ونه ورکړ.
letter-pledge-rejected-again = تاسو کولی شئ ژمنه بدله کړئ او بیا یې دلته ولېږئ (د خپل لاسلیکوونکي ټوکن سره):
letter-waiting-organisation-subject = یو سازمان د تایید انتظار باسي: { $organisation }
letter-waiting-organisation = { $organisation } د تړون د ژمنو لپاره نوم لیکلی دی.
letter-waiting-pledge-subject = یوه ژمنه د څار انتظار باسي: { $title }
letter-waiting-pledge = { $organisation } یوه نوې ژمنه لېږلې ده: «{ $title }».
letter-waiting-edit-subject = د یوې ژمنې بدلون د څار انتظار باسي: { $title }
letter-waiting-edit = { $organisation } خپله خپره شوې ژمنه «{ $title }» بدله کړې ده.
letter-waiting-queue = د څار کتار (د خپل څارونکي ټوکن سره):
letter-review-subject = { $council }: { $count ->
    [one] یو وړاندیز د کتنې وخت یې دی
   *[other] { $count } وړاندیزونه د کتنې وخت یې دی
}
letter-review-intro = د { $council } دا وړاندیزونه ډېر وخت نه دي کتل شوي. هغه ځوانان چې له پاملرنې وتلي دي نن یې سم ګڼي: مهرباني وکړئ هر یو د خپل محلي وړاندیز (Local Offer) سره پرتله کړئ، او بدل یې کړئ یا یې د کتل شوي په توګه نښه کړئ.
letter-review-item = { $title } ({ $reviewed })
letter-review-never = هېڅکله نه دی کتل شوی
letter-review-last = وروستی ځل کتل شوی { $date }
letter-review-all = ستاسو ټول هغه وړاندیزونه چې د کتنې وخت یې دی:
letter-token-subject = د { -brand } نوی ټوکن
letter-token = چا د دې پتې لپاره د { -brand } نوی ټوکن غوښتی دی. که تاسو وئ، دا لینک په { $minutes } دقیقو کې پرانیزئ؛ یو ځل کار کوي، او ستاسو زوړ ټوکن هغه وخت له کاره لوېږي چې نوی واخلئ:
letter-token-not-you = که تاسو نه وئ، هېڅ کار ته اړتیا نشته: ستاسو ټوکن نه دی بدل شوی.
# -- end of letters --
