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
list-comma = { $first }، { $next }
list-and = { $first } و { $last }
footer-staff-sign-in = ورود کارمندان
footer-translation-unreviewed = این ترجمه را با دقت نوشتیم، اما هنوز یک خوانندهٔ مسلط آن را بررسی نکرده است. اگر چیزی روشن نیست، از مشاور شخصی خود بپرسید.

## Compare: the form, the answer, its questions, changes and values

change-label = { $change ->
    [same] حفظ می‌شود
    [gain] به دست می‌آورید
    [loss] از دست می‌دهید
    [better] بهتر
    [worse] کمتر
    [ask] بپرسید
   *[depends] بستگی دارد
}
change-sentence = { $change ->
    [same] اگر کوچ کنید، این را حفظ می‌کنید.
    [gain] این را فقط اگر کوچ کنید به دست می‌آورید.
    [loss] اگر کوچ کنید، این را از دست می‌دهید.
    [better] اگر کوچ کنید، از این بیشتر می‌گیرید.
    [worse] اگر کوچ کنید، از این کمتر می‌گیرید.
    [ask] حتمی نیست. پیش از کوچ کردن بپرسید.
   *[depends] این به حالت شما بستگی دارد، یا به آنچه منطقه انجام می‌دهد.
}

value-per = { $per ->
    [week] { $amount } در هفته
    [month] { $amount } در ماه
    [year] { $amount } در سال
   *[once] { $amount }
}
value-up-to = تا { $amount }
value-loan = قرضهٔ { $money } که باید پس داده شود
value-percent-off = { $percent }% تخفیف
value-and = { $a }، { $b }
money-difference-year = { $direction ->
    [more] اگر کوچ کنید، هر سال { $amount } بیشتر.
    [less] اگر کوچ کنید، هر سال { $amount } کمتر.
   *[same] هر سال همان مقدار پول.
}
money-difference-once = { $direction ->
    [more] اگر کوچ کنید، { $amount } بیشتر.
    [less] اگر کوچ کنید، { $amount } کمتر.
   *[same] همان مقدار.
}
money-year-sides = پولی که حتماً هر سال می‌گیرید: اگر بمانید { $stay }، اگر کوچ کنید { $moving }. { $difference }
money-once-sides = کمک‌های مالی یک‌باره که حتماً می‌گیرید: اگر بمانید { $stay }، اگر کوچ کنید { $moving }. { $difference }
money-year-one = پولی که حتماً هر سال می‌گیرید: { $amount }.
money-once-one = کمک‌های مالی یک‌باره که حتماً می‌گیرید: { $amount }.

compare-certain-lose = { $count ->
    [one] 1 چیز را از دست می‌دهید
   *[other] { $count } چیز را از دست می‌دهید
}
compare-certain-less = { $count ->
    [one] از 1 چیز کمتر می‌گیرید
   *[other] از { $count } چیز کمتر می‌گیرید
}
compare-certain-gain = { $count ->
    [one] 1 چیز را به دست می‌آورید
   *[other] { $count } چیز را به دست می‌آورید
}
compare-certain-more = { $count ->
    [one] از 1 چیز بیشتر می‌گیرید
   *[other] از { $count } چیز بیشتر می‌گیرید
}
compare-certain = اگر کوچ کنید، به طور حتمی { $changes }.
compare-certain-nothing = اگر کوچ کنید، هیچ چیزی به طور حتمی تغییر نمی‌کند.
compare-via = { $via ->
    [home] از طرف شورایی که از شما سرپرستی کرده است
    [destination] از طرف شورایی که در ساحهٔ آن زندگی خواهید کرد
    [partnership] یک وعدهٔ شوراهای منطقه
    [covenant] یک تعهد (Care Leaver Covenant)
   *[law] قانون، برای جوانانِ بیرون‌شده از سرپرستی در همه جای انگلستان
}
status-note = { $status ->
    [pilot] آزمایشی – یک آزمایش که شاید به همه نرسد
    [planned] در پلان – هنوز موجود نیست
   *[ended] ختم شده – دیگر داده نمی‌شود
}
compare-source-report = یک گزارش شورا
compare-asof-undated = پیشنهاد { $council }: از صفحه‌های ویب آن، به همان شکلی که ما در { $date } خواندیم (آن صفحه‌ها تاریخ ندارند)
compare-asof-year = پیشنهاد { $council }: از یک منبع سال { $year }
compare-asof-none = ما پیشنهاد خودِ { $council } را نداریم
compare-contact-phone = تیلفون { $phone }
compare-contact-email = ایمیل { $email }
compare-contact-web = صفحهٔ ویب آنها
compare-more-pledges = { $count ->
    [one] و 1 تعهد دیگر (Care Leaver Covenant) در این موضوع
   *[other] و { $count } تعهد دیگر (Care Leaver Covenant) در این موضوع
}

compare-form-heading = مقایسهٔ پیشنهادهای محلی (Local Offer)
compare-form-from = شورایی که از شما سرپرستی کرده است
compare-form-to = شورایی که شاید به آن کوچ کنید
compare-form-age = سن شما
compare-form-choose-council = یک شورا را انتخاب کنید
compare-form-choose-age = سن خود را انتخاب کنید
compare-form-more = بیشتر در مورد خود بگویید (اختیاری)
compare-form-circumstances = بعضی کمک‌ها به حالت شما بستگی دارد. هر کدام را که درست است علامت بزنید. آیا شما:
compare-form-group = آنچه قانون می‌دهد به این بستگی دارد که چه مدت تحت سرپرستی بوده‌اید. اگر می‌دانید، آیا شما:
compare-form-group-unsure = مطمئن نیستم (آنچه به این بستگی دارد را جداگانه نشان می‌دهیم)
compare-form-submit = مقایسه کنید
compare-district-label = اکنون در کدام ولسوالی (district) زندگی می‌کنید؟ (اختیاری)
compare-district-hint = بعضی کمک‌ها از شورای ولسوالی (district council) می‌آید، و ولسوالی‌ها با هم فرق دارند.
compare-district-unsure = مطمئن نیستم
compare-problem-title = یک مشکل وجود دارد
compare-error-prefix = خطا:{ " " }

compare-heading = کوچ کردن از { $from } به { $to }، در سن { $age }
compare-heading-one = آنچه { $council } در سن { $age } به شما می‌دهد
compare-lede-one = آنچه پیشنهاد محلی (Local Offer) { $council } به یک جوانِ بیرون‌شده از سرپرستی { $age } ساله می‌دهد، تا جایی که خودش می‌گوید.
questions-line = { $count ->
    [0] پیش از کوچ کردن چیزی برای پرسیدن نیست
    [one] پیش از کوچ کردن 1 سوال بپرسید
   *[other] پیش از کوچ کردن { $count } سوال بپرسید
}؛ { $same ->
    [0] هیچ چیزی به طور حتمی یکسان نمی‌ماند
    [one] 1 چیز یکسان می‌ماند
   *[other] { $same } چیز یکسان می‌ماند
}.
questions-line-one = { $count ->
    [0] چیزی برای پرسیدن نیست.
    [one] 1 سوال برای پرسیدن.
   *[other] { $count } سوال برای پرسیدن.
}
compare-you-said = شما گفتید که { $circumstances } هستید.
compare-you-live = شما اکنون در { $district } زندگی می‌کنید.
compare-sentence = { $text }.
compare-asof-stale = این معلومات بیشتر از دو سال کهنه است: پیش از اینکه به آن اعتماد کنید، از { $council } بپرسید.
compare-asof-ask = از { $council } بپرسید که به جوانانِ بیرون‌شده از سرپرستی چه می‌دهد.
compare-asof-read = پیشنهاد محلی (Local Offer) آن را بخوانید
compare-local-offer-of = پیشنهاد محلی (Local Offer) { $council }
compare-notices = لطفاً توجه کنید
compare-notice-district-home = { $district } یک شورای ولسوالی (district council) است، پس { $county } از شما سرپرستی کرده است: پیشنهادهای آن پیشنهادهای شورایی است که از شما سرپرستی کرده، همراه با پیشنهادهای { $district } برای جایی که زندگی می‌کنید.
compare-notice-replaced = { $council } در { $date } عوض شد؛ پیشنهادهای آن همان‌طور که نشر شده بودند نشان داده می‌شوند.
compare-notice-replaced-by = { $council } در { $date } { $successors } عوض شد؛ پیشنهادهای آن همان‌طور که نشر شده بودند نشان داده می‌شوند.
compare-notice-by = با { $council }
compare-notice-county = { $county } یک ولایت (county) است: شوراهای ولسوالی (district council) آن مالیهٔ شورا و مسکن را اداره می‌کنند. آنچه همهٔ ولسوالی‌ها می‌دهند نشان داده شده است؛ برای باقی، ولسوالی‌ای را که در آن زندگی می‌کنید (یا زندگی خواهید کرد) انتخاب کنید.
compare-notice-districts-differ = همهٔ شوراهای ولسوالی برای { $topics } یک چیز را نمی‌دهند: به ما بگویید در کدام ولسوالی زندگی می‌کنید تا جواب دقیق بگیرید.
compare-notice-no-county = ما شورای ولایتی (county council) بالای { $district } را پیدا نکردیم، پس پیشنهادهای آن شامل نیست.
compare-notice-no-offer = ما هنوز پیشنهاد خودِ { $council } را نداریم. این به آن معنا نیست که چیزی نمی‌دهد: از { $council } بپرسید که به جوانانِ بیرون‌شده از سرپرستی چه می‌دهد.
compare-notice-no-offer-page = { compare-notice-no-offer } پیشنهاد خودِ آن در { $url } نشر شده است.
compare-certain-heading = آنچه به طور حتمی تغییر می‌کند
compare-certain-none = هیچ چیزی به طور حتمی تغییر نمی‌کند. پیش از کوچ کردن، سوال‌های پایین را ببینید.
compare-certain-one-heading = آنچه { $council } به شما می‌دهد
compare-certain-one-none = هیچ چیزی برای شما حتمی نیست. سوال‌های پایین را ببینید.
compare-ask-heading = پیش از کوچ کردن بپرسید
compare-ask-heading-one = چیزهایی که باید بپرسید
compare-ask-none = چیزی برای پرسیدن نیست: پیشنهادهای محلی (Local Offer) می‌گویند که هر چیز برای چه کسی است.
compare-ask-intro = چیزهایی که پیشنهادهای محلی (Local Offer) برای شما روشن نمی‌کنند، به ترتیب کسی که باید از او بپرسید.
compare-ask-print = این سوال‌ها را برای مشاور شخصی خود چاپ کنید
compare-ask-whom = از { $whom } بپرسید
compare-reach = چطور با آنها تماس بگیرید:
compare-reach-pa = از مشاور شخصی خود بخواهید که شخص درست را پیدا کند.
compare-if-heading = اگر شما … باشید
compare-if-intro = کمک برای حالت‌هایی که به ما نگفته‌اید حالت شما است. این کمک‌ها در بالا شمرده نشده‌اند: اگر یکی از این حالت‌ها در مورد شما درست است، به مشاور شخصی خود بگویید.
compare-if-one = اگر { $circumstance } باشید
compare-things = { $count ->
    [one] 1 چیز
   *[other] { $count } چیز
}
compare-agreed-heading = آنچه منطقه توافق کرده است
compare-agreed-intro = اینها وعده‌هایی میان شوراها است، نه چیزی که شما بتوانید مطالبه کنید. آنچه هر شورا می‌دهد، در بالا آمده است.
compare-agreed-status = { $status ->
    [being_considered] در حال بررسی، هنوز توافق نشده است
    [under_review] در حال بازبینی
    [achieved] در همهٔ شوراها عملی شده است
   *[agreed] شوراها توافق کرده‌اند، اما هنوز همه جا عملی نشده است
}
compare-same-heading = آنچه یکسان می‌ماند ({ $count })
compare-same-none = هیچ چیزی در هر دو طرف حتمی نیست.
compare-nothing-found = ما در هیچ‌کدام از دو پیشنهاد محلی (Local Offer) چیزی برای سن شما پیدا نکردیم. از مشاور شخصی خود بپرسید.
compare-lost-rest = { $topic }: باقی آن را باید بپرسید
compare-row-ask = حتمی نیست. بپرسید.
compare-side-stay = اگر در { $council } بمانید
compare-side-move = اگر به { $council } کوچ کنید
compare-side-both = هر جا که زندگی کنید
compare-side-nothing = چیزی پیدا نشد.
compare-side-only-both = فقط آنچه هر جا که زندگی کنید می‌گیرید (در پایین).
compare-you-get = شما می‌گیرید: { $value }
compare-only-if = فقط اگر { $conditions } باشید.
compare-who-to-ask = از چه کسی بپرسید:
compare-how-to-get = چطور آن را بگیرید:
compare-contact = تماس:
compare-why = چرا؟
compare-source = منبع:
compare-source-document = سند
compare-more-about = بیشتر در مورد

questions-intro = برای یک جوانِ بیرون‌شده از سرپرستی { $age } ساله که زیر سرپرستی { $from } بوده و به کوچ کردن به { $to } فکر می‌کند. این را نزد مشاور شخصی خود ببرید: او می‌تواند از دیگران برای شما بپرسد.
questions-intro-one = برای یک جوانِ بیرون‌شده از سرپرستی { $age } ساله که زیر سرپرستی { $from } بوده است. این را نزد مشاور شخصی خود ببرید: او می‌تواند از دیگران برای شما بپرسد.
questions-back = برگشت به مقایسه
questions-none = چیزی برای پرسیدن نیست: پیشنهادهای محلی (Local Offer) می‌گویند که هر چیز برای چه کسی است.
questions-answer = جواب:
questions-from = از طرف { $provider }.

compare-app-heading = به { $council } کوچ می‌کنید؟
compare-app-heading-any = به یک ساحهٔ نو کوچ می‌کنید؟
compare-app-intro = ببینید اگر کوچ کنید، کدام کمک‌ها را حفظ می‌کنید، به دست می‌آورید یا از دست می‌دهید. کمک برای جوانانِ بیرون‌شده از سرپرستی 16 تا 25 ساله.
compare-app-home-hint = شروع به نوشتن کنید، بعد از فهرست انتخاب کنید.
compare-app-did-you-mean = آیا منظور شما این بود:
compare-app-no-councils = ما نتوانستیم فهرست شوراها را بارگیری کنیم. { $problem }
compare-problem-home = شورایی را که از شما سرپرستی کرده است از فهرست انتخاب کنید.
compare-problem-age = سن خود را انتخاب کنید.
compare-status-problem = یک مشکل وجود دارد: { $problem }
compare-loading = در حال مقایسه…
compare-status-ready = مقایسه آماده است. { $summary } { $count } سوال برای پرسیدن.
compare-actions-heading = این را نگه دارید یا با دیگران شریک کنید
compare-actions-print = این مقایسه را چاپ کنید
compare-actions-questions = سوال‌هایی که نزد مشاور شخصی خود ببرید
compare-actions-link = لینک این مقایسه
compare-actions-link-note = این لینک فقط دو شورا و سن شما را نگه می‌دارد.

compare-page-heading = مقایسهٔ شوراها
compare-field-problem = { $field ->
    [from] شورایی را که از شما سرپرستی کرده است از فهرست انتخاب کنید.
    [to] شورایی را که شاید به آن کوچ کنید از فهرست انتخاب کنید.
    [age] سن خود را از 16 تا 25 انتخاب کنید.
    [district] ولسوالی‌ای را که در آن زندگی می‌کنید از فهرست انتخاب کنید، یا آن را خالی بگذارید.
    [group] یکی از گروه‌های فهرست را انتخاب کنید، یا «مطمئن نیستم» را.
   *[circumstances] فقط حالت‌هایی را که در فهرست است علامت بزنید، یا هیچ‌کدام را.
}
compare-problem-district-from = شورای ولایتی (county council) را که از شما سرپرستی کرده است انتخاب کنید. شورای ولسوالی (district council) از کودکان سرپرستی نمی‌کند.
questions-page-heading = سوال‌هایی که نزد مشاور شخصی خود ببرید
questions-page-title = سوال‌هایی که نزد مشاور شخصی خود ببرید: کوچ کردن از { $from } به { $to }
questions-page-title-one = سوال‌هایی که نزد مشاور شخصی خود ببرید: { $council }
questions-page-first = اول دو شورا را مقایسه کنید:
questions-page-first-link = شوراها و سن خود را انتخاب کنید

questions-whom-pa = مشاور شخصی شما در { $council }
questions-planned = { $count ->
    [one] آیا { $titles } شروع شده است، و آیا برای من است؟
   *[other] آیا یکی از اینها شروع شده است، و آیا برای من است: { $titles }؟
}

why-offer = { $why ->
    [own-anywhere] { $council } این را به جوانانِ بیرون‌شده از سرپرستی می‌دهد که زیر سرپرستی آن بوده‌اند، هر جا که زندگی کنند. شما یکی از آنها هستید.
    [own-in-area] { $council } این را به جوانانِ بیرون‌شده از سرپرستی می‌دهد که زیر سرپرستی آن بوده‌اند، تا وقتی که در ساحهٔ آن زندگی می‌کنند. شما یکی از آنها هستید و در { $place } زندگی می‌کنید.
    [any-in-area] { $council } این را به هر جوانِ بیرون‌شده از سرپرستی می‌دهد که در ساحهٔ آن زندگی می‌کند، و شما در { $place } زندگی خواهید کرد.
    [personal-adviser] مشاور شخصی شما در { $council } این کمک را می‌دهد، و مشاور شخصی شما تا 25 سالگی با شما می‌ماند، هر جا که زندگی کنید.
    [home] { $council } از شما سرپرستی کرده است و شما در ساحهٔ آن زندگی می‌کنید، پس این برای شما است.
    [home-district] { $home } از شما سرپرستی کرده است و { $council }، جایی که شما زندگی می‌کنید، یکی از شوراهای ولسوالی آن است، پس این برای شما است.
    [ask-own] { $council } نمی‌گوید که اگر بیرون از ساحهٔ آن زندگی کنید، این ادامه پیدا می‌کند یا نه.
   *[ask-other] { $council } نمی‌گوید که این برای جوانانِ بیرون‌شده از سرپرستی از شوراهای دیگر، مثل { $home }، هم هست یا نه.
}
questions-ask = { $ask ->
    [pilot] آیا می‌توانم در برنامهٔ آزمایشی «{ $title }» سهم بگیرم؟
    [pilot-own] آیا می‌توانم در برنامهٔ آزمایشی «{ $title }» سهم بگیرم؟
    [planned] آیا «{ $title }» شروع شده است، و آیا من آن را می‌گیرم؟
    [ended] «{ $title }» ختم شده است: آیا چیزی جای آن را گرفته است؟
    [follows] اگر در { $place } زندگی کنم، آیا «{ $title }» را حفظ می‌کنم؟
   *[other-councils] آیا «{ $title }» برای جوانانِ بیرون‌شده از سرپرستی از { $home } که اینجا زندگی می‌کنند هم هست؟
}
questions-whom = { $ask ->
    [pilot] این یک برنامهٔ آزمایشی است: از { $provider } بپرسید که آیا می‌توانید در آن سهم بگیرید، یا از مشاور شخصی خود در { $home } بخواهید که معلوم کند.
    [pilot-own] این یک برنامهٔ آزمایشی است: از مشاور شخصی خود در { $home } بپرسید که آیا می‌توانید در آن سهم بگیرید.
    [planned] این در پلان است و هنوز شروع نشده: از { $provider } بپرسید که چه وقت شروع می‌شود.
    [ended] این ختم شده است: از { $provider } بپرسید که آیا چیزی جای آن را گرفته است.
    [follows] { $provider } نمی‌گوید که اگر کوچ کنید این با شما می‌ماند یا نه: از مشاور شخصی خود در { $home } بپرسید.
   *[other-councils] { $provider } نمی‌گوید که این برای جوانانِ بیرون‌شده از سرپرستی از شوراهای دیگر هم هست یا نه: از { $provider } بپرسید، یا از مشاور شخصی خود در { $home } بخواهید که برای شما بپرسد.
}

why-law = قانون این را به جوانانِ بیرون‌شده از سرپرستی در همه جای انگلستان می‌دهد ({ $law }).
why-law-planned = این در قانون است ({ $law })، اما هنوز شروع نشده است.
why-pledge-national = یک تعهد (Care Leaver Covenant) از طرف { $organisation } برای جوانانِ بیرون‌شده از سرپرستی در هر جای انگلستان.
why-pledge = یک تعهد (Care Leaver Covenant) از طرف { $organisation } که { $places } را پوشش می‌دهد.
why-every-district = همهٔ شوراهای ولسوالی (district council) در { $county } این را می‌دهند، پس هر جای { $county } که زندگی کنید این را دارید. نشان داده‌شده: آنچه { $district } می‌دهد.
why-guarantee = شوراهای { $partnership } این را برای جوانانِ بیرون‌شده از سرپرستیِ خود توافق کرده‌اند ({ compare-agreed-status }). این یک وعده میان شوراها است، نه چیزی که شما بتوانید مطالبه کنید: آنچه خودِ { $place } می‌دهد در کنار آن نشان داده شده است.

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
date-month-8 = اگست
date-month-9 = سپتمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر

offers-heading = { $council } به جوانانِ بیرون‌شده از سرپرستی چه پیشنهاد می‌کند
offers-showing-band = کمک برای افراد { $from } تا { $to } ساله نشان داده می‌شود.
offers-read-own = پیشنهاد محلی (Local Offer) خودِ { $council } را بخوانید
offers-none = ما هیچ پیشنهادی از این شورا برای این سن ثبت نداریم.
offers-age = سن { $age }
offers-ages = سن { $from } تا { $to }
offers-band = { $from } تا { $to } ساله
offers-only-if = فقط اگر { $conditions } باشید.
offers-your-age = سن شما
offers-all-ages = همهٔ سن‌ها
offers-show = نشان بده

offer-all-of = همهٔ پیشنهاد { $council }
offer-council = شورا
offer-for = برای
offer-for-own-anywhere = جوانانِ بیرون‌شده از سرپرستی که زیر سرپرستی { $council } بوده‌اند، هر جا که زندگی کنند
offer-for-own-in-area = جوانانِ بیرون‌شده از سرپرستی که زیر سرپرستی { $council } بوده‌اند، تا وقتی که در ساحهٔ آن زندگی می‌کنند
offer-for-any-in-area = هر جوانِ بیرون‌شده از سرپرستی که در ساحهٔ { $council } زندگی می‌کند
offer-for-unstated = { $council } نمی‌گوید که این برای چه کسی است
offer-ages = سن
offer-only-if = فقط اگر شما
offer-worth = ارزش
offer-how = چطور آن را بگیرید
offer-contact = تماس
offer-source = منبع
offer-source-report = یک گزارش شورا
offer-note = یادداشت
offer-reviewed = آخرین بررسی
offer-read-source = سند منبع را بخوانید
offer-history = تاریخچه
offer-version = نسخهٔ { $version }: در { $date } توسط { $who } { $action }.
offer-action-added = اضافه شد
offer-action-changed = تغییر داده شد
offer-action-retired = کنار گذاشته شد
offer-action-reviewed = بدون تغییر بررسی شد
offer-action-restored = دوباره برگردانده شد

search-heading = جستجو در پیشنهادهای محلی (Local Offer) و تعهدها
search-label = در کمک‌های موجود جستجو کنید
search-button = جستجو
search-category = بخش زندگی
search-all-categories = همهٔ بخش‌ها
search-nothing = چیزی پیدا نشد. کلمه‌های دیگر را امتحان کنید، مثل کرایه، مالیهٔ شورا یا کالج.
search-pledge = تعهد (Care Leaver Covenant)
search-results = { $count ->
    [0] هیچ نتیجه‌ای نیست
    [one] { $count } نتیجه
   *[other] { $count } نتیجه
}
search-results-for = { $count ->
    [0] هیچ نتیجه‌ای برای «{ $query }» نیست
    [one] { $count } نتیجه برای «{ $query }»
   *[other] { $count } نتیجه برای «{ $query }»
}
search-pledges-on = تعهدهای (Care Leaver Covenant) در مورد «{ $topic }»
search-title = جستجو
search-page-heading = جستجو در پیشنهادها و تعهدها
search-question = در چه چیزی به کمک نیاز دارید؟
search-hint = مثلاً: کرایه، مالیهٔ شورا، کالج، درس‌های دریوری.
search-searching = در حال جستجو…

error-problem = یک مشکل وجود دارد
error-loading = در حال بارگیری…

error-title = خطا: { $title }
error-not-found = صفحه پیدا نشد
error-no-page = در این آدرس هیچ صفحه‌ای نیست. شاید جای آن تغییر کرده باشد، یا لینک غلط باشد.
error-no-page-next = { $home }، { $compare } یا { $search }.
error-go-home = به صفحهٔ اصلی بروید
error-go-compare = شوراها را مقایسه کنید
error-go-search = در پیشنهادها جستجو کنید
error-address = در این آدرس یک مشکل وجود دارد
error-address-part = این صفحه این بخش از آدرس خود را قبول نمی‌کند:
error-address-without = صفحه را بدون آن باز کنید

home-title = به اینجا کوچ می‌کنید؟
home-heading = اگر به اینجا کوچ کنید، چه چیزی به دست می‌آورید
home-demo = این نمونهٔ یک صفحهٔ ویب شورا است که ابزار Offer Atlas (widget) در آن است. یک شورا این ابزار را با دو سطر HTML اضافه می‌کند.
home-moving-to = به { $council } کوچ می‌کنید؟
home-moving-intro = اگر شما یک جوانِ بیرون‌شده از سرپرستی هستید، ببینید که با کوچ کردن به اینجا کدام حمایت‌ها را حفظ می‌کنید، به دست می‌آورید یا از دست می‌دهید.
home-noscript = مرورگر شما JavaScript را اجرا نمی‌کند.
home-noscript-link = به جای آن، شوراها را در یک صفحهٔ ساده مقایسه کنید
home-search-heading = جستجو در همهٔ پیشنهادها
home-search-simple = جستجو در یک صفحهٔ ساده
home-council-offer = پیشنهاد { $council }
home-boards-heading = برای هیئت‌های منطقه‌ای
home-board-link = { $partnership }: کدام شوراها تضمین برای جوانانِ بیرون‌شده از سرپرستی را پوره می‌کنند
home-held-link = کدام شوراها، و معلومات چقدر تازه است
home-held-sources = پیشنهادها کلمه‌های خودِ شوراها است که نشر کرده‌اند، به شکل خلاصه و با لینک به هر منبع. تعهدهای (Care Leaver Covenant) از خودِ سازمان‌ها است. کودهای شوراها و ساحه‌های آنها از Office for National Statistics (ادارهٔ ملی احصائیهٔ بریتانیا) زیر Open Government Licence v3.0 گرفته شده است.

coverage-title = آنچه ما داریم
coverage-heading = آنچه ما از پیشنهاد هر شورا داریم
coverage-held = ما پیشنهاد محلی (Local Offer) خودِ { $held } شورا را از { $councils } شورای انگلستان که خدمات کودکان دارند، داریم.
coverage-held-dated = ما پیشنهاد محلی (Local Offer) خودِ { $held } شورا را از { $councils } شورای انگلستان که خدمات کودکان دارند، داریم؛ به همان شکلی که اسناد و صفحه‌های آنها از تاریخ { $oldest } تا { $newest } بود.
coverage-how-old = هر جواب می‌گوید که منبع آن چقدر کهنه است.
coverage-summary = از { $councils } شورای انگلستان که خدمات کودکان دارند، ما پیشنهاد خودِ { $held } شورا را داریم: { $full } شورا هر شش بخشی را که قانون می‌خواهد یک پیشنهاد محلی (Local Offer) داشته باشد ({ $areas }) پوشش می‌دهند، و { $partial } شورا فقط بخشی از آن را.
coverage-none = از { $none } شورای دیگر هنوز هیچ چیزِ خودشان را نداریم. این به آن معنی نیست که آنها هیچ چیزی پیشنهاد نمی‌کنند. آنچه قانون به هر جوانِ بیرون‌شده از سرپرستی می‌دهد، در هر مقایسه نشان داده می‌شود.
coverage-regions-caption = شوراهایی که پیشنهاد خودشان را داریم، به تفکیک منطقه
coverage-region = منطقه
coverage-councils = شوراها
coverage-held-full = هر شش بخش
coverage-held-partial = بعضی بخش‌ها
coverage-held-none = هیچ چیزی نداریم
coverage-not-held = نداریم
coverage-each-caption = هر شورا
coverage-council = شورا
coverage-held-column = داریم
coverage-offers = پیشنهادها
coverage-newest = تازه‌ترین منبع
coverage-missing = بخش‌هایی که پوشش داده نشده
coverage-published = پیشنهاد نشرشدهٔ آن

offers-title = { $council }: پیشنهاد برای جوانانِ بیرون‌شده از سرپرستی
offers-feed = تغییرها در پیشنهاد { $council }
offers-unknown-council = ما شورایی با این کود نمی‌شناسیم.
offers-choose-council = یک شورا را انتخاب کنید
offers-council-not-found = شورا پیدا نشد
offer-retired = پیشنهاد کنار گذاشته شد
offer-retired-text = شورا این پیشنهاد را کنار گذاشته است. این دیگر بخشی از پیشنهاد محلی (Local Offer) آن نیست.

board-title = { $partnership }: یکسان بودن تضمین
board-feed = تغییرها در { $partnership } و پیشنهادهای شوراهای آن
board-not-found = همکاری شوراها پیدا نشد
board-unknown = ما همکاری شوراها را با این شناسه نمی‌شناسیم.
board-see-list = { $list } را ببینید
board-list = فهرست همکاری‌های شوراها
board-map-first = نقشه اولین مورد تضمین را نشان می‌دهد. در بالا مورد دیگری را انتخاب کنید.

board-counts = { $members ->
    [one] { $members } عضو
   *[other] { $members } عضو
}، { $items ->
    [one] { $items } مورد تضمین.
   *[other] { $items } مورد تضمین.
}
board-met-all = هر عضو { $count } مورد از آنها را پوره می‌کند.
board-csv = جدول را به شکل CSV دانلود کنید (برای هر عضو یک سطر)
board-members = اعضای هیئت:
board-sign-in = وارد شوید تا یادداشت‌های هیئت را بنویسید
board-spread = مقدارها چطور پخش شده‌اند
board-spread-none = هنوز هیچ شورایی در فهرست ثبت، یک مقدار پول را نشر نکرده است.
board-showing-one = { $count ->
    [one] 1 مورد نشان داده می‌شود
   *[other] 1 از { $count } مورد نشان داده می‌شود
}
board-showing-all = { $count ->
    [one] 1 مورد نشان داده می‌شود
   *[other] همهٔ { $count } مورد نشان داده می‌شود
}
board-item = مورد تضمین
board-all-items = همهٔ موردها
board-matrix = چه کسی تضمین را پوره می‌کند
board-matrix-how = هر جواب از پیشنهادهای نشرشدهٔ شوراها به دست آمده است.
board-matrix-partly = «تا اندازه‌ای پوره» یعنی یک آزمایش، یک پلان، یا سطحی پایین‌تر از آنچه تضمین می‌خواهد.
board-matrix-caption = { $partnership }: تضمین به تفکیک شورای عضو
board-standard = معیار
board-review-due = (وقت بررسی رسیده)
board-status-met = پوره
board-status-partial = تا اندازه‌ای پوره
board-status-not_met = پوره نیست
board-status-not_declared = اعلام نشده
board-evidence = ثبوت
board-note = یادداشت هیئت
board-note-evidence = (ثبوت)
board-per-year = { $money } در سال
board-once = { $money } یک بار
board-chart-summary = { $count ->
    [one] { $count } شورا.
   *[other] { $count } شورا.
} کمترین { $lowest }، میانه { $median }، بیشترین { $highest }.
board-chart-registry = هنوز هیچ عضوی یک مقدار پول را نشر نکرده است. اینها همهٔ شوراهای فهرست ثبت هستند که نشر کرده‌اند.
board-chart-median = خط نقطه‌چین میانه است.
board-other-basis = بر اساس دیگری گفته شده
board-stale = وقت بررسی رسیده
board-stale-what = پیشنهادهایی که بیشتر از مدت تعیین‌شدهٔ فهرست ثبت (دو سال، اگر چیز دیگری تعیین نشده باشد) بررسی نشده‌اند، یا هیچ تاریخی ندارند.
board-stale-none = پیشنهادهای همهٔ اعضا تازه است.
board-never-reviewed = هیچ وقت بررسی نشده
board-last-reviewed = آخرین بررسی { $date }
board-stale-more = و { $count } مورد دیگر (همه در JSON هستند: stale_offers).
board-changes = تغییرهای تازه
board-changes-since = از { $date } به این طرف، تازه‌ترین اول.
board-changes-none = در این مدت هیچ چیزی تغییر نکرده است.
board-change = : { $kind } { $action }
board-changes-more = و { $count } مورد دیگر.
board-action-added = اضافه شد
board-action-changed = تغییر داده شد
board-action-retired = کنار گذاشته شد
board-action-verified = تأیید شد
board-action-published = نشر شد
board-action-rejected = رد شد
board-action-withdrawn = پس گرفته شد
board-action-reviewed = بررسی شد، بدون تغییر
board-action-restored = دوباره برگردانده شد
board-kind-offer = پیشنهاد
board-kind-authority = شورا
board-kind-partnership = همکاری شوراها

map-title = به کجا می‌توانم کوچ کنم؟
map-heading = به کجا می‌توانم کوچ کنم؟ نقشهٔ انگلستان
map-title-answer = نقشه: { $question }
map-error-topic = انتخاب کنید که کدام کمک نشان داده شود، یا از کدام شورا کوچ می‌کنید، یا هر دو را.
map-error-from = شورایی را که از شما سرپرستی کرده است از فهرست انتخاب کنید، یا هیچ‌کدام را.
map-error-age = سن خود را از 16 تا 25 انتخاب کنید.
map-error-circumstances = فقط حالت‌هایی را که در فهرست است علامت بزنید، یا هیچ‌کدام را.
map-form-heading = انتخاب کنید که نقشه چه چیزی را نشان دهد
map-form-topic = کدام کمک
map-form-everything = همه چیز (با شورایی که از آن کوچ می‌کنید)
map-form-from = اگر از اینجا کوچ کنید (اختیاری)
map-form-nowhere = هیچ جا: نشان بده که هر شورا چه می‌دهد
map-form-choose-age = سن خود را انتخاب کنید
map-form-more = بیشتر در مورد خود بگویید (اختیاری)
map-form-situation = بعضی کمک‌ها به حالت شما بستگی دارد. هر کدام را که درست است علامت بزنید. آیا شما:
map-form-error = خطا:
map-form-show = نقشه را نشان بده
map-london = لندن، بزرگ‌شده
map-of-england = نقشهٔ انگلستان: { $question }
map-caption = هر ساحه یک لینک است: شورای آن و جواب. منبع: Office for National Statistics (ادارهٔ ملی احصائیهٔ بریتانیا) زیر Open Government Licence v.3.0. دارای معلومات OS است © Crown copyright and database right 2023.
map-key = رهنما: ساحه‌ها در هر دسته
map-answer = جواب
map-areas = ساحه‌ها
map-every-area = هر ساحه
map-area = ساحه
map-as-of = تا تاریخ

coverage-area-health-and-wellbeing = صحت و آرامش
coverage-area-relationships = روابط
coverage-area-education-and-training = تحصیل و آموزش
coverage-area-employment = کار
coverage-area-accommodation = جای زندگی
coverage-area-participation = سهم‌گیری در جامعه
board-short-ended = این پیشنهاد ختم شده است.
board-short-pilot = فقط یک برنامهٔ آزمایشی است.
board-short-planned = در پلان است، اما هنوز داده نشده است.
board-short-age = تا سن { $offered } سالگی است. معیار تا سن { $wanted } سالگی را می‌خواهد.
board-short-reach = این برای { $offered } است. معیار می‌خواهد که برای { $wanted } باشد.
board-short-worth = ارزش آن { $money } در سال است. معیار { $wanted } در سال را می‌خواهد.
board-short-worth-unstated = نمی‌گوید که ارزش آن در یک سال چقدر است.
board-reach-own-anywhere = جوانانِ بیرون‌شده از سرپرستی که زیر سرپرستی خودِ آن بوده‌اند، هر جا که زندگی کنند
board-reach-own-in-area = جوانانِ بیرون‌شده از سرپرستی که زیر سرپرستی خودِ آن بوده‌اند و در ساحهٔ آن زندگی می‌کنند
board-reach-any-in-area = هر جوانِ بیرون‌شده از سرپرستی که در ساحهٔ آن زندگی می‌کند
board-reach-unstated = جوانانِ بیرون‌شده از سرپرستی، بدون این که بگوید کدام‌ها
map-question-topic = { $topic } برای جوانِ بیرون‌شده از سرپرستی { $age } ساله
map-question-move = { $what }، اگر در { $age } سالگی از { $council } کوچ کنید، در مقایسه با ماندن
map-question-everything = آنچه می‌گیرید
map-question-board = { $partnership }: { $item }، به تفکیک هر عضو
map-note-law = قانون این را به هر جوانِ بیرون‌شده از سرپرستی { $age } ساله در انگلستان، در هر ساحه، می‌دهد. نقشه نشان می‌دهد که شوراها علاوه بر این چه می‌دهند.
map-laws = قانون:
map-note-council-tax = در بعضی ساحه‌ها، شوراهای ولسوالی (district council) بل مالیهٔ شورا (Council Tax) را می‌فرستند. نقشه فقط ولایت‌ها (county) را نشان می‌دهد. یک ولایت جوابِ ولسوالی‌های خود را نشان می‌دهد، اگر همهٔ آنها یک جواب داشته باشند. اگر نه، می‌گوید «{ $varies }».
map-note-move = هر ساحه ماندن در { $council } را با کوچ کردن به آنجا مقایسه می‌کند. یک ساحه را باز کنید تا همهٔ موضوع‌ها را ببینید، و این که چه بپرسید و از چه کسی بپرسید.
map-answer-amount = { $answer }: { $amount }
map-class-anyone = بلی، برای هر جوانِ بیرون‌شده از سرپرستی که آنجا زندگی می‌کند
map-class-discount = بخشی از بل کم می‌شود، اما نه همهٔ آن
map-class-ask = معلوم نیست: بپرسید
map-class-nothing = در این مورد هیچ چیزی نداریم
map-class-varies = بین شوراهای ولسوالی آن فرق دارد
map-class-more = بعد از کوچ کردن، بیشتر
map-class-mixed = بعضی بیشتر، بعضی کمتر
map-class-less = بعد از کوچ کردن، کمتر
map-class-same = یکسان
map-class-home = جایی که اکنون هستید

map-class-own_only = فقط برای جوانانی که زیر سرپرستی خودش بوده‌اند
map-class-exempt_anyone = بدون مالیهٔ شورا: برای هر جوانِ بیرون‌شده از سرپرستی که آنجا زندگی می‌کند
map-class-exempt_own = بدون مالیهٔ شورا: فقط برای جوانانی که زیر سرپرستی خودش بوده‌اند
map-class-from_4000 = £4,000 یا بیشتر
map-class-from_3000 = از £3,000 تا £3,999
map-class-under_3000 = کمتر از £3,000
map-class-amount_not_stated = داده می‌شود، اما مقدار آن گفته نشده
map-class-law_only = فقط آنچه قانون می‌دهد، چیز بیشتری نداریم
map-class-not_held = پیشنهاد را نداریم

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

widget-loading = Offer Atlas در حال بارگیری است…
widget-could-not-load = متأسفیم، Offer Atlas اینجا بارگیری نشد.

# -- end of the widget's frame --

## Staff: what their pages share (staff-*)

staff-problem-invalid-parameter = این مقدار قابل استفاده نیست. آن را بررسی کنید و دوباره کوشش کنید.
staff-problem-malformed-json = آنچه فرستاده شد را نتوانستیم بخوانیم. دوباره کوشش کنید.
staff-problem-bad-body = آنچه فرستاده شد را نتوانستیم بخوانیم. دوباره کوشش کنید.
staff-problem-bad-request = آنچه فرستاده شد را نتوانستیم بخوانیم. دوباره کوشش کنید.
staff-problem-unauthorized = برای این کار وارد شوید.
staff-problem-forbidden = با توکن شما اجازهٔ این کار را ندارید.
staff-problem-not-found = این را نتوانستیم پیدا کنیم.
staff-problem-method-not-allowed = این کار در اینجا ممکن نیست.
staff-problem-request-timeout = این کار زیاد طول کشید. دوباره کوشش کنید.
staff-problem-version-conflict = کس دیگری پیش از شما این را تغییر داد. تغییر او را ببینید و دوباره کوشش کنید.
staff-problem-invalid-state = این کار اکنون ممکن نیست.
staff-problem-already-exists = این از قبل وجود دارد.
staff-problem-retired = این کنار گذاشته شده است.
staff-problem-payload-too-large = این خیلی بزرگ است. کمتر بفرستید.
staff-problem-query-too-long = این خیلی طولانی است. آن را کوتاه‌تر کنید.
staff-problem-unsupported-media-type = این نوع فایل در اینجا قابل استفاده نیست.
staff-problem-missing-field = این خانه را پر کنید.
staff-problem-invalid-type = این نوع مقدار درست نیست.
staff-problem-invalid-value = این مقدار قابل استفاده نیست. آن را بررسی کنید و دوباره کوشش کنید.
staff-problem-out-of-range = این عدد خیلی کوچک یا خیلی بزرگ است.
staff-problem-too-long = این خیلی طولانی است. آن را کوتاه‌تر کنید.
staff-problem-too-many = تعداد این‌ها خیلی زیاد است. چند تا را حذف کنید.
staff-problem-unknown-field = این خانه‌ای نیست که ما بشناسیم.
staff-problem-unknown-topic = این موضوعی نیست که ما بشناسیم. یکی را از فهرست انتخاب کنید.
staff-problem-unknown-reference = چیزی را که این به آن اشاره می‌کند نتوانستیم پیدا کنیم.
staff-problem-invalid-url = یک نشانی کامل وب بنویسید که با https:// شروع شود.
staff-problem-invalid-email = یک نشانی ایمیل بنویسید، مانند name@example.org.
staff-problem-duplicate = این دو بار آمده است. یک بار بنویسید.
staff-problem-rate-limited = تغییرات زیاد در زمان کوتاه. یک دقیقه صبر کنید و دوباره کوشش کنید.
staff-problem-internal = از طرف ما مشکلی پیش آمد. بعداً دوباره کوشش کنید.
staff-problem-widget-not-built = این بخش روی این سرور آماده نیست.

staff-signed-in-as = وارد شده به عنوان { $who }.
staff-council-offers = پیشنهادهای { $council }
staff-people-link = افراد و توکن‌ها
staff-sign-out = خروج
staff-never = هرگز
staff-role-council-editor = ویرایشگر شورا
staff-role-board = عضو هیئت
staff-role-moderator = ناظر پیمان
staff-role-signatory = امضاکنندهٔ پیمان
staff-role-admin = مدیر سیستم
# -- end of what staff pages share --

## Staff: the editors' workspace, sign in, lost tokens, board notes, messages (editor-*)

editor-sign-in-title = ورود به بخش کار ویرایشگران
editor-sign-in-intro = ویرایشگران پیشنهادهای شورا اینجا پیشنهاد محلی (Local Offer) شورای خود را به‌روز نگه می‌دارند، و اعضای هیئت‌های منطقه‌ای یادداشت‌های هیئت خود را می‌نویسند. با توکنی که مدیر ثبت به شما داده است وارد شوید.
editor-sign-in-token = توکن ویرایشگر
editor-sign-in-token-hint = با { $prefix } شروع می‌شود. تا وقتی خارج نشوید یا بخش کار را 8 ساعت استفاده نکنید، وارد می‌مانید.
editor-sign-in-button = ورود
editor-sign-in-lost = توکن خود را گم کرده‌اید؟ یک توکن نو با ایمیل بگیرید
editor-sign-in-empty = توکن خود را وارد کنید.
editor-sign-in-unknown = این توکن شناخته نمی‌شود، یا باطل شده است.
editor-sign-in-wrong-role = این توکن از یک ویرایشگر شورا، عضو هیئت یا مدیر سیستم نیست.
editor-signed-out = شما خارج شدید.
editor-not-signed-in = شما وارد نشده‌اید: جلسه بعد از 8 ساعت بدون استفاده تمام شد، یا شما خارج شدید. دوباره وارد شوید (آنچه در فورم آخر بود ذخیره نشد).
editor-who-council-editor = ویرایشگر { $council }
editor-who-admin = مدیر سیستم
editor-who-person = { $name }، { $who }

editor-lost-title = یک توکن نو بگیرید
editor-lost-intro = آدرس ایمیلی را بدهید که توکن شما برای آن ساخته شده است. ما یک لینک به آنجا می‌فرستیم که به شما توکن نو می‌دهد؛ توکن قدیمی شما وقتی توکن نو را بگیرید دیگر کار نمی‌کند.
editor-lost-email = آدرس ایمیل
editor-lost-button = برایم لینک بفرستید
editor-lost-back = بازگشت به ورود
editor-lost-bad-email = آدرس ایمیلی را وارد کنید که توکن شما برای آن ساخته شده است، مانند { $example }.
editor-lost-no-mail = این ثبت ایمیل نمی‌فرستد، پس توکن از اینجا عوض نمی‌شود. از مدیر ثبت خود یک توکن نو بخواهید.
editor-lost-sent = اگر توکنی برای { $email } ساخته شده باشد، نامه‌ای با یک لینک در راه است. لینک یک بار کار می‌کند، برای { $minutes } دقیقه. نامه نیامد؟ آدرس را بررسی کنید، یا از مدیر ثبت خود بپرسید.
editor-new-token-take = همین حالا یک توکن نو بگیرید. توکن قدیمی شما فوراً از کار می‌افتد، و هر جلسه‌ای که با آن وارد شده تمام می‌شود.
editor-new-token-button = یک توکن نو به من بدهید
editor-new-token-made = توکن نو شما ({ $role }) در پایین است. فقط همین حالا نشان داده می‌شود: آن را در جای امنی کاپی کنید، مانند برنامهٔ نگهداری رمزها.
editor-new-token-sign-in = با آن وارد شوید
editor-new-token-ended = این لینک استفاده شده، تمام شده (یک ساعت کار می‌کند)، یا هرگز ساخته نشده است. توکن شما تغییر نکرده است.
editor-new-token-ask = یک لینک نو بخواهید

editor-choose-council = شورا
editor-choose-edit = ویرایش پیشنهادهای این شورا
editor-choose-retired = پیشنهادهای کنار گذاشته‌شدهٔ این شورا را نشان بده
editor-choose-people = افراد و توکن‌ها: کسی را دعوت کنید، یا یک توکن را باطل کنید

editor-error-title = خطا: { $title }
editor-error-not-signed-in = وارد نشده‌اید
editor-error-not-allowed = اجازه نیست
editor-error-not-found = پیدا نشد
editor-error-not-done = انجام نشد
editor-error-retired = کنار گذاشته شده
editor-error-too-large = خیلی بزرگ
editor-error-too-many = تغییرات خیلی زیاد
editor-error-went-wrong = مشکلی پیش آمد
editor-error-problem = یک مشکل هست
editor-error-link-home = رفتن به پیشنهادهای شورای شما
editor-refused-other-council = شما فقط پیشنهادهای شورای خود را می‌توانید تغییر دهید.
editor-refused-not-editor = این توکن از یک ویرایشگر شورا یا مدیر سیستم نیست.
editor-refused-no-council = شورایی با این کود نیست.
editor-refused-other-site = این فورم از یک ویب‌سایت دیگر فرستاده شد، پس رد شد. بخش کار را در آدرس خودش باز کنید و دوباره کوشش کنید.
editor-refused-form = این فورم کهنه شده یا از بخش کار نیامده است، پس رد شد. برگردید، صفحه را دوباره بار کنید و دوباره کوشش کنید.
editor-refused-sign-in-form = این فورم ورود کهنه شده یا از بخش کار نیامده است. صفحهٔ ورود را دوباره باز کنید.
editor-refused-lost-form = این فورم کهنه شده یا از بخش کار نیامده است. صفحه را دوباره باز کنید.
editor-refused-post = این آدرس POST را نمی‌پذیرد.
editor-refused-get = این آدرس GET را نمی‌پذیرد.
editor-refused-no-partnership = همکاری‌ای با این شناسه نیست.
editor-refused-other-board = فقط هیئت این همکاری می‌تواند یادداشت‌های آن را بنویسد.

editor-workspace-count = { $council } { $count } پیشنهاد دارد.
editor-workspace-due = { $count } پیشنهاد وقت بررسی‌شان رسیده
editor-workspace-due-why = (بیشتر از { $years } سال بررسی نشده، یا هیچ وقت).
editor-workspace-none-due = وقت بررسی هیچ پیشنهادی نرسیده است.
editor-workspace-add = افزودن یک پیشنهاد
editor-workspace-import = به‌روزرسانی از یک جدول (spreadsheet)
editor-workspace-download = دانلود پیشنهادها (CSV)
editor-workspace-retired = پیشنهادهای کنار گذاشته شده
editor-workspace-filter = پیشنهادها را فلتر کنید
editor-workspace-search = در پیشنهادهای خود جستجو کنید
editor-workspace-category = بخش
editor-workspace-all-categories = همهٔ بخش‌ها
editor-workspace-due-only = فقط پیشنهادهایی که وقت بررسی‌شان رسیده
editor-workspace-show = نشان بده
editor-workspace-no-match = هیچ پیشنهادی مطابقت ندارد.
editor-line-facts = { $topic } · { $status } · { $ages } · آخرین بررسی { $reviewed } · نسخهٔ { $version }
editor-line-status = { $status ->
    [pilot] آزمایشی
    [planned] در پلان
    [ended] تمام شده
   *[available] موجود
}
editor-line-due = وقت بررسی رسیده
editor-line-review = بررسی شد، بدون تغییر
editor-line-history = تاریخچه
editor-line-history-of = از { $title }
editor-line-retire = کنار گذاشتن

editor-board-title = یادداشت‌ها روی جدول { $partnership }
editor-board-intro = یادداشت‌ها کنار وضعیت هر عضو در جدول { $partnership } می‌آیند: وضعیت همچنان از پیشنهادهای شوراها حساب می‌شود، و یادداشت می‌گوید هیئت چه چیز دیگری می‌داند. هر یادداشت با نام شما امضا و تاریخ‌دار می‌شود.
editor-board-page-link = صفحهٔ هیئت { $partnership }
editor-board-written = یادداشت‌های نوشته شده
editor-board-none = هنوز یادداشتی نیست.
editor-board-evidence = (ثبوت)
editor-board-signed = { $by }، { $date }.
editor-board-undated = بدون تاریخ
editor-board-change = تغییر این یادداشت
editor-board-change-on = دربارهٔ { $member }، { $item }
editor-board-write = یک یادداشت بنویسید
editor-board-member = شورای عضو
editor-board-item = مورد تضمین
editor-board-note = یادداشت
editor-board-note-hint = آنچه هیئت می‌داند، در یک یا دو جمله. برای پاک کردن یادداشت، آن را خالی بگذارید.
editor-board-evidence-label = ثبوت: یک آدرس ویب (اختیاری)
editor-board-save = ذخیرهٔ یادداشت
editor-board-saved = یادداشت ذخیره شد.
editor-board-changed = کسی از وقتی این صفحه را باز کردید یادداشت‌های هیئت را تغییر داده است: یادداشت شما در پایین است و هنوز ذخیره نشده. دوباره ذخیره کنید.
editor-board-problem = { $field }: { $problem }
editor-board-field-evidence = ثبوت
editor-board-field-page = صفحه
# -- end of the editors' workspace --

## Staff: an offer's form, its conflicts, history, retiring, the spreadsheet import (editor-*)

editor-field-id = شناسه (id)
editor-field-version = نسخه
editor-field-topic = موضوع
editor-field-category = بخش
editor-field-title = عنوان
editor-field-summary = خلاصه
editor-field-details = جزئیات
editor-field-status = وضعیت
editor-field-basis = اساس
editor-field-applies-to = برای چه کسی است
editor-field-age-from = از سن
editor-field-age-to = تا سن
editor-field-conditions = شرط‌ها
editor-field-value = ارزش
editor-field-value-amount-pounds = مقدار به پوند
editor-field-value-per = چند وقت یک بار
editor-field-value-count = تعداد
editor-field-value-percent = فیصدی
editor-field-value-note = یادداشت ارزش
editor-field-value-up-to = تا
editor-field-value-loan = قرضه
editor-field-how-to-access = چطور آن را بگیرید
editor-field-contact = تماس
editor-field-source = منبع
editor-field-source-document = سند منبع
editor-field-source-locator = کجای منبع
editor-field-source-url = آدرس ویب منبع
editor-field-source-date = تاریخ منبع
editor-field-source-read = تاریخ خواندن
editor-field-reviewed = آخرین بررسی
editor-field-council-tax = شرط‌های مالیهٔ شورا
editor-field-council-tax-relief = تخفیف مالیهٔ شورا
editor-field-council-tax-shared-households = در خانه‌های مشترک هم صدق می‌کند
editor-field-note = یادداشت خواندن
editor-field-delivery = توسط چه کسی داده می‌شود
editor-field-new-referrals-to = معرفی‌های تازه تا سن
editor-field-token = توکن
editor-field-reason = دلیل
editor-field-file = فایل جدول
editor-form-field-problem = { $field }: { $problem }
editor-form-field-value = { $field }: { $value }
editor-form-semicolon = { $first }؛ { $next }
editor-form-empty = (خالی)
editor-form-topic-code = { $topic } ({ $code })
editor-form-reach = { $reach ->
    [yes] بلی
    [ask] بپرسید
   *[no] نشان داده نمی‌شود
}
editor-form-applies-to-hint = این تعیین می‌کند که به جوانانِ بیرون‌شده از سرپرستی که از ساحهٔ یک شورا به شورای دیگر کوچ می‌کنند، چه گفته شود. «بلی» فقط تا وقتی نشان داده می‌شود که پیشنهاد موجود باشد.
editor-form-applies-to-effect = یک جوانِ بیرون‌شده از سرپرستی از شورای دیگر که این‌جا زندگی می‌کند، می‌بیند: { $other }. جوانِ خود شما که جای دیگر زندگی می‌کند، می‌بیند: { $elsewhere }. جوانِ خود شما که این‌جا زندگی می‌کند: { $here }.
editor-form-topic-hint = چه نوع کمک است. پیشنهادها در میان شوراها به اساس موضوع کنار هم گذاشته می‌شوند.
editor-form-topic-choose = یک موضوع انتخاب کنید
editor-form-conditions-hint = فقط چیزی را نشانی کنید که پیشنهاد لازم دارد. اگر هر کسی با سن درست می‌تواند آن را بگیرد، همه را خالی بگذارید.
editor-form-entitlement = { $title } – { $council }: { $answer }
editor-form-entitlement-worth = { $title } – { $council }: { $answer }، { $worth }
editor-form-preview-none = در این موضوع چیزی نیست
editor-form-preview-nothing = هیچ چیز
editor-form-preview-before = پیش از
editor-form-preview-after = پس از تغییر شما
editor-form-preview-topic = { $topic }: { $changed ->
    [yes] با تغییر شما عوض می‌شود
   *[no] بدون تغییر
}
editor-form-preview-living-in = زندگی در { $council }
editor-form-preview-after-moving = پس از کوچ به { $council }
editor-form-preview = پیش‌نمایش
editor-form-preview-title = آن‌چه جوانانِ بیرون‌شده از سرپرستی خواهند دید (هنوز ذخیره نشده)
editor-form-preview-intro = مقایسه در سن { $age }، پیش و پس از تغییر شما.
editor-form-preview-unchanged = تغییر شما در آن‌چه این‌جا می‌بینند، چیزی را عوض نمی‌کند.
editor-form-preview-moving-here = یک جوانِ بیرون‌شده از سرپرستی از { $from } که به { $to } کوچ می‌کند
editor-form-preview-moving-away = یکی از جوانانِ خود { $from } که به { $to } کوچ می‌کند
editor-form-preview-no-council = برای پیش‌نمایش یک کوچ، یک شورا را از فهرست انتخاب کنید.
editor-form-preview-failed = پیش‌نمایش با این شورا ساخته نمی‌شود: { $reason } شورای دیگری انتخاب کنید.
editor-form-status = { $status ->
    [available] اکنون موجود است
    [pilot] آزمایشی (pilot)
    [planned] در پلان، هنوز داده نشده
   *[ended] ختم شده
}
editor-form-per = { $per ->
    [once] یک بار
    [week] در هفته
    [month] در ماه
   *[year] در سال
}
editor-form-per-none = منظم نیست
editor-form-delivery = { $delivery ->
    [personal-adviser] مشاور شخصی
   *[local-service] یک ساختمان یا خدمت محلی در ساحه
}
editor-form-delivery-none = گفته نشده (موضوع آن تعیین می‌کند)
editor-form-relief = { $relief ->
    [full-exemption] معافیت کامل
    [discount] یک تخفیف
    [refund-on-claim] بپردازید، بعد پس گرفتن پول را درخواست کنید
   *[unstated] منبع نمی‌گوید
}
editor-form-relief-none = هیچ
editor-form-not-said = منبع نمی‌گوید
editor-form-yes = بلی
editor-form-no = نخیر
editor-form-basis = { $basis ->
    [statutory] قانونی: قانون آن را لازم می‌داند
   *[discretionary] اختیاری: شورا خودش تصمیم گرفت آن را بدهد
}
editor-form-add = یک پیشنهاد اضافه کنید
editor-form-change-label = پیشنهاد را تغییر دهید
editor-form-change-title = تغییر «{ $title }»
editor-form-hint-title = یک سطر که یک جوان آن را بشناسد، مثل «کمک پولی برای آماده کردن خانه».
editor-form-hint-summary = این چیست، در یک یا دو جملهٔ کوتاه.
editor-form-hint-details = اختیاری: هر چیز دیگری که یک جوان یا مشاورش باید بداند.
editor-form-hint-status = فقط پیشنهادی که موجود است به شکل «بلی» نشان داده می‌شود.
editor-form-ages = سن‌هایی که شامل می‌شود
editor-form-hint-age-from = 16 تا 25
editor-form-hint-age-to = تا این سن، همراه با خودش
editor-form-worth = ارزش (اختیاری)
editor-form-hint-amount = به پوند، مثل 2000 یا 12.50
editor-form-hint-count = مثل 100 سفر
editor-form-hint-percent = 1 تا 100
editor-form-up-to = این مقدار بیشترین چیزی است که کسی می‌گیرد («تا»): هرگز به مجموع اضافه نمی‌شود
editor-form-loan = این یک قرضه است که پس داده می‌شود
editor-form-hint-delivery = کمکی که مشاور شخصی می‌دهد، هر جا که جوان زندگی کند با او می‌رود؛ یک ساختمان یا خدمت محلی فقط به کسانی می‌رسد که آن‌جا زندگی می‌کنند.
editor-form-hint-new-referrals = اختیاری: بزرگ‌ترین سنی که هنوز معرفی‌های تازه را می‌پذیرد، اگر برای تازه‌واردهای بزرگ‌تر بسته است.
editor-form-hint-source-document = سندی که این پیشنهاد از آن آمده است، مثل پیشنهاد محلی (Local Offer) شما.
editor-form-hint-source-locator = بخش، صفحه یا پاراگراف.
editor-form-hint-source-url = اختیاری: با https:// شروع شود
editor-form-hint-source-date = اختیاری: تاریخ سند.
editor-form-hint-source-read = اختیاری: روزی که یک صفحهٔ ویب خوانده شد، برای صفحه‌هایی که تاریخ ندارند.
editor-form-hint-reviewed = روزی که شورا آخرین بار بررسی کرد که این پیشنهاد درست است. ذخیره کردن آن را امروز می‌گذارد، مگر این‌که این‌جا آن را تغییر دهید.
editor-form-council-tax = شرط‌های مالیهٔ شورا (فقط برای موضوع مالیهٔ شورا)
editor-form-hint-note = اختیاری: پیشنهاد چطور از منبعش خوانده شد، مثل ارزشی که از قانون می‌آید.
editor-form-preview-move = پیش‌نمایش یک کوچ
editor-form-preview-move-hint = پیش از ذخیره، ببینید به یک جوانِ بیرون‌شده از سرپرستی که میان شورای شما و این شورا کوچ می‌کند چه گفته می‌شود.
editor-form-preview-council = شورا
editor-form-preview-age = سن
editor-form-save = تغییر را ذخیره کنید
editor-form-add-button = پیشنهاد را اضافه کنید
editor-form-preview-button = پیش‌نمایش آن‌چه جوانان می‌بینند
editor-form-history-link = تاریخچهٔ این پیشنهاد
editor-form-retire-link = این پیشنهاد را کنار بگذارید
editor-form-back = برگشت به پیشنهادهای { $council }
editor-form-choose-council = یک شورا انتخاب کنید
editor-form-done-created = «{ $title }» اضافه شد.
editor-form-done-saved = تغییر شما در «{ $title }» ذخیره شد.
editor-form-done-merged = تغییر شما در «{ $title }» ذخیره شد. این هم نگه داشته شد: { $kept }، که وقتی شما تغییر می‌دادید ذخیره شد.
editor-form-done-reviewed = «{ $title }» امروز بدون تغییر بررسی‌شده نشانی شد.
editor-form-done-retired = «{ $title }» کنار گذاشته شد. تاریخچهٔ آن نگه داشته می‌شود.
editor-form-done-restored = «{ $title }» دوباره برگردانده شد: دوباره بخشی از پیشنهاد محلی است، همان‌طور که هنگام کنار گذاشتن بود.
editor-form-kept-by = { $count ->
    [one] تغییر { $who } در { $fields }
   *[other] تغییرهای { $who } در { $fields }
}
editor-conflict-someone = کسی
editor-conflict-unknown-date = یک تاریخ نامعلوم
editor-conflict-title = کس دیگری این پیشنهاد را پیش از شما ذخیره کرد
editor-conflict-intro = { $who } نسخهٔ { $version } را در { $when } ذخیره کرد، وقتی شما نسخهٔ { $base } را تغییر می‌دادید. هنوز چیزی ذخیره نشده، و هیچ چیزی که هر کدام شما نوشته‌اید گم نشده است.
editor-conflict-kept = بدون پرسیدن نگه داشته شد، چون فقط یکی از شما آن را تغییر داد: { $changes }.
editor-conflict-kept-theirs = تغییر او در { $fields }
editor-conflict-kept-mine = تغییر شما در { $fields }
editor-conflict-both = هر دوی شما { $fields } را تغییر دادید. برای هر کدام انتخاب کنید تغییر چه کسی بماند، بعد ذخیره کنید.
editor-conflict-form = انتخاب کنید کدام تغییرها بمانند
editor-conflict-save = این انتخاب‌ها را ذخیره کنید
editor-conflict-start-again = دوباره از نسخهٔ { $version } شروع کنید
editor-conflict-original = اصلی (نسخهٔ { $version }، جایی که شما شروع کردید)
editor-conflict-theirs = از او (نسخهٔ { $version }، ذخیره‌شده توسط { $who })
editor-conflict-yours = از شما (آن‌چه نوشتید)
editor-conflict-keep-theirs = تغییر او بماند
editor-conflict-keep-mine = تغییر من بماند
editor-conflict-not-fit = ارزش‌هایی که انتخاب کردید با هم جور نمی‌آیند. آن‌ها را در پایین درست کنید، بعد ذخیره کنید.
editor-history-title = تاریخچهٔ «{ $title }»
editor-history-retired-tag = کنار گذاشته شده
editor-history-retired-text = این پیشنهاد دیگر بخشی از پیشنهاد محلی شورا نیست.
editor-history-retired-link = پیشنهادهای کنار گذاشته شده، برای برگرداندن این یکی
editor-history-version = نسخهٔ { $version }: { $action ->
    [added] اضافه شد
    [retired] کنار گذاشته شد
    [reviewed] بدون تغییر بررسی شد
    [restored] دوباره برگردانده شد
   *[changed] تغییر داده شد
}
editor-history-by = توسط { $who } در { $when }.
editor-history-when = { $date } ساعت { $time } به وقت UTC
editor-history-reason = دلیل: { $reason }
editor-history-reviewed = بررسی شد و درست بود؛ آخرین بررسی اکنون { $date } است.
editor-history-changed = { $count ->
   *[other] { $count } بخش تغییر کرد:
}
editor-history-after = پس از
editor-retire-title = کنار گذاشتن «{ $title }»
editor-retire-intro = «{ $title }» دیگر به جوانانِ بیرون‌شده از سرپرستی نشان داده نمی‌شود. تاریخچهٔ آن، همراه با دلیل شما، می‌ماند.
editor-retire-reason = چرا کنار گذاشته می‌شود؟
editor-retire-reason-hint = برای مثال: کمک پولی تازه از اپریل 2026 جای آن را گرفت. حداکثر 1,000 حرف.
editor-retire-button = پیشنهاد را کنار بگذارید
editor-retire-keep = نگهش دارید
editor-retire-conflict = کسی این پیشنهاد را پس از باز کردن این صفحه توسط شما تغییر داد، پس کنار گذاشته نشد. اول دوباره آن را بخوانید؛ دلیل شما هنوز در پایین است.
editor-retire-page-title = پیشنهادهای کنار گذاشته شدهٔ { $council }
editor-retire-none = { $council } هیچ پیشنهاد کنار گذاشته شده ندارد.
editor-retire-list = { $council } { $count } پیشنهاد کنار گذاشته شده دارد. برگرداندن یکی، آن را همان‌طور که هنگام کنار گذاشتن بود برمی‌گرداند: دوباره برای همه نمایان است، و در جستجو. تاریخچهٔ آن ثبت می‌کند که چه کسی آن را برگرداند.
editor-retire-when = در { $when } توسط { $who } کنار گذاشته شد · نسخهٔ { $version }
editor-retire-restore = برگرداندن
editor-retire-history = تاریخچه
editor-retire-history-of = از { $title }
editor-import-title = { $council }: به‌روز کردن پیشنهادها از یک جدول
editor-import-check-title = { $council }: بررسی جدول
editor-import-done-page-title = { $council }: جدول وارد شد
editor-import-the-file = فایل
editor-import-intro = پیشنهادهای خود را به شکل جدول بار کنید، یک سطر برای هر پیشنهاد. تا وقتی نبینید چه چیزی تغییر می‌کند و قبول نکنید، چیزی تغییر نمی‌کند.
editor-import-download-offers = پیشنهادهای فعلی خود را دانلود کنید (CSV)
editor-import-download-offers-then = : آن‌ها را تغییر دهید و فایل را دوباره بار کنید.
editor-import-download-template = نمونه را دانلود کنید (CSV)
editor-import-download-template-then = : ستون‌ها و یک سطر مثال.
editor-import-file-hint = یک فایل .csv (ذخیره‌شده به شکل CSV UTF-8) یا .xlsx، حداکثر 5 MB و 2,000 سطر.
editor-import-retire-missing = پیشنهادهایی را که در فایل نیستند کنار بگذارید
editor-import-retire-missing-hint = فقط اگر فایل همهٔ پیشنهاد محلی شما است.
editor-import-check = فایل را بررسی کنید
editor-import-columns = ستون‌ها
editor-import-columns-intro = سطر اول نام ستون‌ها را می‌گوید، به هر ترتیبی؛ هر ستون باید باشد. سطرهای بدون id با پیشنهادی که همان موضوع و عنوان را دارد جور می‌شوند.
editor-import-columns-region = ستون‌های جدول
editor-import-columns-caption = ستون‌های جدول پیشنهادها
editor-import-column = ستون
editor-import-what = چه بنویسید
editor-import-doc-id = شناسهٔ پیشنهاد، همان‌طور که ثبت آن را داد. برای پیشنهاد تازه خالی بگذارید؛ سطر بدون id با پیشنهادی که همان موضوع و عنوان را دارد جور می‌شود.
editor-import-doc-version = نسخه‌ای که سطر در آن صادر شد. اگر نوشته شود، سطری برای پیشنهادی که از آن وقت کسی تغییرش داده، رد می‌شود تا تغییر او پاک نشود. برای پیشنهاد تازه خالی بگذارید.
editor-import-doc-topic = یک موضوع از واژه‌نامه (GET /api/v1/topics)، مثلاً council-tax، wifi، setting-up-home-grant.
editor-import-doc-category = بخش موضوع؛ می‌تواند خالی بماند، آن‌وقت از موضوع گرفته می‌شود.
editor-import-doc-title = یک عنوان کوتاه، یک سطر، حداکثر 200 حرف.
editor-import-doc-summary = این چیست، در یک یا دو جمله که یک جوان بفهمد (حداکثر 1,000 حرف).
editor-import-doc-details = اختیاری: جزئیات بیشتر (حداکثر 10,000 حرف).
editor-import-doc-status = available، pilot، planned یا ended.
editor-import-doc-basis = statutory (قانون آن را لازم می‌داند) یا discretionary (شورا خودش تصمیم گرفت آن را بدهد).
editor-import-doc-applies-to = own_care_leavers_anywhere، own_care_leavers_in_area، any_care_leaver_in_area، یا unstated وقتی منبع نمی‌گوید.
editor-import-doc-age-from = کوچک‌ترین سنی که شامل می‌شود، 16 تا 25.
editor-import-doc-age-to = بزرگ‌ترین سنی که شامل می‌شود (همراه با خودش)، 16 تا 25.
editor-import-doc-conditions = اختیاری: حالت‌هایی که لازم دارد، جدا شده با نقطه‌ویرگول (;)، مثلاً in_higher_education; young_parent.
editor-import-doc-value-amount-pounds = اختیاری: یک مقدار به پوند، مثل 2000 یا 12.50.
editor-import-doc-value-per = همراه با مقدار یا تعداد: once، week، month یا year.
editor-import-doc-value-count = اختیاری: تعداد چیزها، مثل 100 سفر.
editor-import-doc-value-percent = اختیاری: یک فیصدی از 1 تا 100، مثل 100 برای معافیت کامل.
editor-import-doc-value-note = اختیاری: هر چیز دیگری دربارهٔ ارزش، با کلمه‌ها.
editor-import-doc-value-up-to = yes وقتی مقدار بیشترین چیزی است که کسی می‌گیرد ("up to £2,000")؛ در غیر آن خالی. چنین مقدارها هرگز به مجموع اضافه نمی‌شوند.
editor-import-doc-value-loan = yes وقتی پول قرض داده می‌شود و باید پس داده شود؛ در غیر آن خالی.
editor-import-doc-how-to-access = اختیاری: یک جوان چطور آن را می‌گیرد.
editor-import-doc-contact = اختیاری: با چه کسی تماس بگیرد.
editor-import-doc-source-document = سندی که پیشنهاد از آن آمده است.
editor-import-doc-source-locator = بخش، صفحه یا پاراگراف.
editor-import-doc-source-url = اختیاری: یک آدرس ویب که با https:// یا http:// شروع شود.
editor-import-doc-source-date = اختیاری: تاریخ سند، یا تاریخی که یک صفحهٔ ویب نشان می‌دهد، به شکل YYYY-MM-DD.
editor-import-doc-source-read = اختیاری: روزی که منبع خوانده شد، به شکل YYYY-MM-DD (برای صفحه‌های ویب).
editor-import-doc-reviewed = اختیاری: تاریخی که شورا آخرین بار پیشنهاد را بررسی کرد، به شکل YYYY-MM-DD.
editor-import-doc-council-tax-relief = فقط برای موضوع council-tax: full_exemption، discount، refund_on_claim یا unstated.
editor-import-doc-council-tax-shared-households = فقط برای موضوع council-tax: yes، no، یا خالی وقتی منبع نمی‌گوید.
editor-import-doc-note = اختیاری: ریکارد چطور از منبعش خوانده شد (حداکثر 1,000 حرف).
editor-import-doc-delivery = اختیاری: personal_adviser (کمکی که مشاور شخصی می‌دهد و هر جا که جوان زندگی کند با او می‌رود) یا local_service (یک ساختمان، خدمت محلی یا ثبت در ساحه، فقط برای کسانی که آن‌جا زندگی می‌کنند).
editor-import-doc-new-referrals-to = اختیاری: بزرگ‌ترین سنی که خدمت هنوز معرفی‌های تازه را می‌پذیرد، اگر برای تازه‌واردهای بزرگ‌تر از آن بسته است.
editor-import-problem = { $count ->
    [one] یک مشکل وجود دارد: 1 خطا در { $file }
   *[other] یک مشکل وجود دارد: { $count } خطا در { $file }
}
editor-import-nothing-imported = چیزی وارد نشد. این خانه‌ها را درست کنید و فایل را دوباره بار کنید.
editor-import-problems-region = مشکل‌ها در فایل
editor-import-problems-caption = مشکل‌ها، به اساس سطر و ستون
editor-import-row = سطر
editor-import-wrong = چه چیزی غلط است
editor-import-whole-file = همهٔ فایل
editor-import-would-do = وارد کردن { $file } چه خواهد کرد
editor-import-summary = { $add } برای اضافه کردن، { $change } برای تغییر، { $retire } برای کنار گذاشتن، { $unchanged } بدون تغییر
editor-import-add = اضافه کردن ({ $count })
editor-import-change = تغییر ({ $count })
editor-import-retire = کنار گذاشتن ({ $count })
editor-import-unchanged = بدون تغییر ({ $count })
editor-import-row-title = سطر { $row }: «{ $title }»
editor-import-row-changes = سطر { $row }: «{ $title }»:
editor-import-was-becomes = { $field }: { $before } بود، { $after } می‌شود
editor-import-no-row = «{ $title }»: هیچ سطری آن را ندارد
editor-import-all-or-none = همه‌اش یک‌جا اجرا می‌شود، یا هیچ‌کدام.
editor-import-apply = این تغییرها را اجرا کنید
editor-import-cancel = لغو
editor-import-another = یک فایل دیگر بار کنید
editor-import-back = برگشت به پیشنهادها
editor-import-none-retired = هر پیشنهاد فعلی در فایل است: هیچ‌کدام کنار گذاشته نمی‌شود.
editor-import-changed = پیشنهادها پس از بررسی فایل توسط شما تغییر کردند، پس چیزی وارد نشد. این کاری است که وارد کردن آن اکنون می‌کند: بررسی‌اش کنید، بعد دوباره اجرا کنید.
editor-import-done-title = جدول وارد شد
editor-import-done = { $created } اضافه شد، { $updated } تغییر کرد، { $retired } کنار گذاشته شد. هر تغییر یک نسخهٔ تازه در تاریخچهٔ پیشنهاد است.

# -- end of the offer form and import --

## Staff: covenant registration and moderation, people and tokens (covenant-*, people-*)

# ---- Covenant: the names of a form's fields

covenant-problem-named = { $field }: { $problem }
covenant-optional = { $label } (اختیاری)
covenant-field-name = نام
covenant-field-kind = نوع سازمان
covenant-field-website = ویب‌سایت
covenant-field-contact-email = ایمیل تماس
covenant-field-statement = بیانیهٔ نیت
covenant-field-topic = موضوع
covenant-field-title = عنوان
covenant-field-summary = خلاصه
covenant-field-details = جزئیات
covenant-field-coverage = کجا اعتبار دارد
covenant-field-age-from = از سن
covenant-field-age-to = تا سن
covenant-field-places = تعداد جاها
covenant-field-how-to-apply = چطور درخواست بدهید
covenant-field-closes = تاریخ ختم
covenant-field-reason = دلیل
covenant-field-token = توکن

# ---- Covenant: registering an organisation

covenant-register-title = به عنوان امضاکنندهٔ پیمان ثبت نام کنید
covenant-register-intro = به ما بگویید که هستید. یک ناظر هر سازمان را پیش از آن که تعهدهایش به جوانانِ بیرون‌شده از سرپرستی نشان داده شود، بررسی می‌کند.
covenant-label-name = نام سازمان
covenant-kind-choose = یکی را انتخاب کنید
covenant-kind-employer = کارفرما
covenant-kind-university = پوهنتون
covenant-kind-college = کالج
covenant-kind-charity = مؤسسهٔ خیریه
covenant-kind-government-department = ادارهٔ دولتی
covenant-kind-public-body = نهاد عامهٔ دیگر
covenant-kind-other = دیگر
covenant-hint-website = با https:// یا http:// شروع می‌شود
covenant-hint-contact-email = تنها ناظران این را می‌بینند.
covenant-hint-statement = آنچه سازمان شما می‌خواهد برای جوانانِ بیرون‌شده از سرپرستی انجام دهد.
covenant-register-button = ثبت نام
covenant-registered-title = ثبت نام شد
covenant-registered-page-heading = شما ثبت نام شده‌اید
covenant-registered-heading = { $organisation } ثبت نام شد
covenant-registered-check = یک ناظر سازمان شما را پیش از آن که چیزی از تعهدهای شما نشان داده شود، بررسی می‌کند.
covenant-token-keep = از این توکن برای نوشتن و مدیریت تعهدهای خود استفاده کنید. همین حالا آن را کاپی کنید و در جای امن نگه دارید: ما نمی‌توانیم آن را دوباره نشان دهیم، و هر کسی که آن را داشته باشد می‌تواند تعهدهای شما را تغییر دهد.
covenant-go-to-pledges = به تعهدهای خود بروید

# ---- Covenant: the form that asks for a token

covenant-your-token = توکن شما
covenant-token-hint = با { $prefix } شروع می‌شود
covenant-continue = ادامه
covenant-pledges-intro = توکنی را وارد کنید که هنگام ثبت نام سازمان‌تان به شما داده شد.
covenant-moderation-intro = توکن ناظر خود را وارد کنید.
covenant-log-token-intro = برای خواندن تصمیم‌های گرفته‌شده، توکن ناظر خود را وارد کنید.
covenant-token-missing = توکن خود را وارد کنید.
covenant-token-unknown = این توکن شناخته‌شده نیست، یا لغو شده است.
covenant-token-not-signatory = این توکنِ یک امضاکنندهٔ پیمان نیست.
covenant-token-not-moderator = این توکنِ یک ناظر نیست.

# ---- Covenant: a signatory's pledges and the pledge form

covenant-your-pledges = تعهدهای شما
covenant-verified-note = تأیید شده: تعهدهای نشرشدهٔ شما به جوانانِ بیرون‌شده از سرپرستی نشان داده می‌شوند.
covenant-pending-note = منتظر است که یک ناظر سازمان شما را تأیید کند. تا آن وقت هیچ چیزی به مردم نشان داده نمی‌شود.
covenant-no-pledges = شما هنوز هیچ تعهدی ننوشته‌اید.
covenant-status-pending = منتظر ناظر
covenant-status-published = نشر شده
covenant-status-withdrawn = پس گرفته شده
covenant-status-rejected = پذیرفته نشد
covenant-moderator-reason = دلیل ناظر: { $reason }
covenant-change-waiting = تغییر شما منتظر ناظر است. تا آن وقت مردم متن زیر را می‌بینند.
covenant-change-pledge = «{ $title }» را تغییر دهید
covenant-withdraw-pledge = «{ $title }» را پس بگیرید
covenant-pledge-facts = سن { $from } تا { $to }. کجا: { $where }.
covenant-pledge-places = { $count } جا.
covenant-everywhere-in-list = همه جای انگلستان
covenant-pledge-change-heading = این تعهد را تغییر دهید
covenant-pledge-new-heading = یک تعهد تازه بنویسید
covenant-topic-choose = یک موضوع انتخاب کنید
covenant-hint-summary = یک یا دو جمله که یک جوان بتواند بفهمد.
covenant-everywhere = همه جای انگلستان
covenant-choose-councils = شوراها را انتخاب کنید
covenant-send-change = تغییر را برای بررسی بفرستید
covenant-send = برای بررسی بفرستید
covenant-notice-sent = تعهد شما برای یک ناظر فرستاده شد. پس از نشر شدن نشان داده می‌شود.
covenant-notice-change-sent = تغییر شما برای یک ناظر فرستاده شد.
covenant-notice-withdrawn = تعهد پس گرفته شد.

# ---- Covenant: moderation

covenant-moderation-title = نظارت
covenant-log-button = دفتر نظارت: تصمیم‌های گرفته‌شده
covenant-organisations-to-verify = سازمان‌ها برای تأیید ({ $count })
covenant-none-waiting = هیچ چیزی منتظر نیست.
covenant-organisation-facts = { $kind } · { $website } · { $email }
covenant-no-website = بدون ویب‌سایت
covenant-no-email = بدون ایمیل
covenant-verify = { $name } را تأیید کنید
covenant-pledges-to-decide = تعهدها برای تصمیم ({ $count })
covenant-pledge-from = از { $organisation } · { $what ->
    [change] تغییری در یک تعهد نشرشده
   *[new] یک تعهد تازه
}
covenant-published-now = آنچه حالا نشر شده: «{ $title }»
covenant-publish = «{ $title }» را نشر کنید
covenant-reject-reason = دلیل نپذیرفتن «{ $title }»
covenant-reject = نپذیرید
covenant-notice-verified = { $name } تأیید شد.
covenant-notice-published = «{ $title }» نشر شد.
covenant-notice-rejected = «{ $title }» پذیرفته نشد؛ سازمان می‌تواند دلیل را ببیند.
covenant-give-reason = برای نپذیرفتن تعهد دلیلی بدهید: { $problem }

# ---- Covenant: the moderation log

covenant-log-title = دفتر نظارت
covenant-log-none = هنوز هیچ تصمیمی گرفته نشده است.
covenant-log-no-older = تصمیم قدیمی‌تری نیست.
covenant-log-intro = تصمیم‌های { $first } تا { $last }، تازه‌ترین اول ({ $per } در هر صفحه). هر کدام در تاریخچهٔ تعهد یا سازمان خود امضا شده است.
covenant-log-label = تصمیم‌های نظارت
covenant-log-caption = تصمیم‌های نظارت، صفحهٔ { $page }
covenant-log-when = چه وقت
covenant-log-who = چه کسی
covenant-log-decision = تصمیم
covenant-log-about = دربارهٔ
covenant-log-at = { $date } ساعت { $time } به وقت جهانی (UTC)
covenant-decision-published = نشر شد
covenant-decision-rejected = رد شد: { $reason }
covenant-decision-edit-rejected = تغییر رد شد (تعهد نشرشده می‌ماند): { $reason }
covenant-decision-verified = تأیید شد
covenant-log-pledge = تعهد «{ $title }» ({ $id }) از { $organisation }
covenant-log-organisation = سازمان { $name } ({ $id })
covenant-log-newer = تصمیم‌های تازه‌تر
covenant-log-older = تصمیم‌های قدیمی‌تر
covenant-log-back = برگشت به آنچه منتظر ناظر است

# ---- People and their tokens

people-field-role = نقش
people-field-authority = شورا
people-field-organisation = سازمان
people-field-partnership = همکاری شوراها
people-field-name = نام
people-field-email = آدرس ایمیل
people-field-lang = زبان نامه‌ها
people-field-expires-in-days = ختم می‌شود پس از
people-field-form = دعوت
people-problem-named = { $field }: { $problem }
people-role-token = توکن
people-only-admin = تنها مدیر سیستم می‌تواند ببیند و تغییر دهد که چه کسی توکن دارد.
people-group-staff = ناظران و مدیران سیستم
people-no-one-named = بدون نام
people-state-revoked = لغو شده در { $date }
people-state-expired = ختم شده در { $date }
people-state-live-until = فعال تا { $date }
people-state-live = فعال
people-yours = مال شما: یک مدیر سیستم دیگر می‌تواند آن را لغو کند.
people-revoke-label = لغو توکن { $who } { $id }
people-revoke = لغو
people-revoked-notice = توکن { $id } لغو شد. این توکن، و هر نشستی که با آن وارد شده، دیگر کار نمی‌کند.
people-intro = هر کسی که توکن دارد، و آنچه توکن به او اجازه می‌دهد. تغییر در اینجا فوراً کار می‌کند: توکن لغوشده، و هر نشستی که با آن وارد شده، در درخواست بعدی‌اش از کار می‌افتد.
people-filter-label = افراد را فیلتر کنید
people-filter-for = افراد را نشان دهید برای
people-everyone = همه
people-councils = شوراها
people-partnerships = همکاری‌های شوراها
people-organisations = سازمان‌ها
people-show = نشان بده
people-none = هنوز هیچ کسی برای این توکن ندارد.
people-tokens-label = توکن‌ها: { $group }
people-col-person = شخص
people-col-role = نقش
people-col-token-id = شناسهٔ توکن
people-col-created = ساخته شده
people-col-state = وضعیت
people-col-action = اقدام
people-invite-heading = کسی را دعوت کنید
people-invite-intro = توکن تازه فوراً کار می‌کند. یک بار، در صفحهٔ بعدی، نشان داده می‌شود تا آن را از راه امن به آن شخص بدهید.
people-choose-role = یک نقش انتخاب کنید
people-choose-none = هیچ
people-hint-authority = برای ویرایشگر شورا: شورایی که پیشنهادهایش را به‌روز نگه می‌دارد.
people-hint-partnership = برای عضو هیئت: همکاری شوراها که او در هیئتش است.
people-hint-organisation = برای امضاکنندهٔ پیمان: سازمانی که تعهدهایش را مدیریت می‌کند.
people-label-name = نام او
people-hint-name = هر تغییری که انجام دهد با این نام امضا می‌شود.
people-label-email = آدرس ایمیل او
people-hint-email = برای آنچه فهرست ثبت باید به او بگوید؛ هرگز به مردم نشان داده نمی‌شود.
people-label-lang = زبان نامه‌های او
people-hint-lang = ایمیل‌هایی که فهرست ثبت برای او می‌فرستد به این زبان نوشته می‌شوند.
people-label-expires-in-days = پس از این تعداد روز ختم می‌شود (اختیاری)
people-hint-expires-in-days = از 1 تا 3650. برای توکنی که تا لغو شدن کار می‌کند، خالی بگذارید.
people-invite-button = دعوت کنید و توکن او را بسازید

# ---- A new token, shown once

people-token-made-title = توکن ساخته شد
people-invited-who = { $name }، { $role } برای { $place }
people-invited-who-staff = { $name }، { $role }
people-someone = کسی
people-invited = یک توکن برای { $who } ساخته شد. حالا کار می‌کند.
people-their-token = توکن او
people-their-token-hint = همین حالا کاپی کنید: تنها همین یک بار نشان داده می‌شود، و فهرست ثبت تنها یک اثر انگشت از آن نگه می‌دارد. اگر گم شد، آن را لغو کنید و او را دوباره دعوت کنید.
people-how-heading = چطور از آن استفاده کند
people-how-browser = در مرورگر: { $path } را در این سایت باز کند و توکن را وارد کند.
people-how-api = با API: آن را به شکل { $header } بفرستد.
people-how-give = آن را از راه امن بدهید (نه در همان ایمیلی که آدرس این سایت در آن است)، و از او بخواهید آن را مثل رمز عبور نگه دارد.
people-stops = پس از { $date } کار نمی‌کند.
people-works-until-revoked = تا وقتی لغو نشود کار می‌کند.
people-its-id = شناسهٔ آن { $id } است: آن را از فهرست افراد لغو کنید.
people-back = برگشت به افراد و توکن‌ها
# -- end of covenant and people --

## Feeds (feed-*)

feed-authority-title = { $council }: تغییرها در پیشنهاد محلی (Local Offer) آن برای جوانانِ بیرون‌شده از سرپرستی
feed-authority-subtitle = پیشنهادهایی که { $council } اضافه کرد، تغییر داد یا کنار گذاشت، اول تازه‌ترین، از { -brand }.
feed-partnership-title = { $partnership }: تضمین آن و پیشنهادهای شوراهای آن
feed-partnership-subtitle = تغییرها در تضمین { $partnership } و در پیشنهادهای شوراهای عضو آن، اول تازه‌ترین، از { -brand }.
feed-topic-title = { $topic }: تغییرها در شوراها و در تعهدها (Care Leaver Covenant)
feed-topic-subtitle = پیشنهادهای شوراها و تعهدهای (Care Leaver Covenant) دربارهٔ { $topic }، اول تازه‌ترین، از { -brand }.
feed-pledges-title = تعهدهای (Care Leaver Covenant): نشر شده و پس گرفته شده
feed-pledges-subtitle = تعهدهایی که سازمان‌ها زیر (Care Leaver Covenant) نشر کردند، تغییر دادند یا پس گرفتند، اول تازه‌ترین، از { -brand }.
feed-quoted = «{ $text }»
feed-ages = { $from } تا { $to }
feed-offer-new-title = { $council }: پیشنهاد تازه { $title }
feed-offer-changed-title = { $council }: { $title } تغییر کرد
feed-offer-retired-title = { $council }: { $title } کنار گذاشته شد
feed-offer-restored-title = { $council }: { $title } دوباره آمد
feed-offer-new = تازه در پیشنهاد محلی (Local Offer) { $council }: { $title }. { $summary } برای { $whom }، سن { $ages }.
feed-offer-worth = ارزش آن: { $value }.
feed-offer-status-note = { $status ->
    [pilot] این یک آزمایش (pilot) است: شاید به همه نرسد.
    [planned] این در پلان است: هنوز موجود نیست.
   *[ended] این ختم شده است.
}
feed-offer-retired = { $council } { $title } را کنار گذاشت: دیگر بخشی از پیشنهاد محلی (Local Offer) آن نیست.
feed-offer-restored = { $council } { $title } را دوباره به پیشنهاد محلی (Local Offer) خود آورد، همان‌طور که وقت کنار گذاشتن بود.
feed-offer-same = { $council } { $title } را دوباره ذخیره کرد، بدون تغییر در آنچه می‌گوید.
feed-changed = { $who } این‌ها را تغییر داد: { $changes }.
feed-change-title = عنوان (حالا { $title })
feed-change-topic = موضوع (حالا { $topic })
feed-change-summary = خلاصه
feed-change-details = جزئیات
feed-change-status = وضعیت (حالا { $status ->
    [pilot] آزمایشی
    [planned] در پلان
    [ended] ختم شده
   *[available] موجود
})
feed-change-basis = اساس آن (حالا { $basis ->
    [statutory] قانون آن را لازم می‌داند
   *[discretionary] انتخاب شورا
})
feed-change-whom = برای چه کسی است (حالا { $whom })
feed-change-ages = سن‌ها (حالا { $ages })
feed-change-conditions = شرط‌ها (حالا { $conditions })
feed-conditions-none = هیچ شرطی نیست
feed-conditions-only = فقط اگر شما { $circumstances } باشید
feed-change-value = ارزش (حالا { $value })
feed-value-not-stated = گفته نشده
feed-change-council-tax = شرط‌های مالیهٔ شورا (Council Tax)
feed-change-how-to-access = چطور آن را بگیرید
feed-change-contact = تماس
feed-change-source = منبع
feed-change-reviewed = تاریخ بررسی (حالا { $date })
feed-change-reviewed-none = تاریخ بررسی (حالا هیچ)
feed-change-note = یادداشت خواندن
feed-change-coverage = کجا اعتبار دارد
feed-change-places = تعداد جاها (حالا { $places })
feed-change-places-none = تعداد جاها (حالا گفته نشده)
feed-change-how-to-apply = چطور درخواست بدهید
feed-change-closes = تاریخ ختم (حالا { $date })
feed-change-closes-none = تاریخ ختم (حالا هیچ)
feed-pledge-new-title = { $organisation }: تعهد تازه { $title }
feed-pledge-changed-title = { $organisation }: { $title } تغییر کرد
feed-pledge-withdrawn-title = { $organisation }: { $title } پس گرفته شد
feed-pledge-new = { $organisation } زیر (Care Leaver Covenant) تعهد { $title } را داد. { $summary } برای جوانانِ بیرون‌شده از سرپرستی، سن { $ages }.
feed-pledge-withdrawn = { $organisation } تعهد (Care Leaver Covenant) خود { $title } را پس گرفت.
feed-pledge-same = { $organisation } { $title } را دوباره نشر کرد، بدون تغییر در آنچه می‌گوید.
feed-partnership-published-title = { $partnership }: تضمین نشر شد
feed-partnership-published = { $partnership } روی یک تضمین برای جوانانِ بیرون‌شده از سرپرستی در شوراهای خود توافق کرد. تعداد موردها: { $items }. تعداد شوراها: { $councils }.
feed-partnership-changed-title = { $partnership }: تغییر کرد
feed-partnership-guarantee-changed-title = { $partnership }: تضمین تغییر کرد
feed-partnership-same = { $partnership } ریکارد خود را دوباره ذخیره کرد، بدون تغییر.
feed-item-added = { $title } اضافه شد
feed-item-changed = { $title } تغییر کرد
feed-item-removed = { $title } حذف شد
feed-change-guarantee = تضمین ({ $items })
feed-change-members = عضوها (حالا { $count } شورا)
feed-change-notes = یادداشت‌ها روی جدول
feed-change-its-details = معلومات آن
# -- end of feeds --

## Letters (letter-*)

letter-pledge-published-subject = تعهد شما نشر شد: { $title }
letter-pledge-published = یک ناظر پیمان تعهد «{ $title }» از { $organisation } را نشر کرد.
letter-pledge-published-found = اکنون جوانان ترک‌کنندهٔ سرپرستی و مشاوران‌شان می‌توانند آن را در { -brand } پیدا کنند. تعهدهای خود را اینجا ببینید و تغییر دهید (با توکن امضاکنندهٔ خود):
letter-pledge-rejected-subject = تعهد شما نشر نشد: { $title }
letter-pledge-rejected = یک ناظر پیمان تعهد «{ $title }» از { $organisation } را نشر نکرد.
letter-pledge-rejected-reason = دلیلی که ناظر گفت:
letter-pledge-rejected-no-reason = ناظر دلیلی نگفت.
letter-pledge-rejected-again = می‌توانید تعهد را تغییر دهید و دوباره اینجا بفرستید (با توکن امضاکنندهٔ خود):
letter-waiting-organisation-subject = یک سازمان منتظر بررسی است: { $organisation }
letter-waiting-organisation = { $organisation } برای دادن تعهدهای پیمان ثبت نام کرده است.
letter-waiting-pledge-subject = یک تعهد منتظر نظارت است: { $title }
letter-waiting-pledge = { $organisation } یک تعهد نو فرستاده است: «{ $title }».
letter-waiting-edit-subject = تغییر یک تعهد منتظر نظارت است: { $title }
letter-waiting-edit = { $organisation } تعهد نشرشدهٔ خود «{ $title }» را تغییر داده است.
letter-waiting-queue = صف نظارت (با توکن ناظر خود):
letter-review-subject = { $council }: { $count } پیشنهاد وقت بررسی‌شان رسیده
letter-review-intro = این پیشنهادهای { $council } مدت زیادی بررسی نشده‌اند. جوانان ترک‌کنندهٔ سرپرستی آن‌ها را امروز درست می‌دانند: لطفاً هر کدام را با پیشنهاد محلی (Local Offer) خود مقایسه کنید، و آن را تغییر دهید یا بررسی‌شده علامت بزنید.
letter-review-item = { $title } ({ $reviewed })
letter-review-never = هیچ وقت بررسی نشده
letter-review-last = آخرین بررسی { $date }
letter-review-all = همهٔ پیشنهادهای شما که وقت بررسی‌شان رسیده:
letter-token-subject = یک توکن نو برای { -brand }
letter-token = کسی برای این آدرس یک توکن نو { -brand } خواسته است. اگر شما بودید، این لینک را در { $minutes } دقیقه باز کنید؛ یک بار کار می‌کند، و توکن کهنهٔ شما وقتی توکن نو را بگیرید دیگر کار نمی‌کند:
letter-token-not-you = اگر شما نبودید، لازم نیست کاری کنید: توکن شما تغییر نکرده است.
# -- end of letters --
