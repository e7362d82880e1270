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
# A circumstance reads after "only if you are": keep it a phrase, not a sentence.
category-health-and-wellbeing = Health and wellbeing
category-relationships = Relationships
category-education-and-training = Education and training
category-employment = Work
category-accommodation = Somewhere to live
category-participation = Being part of the community
category-money = Money
topic-council-tax = Council tax help
topic-setting-up-home-grant = Setting-up-home grant
topic-birthday-allowance = Birthday and festival money
topic-emergency-fund = Emergency money
topic-credit-union = Credit union savings
topic-bank-account = Bank account
topic-benefits-advice = Help with benefits
topic-tv-licence = TV licence
topic-home-insurance = Home contents insurance
topic-wifi = Wifi and internet
topic-housing-priority = Priority for council housing
topic-local-connection = Local connection for housing
topic-rent-guarantor = Rent guarantor and deposit
topic-supported-accommodation = Supported housing
topic-staying-put = Staying Put with foster carers
topic-trainer-flat = Training flat
topic-rent-first-weeks = Rent paid for the first weeks
topic-furniture-package = Furniture and household goods
topic-mental-health = Mental health support
topic-health-passport = Your health history
topic-prescriptions = Free prescriptions
topic-dental-and-optical = Dentist and glasses
topic-leisure = Free or cheap leisure
topic-personal-adviser = Personal adviser
topic-mentoring = Mentoring
topic-drop-in-hub = Drop-in hub
topic-celebration = Celebrating achievements
topic-family-time = Keeping in touch with family
topic-higher-education-bursary = University bursary
topic-further-education-bursary = College bursary
topic-careers-advice = Careers advice
topic-driving-lessons = Driving lessons
topic-apprenticeships = Apprenticeships
topic-work-experience = Work experience
topic-internships = Internships
topic-jobcentre-protocol = Jobcentre support
topic-advocacy = Advocacy
topic-participation = Have your say
topic-legal-advice = Legal advice
topic-id-documents = ID documents
topic-travel = Travel help
circumstance-in-education-or-training = in education or training
circumstance-in-higher-education = at university or in higher education
circumstance-in-apprenticeship = doing an apprenticeship
circumstance-in-employment = in work
circumstance-young-parent = a parent
circumstance-pregnant = pregnant
circumstance-unaccompanied-asylum-seeking = an unaccompanied asylum-seeking young person
circumstance-disabled = disabled
circumstance-in-own-tenancy = renting a home as a tenant
circumstance-in-custody = in custody
circumstance-not-in-employment = not working (less than an hour a week)
circumstance-not-in-custody = not in prison or custody
circumstance-right-to-work-in-uk = allowed to work in the UK
circumstance-living-in-or-near-area = living in or near the council's area
circumstance-not-on-zero-hours-contract = not on a zero-hours contract
circumstance-sufficient-income = earning enough to meet the conditions
circumstance-registered-with-local-gp = registered with a GP in the council's area
circumstance-eligible = 16 or 17 and still in care (an "eligible" care leaver)
circumstance-relevant = 16 or 17 and have left care (a "relevant" care leaver)
circumstance-former-relevant = 18 or over and were in care for 13 weeks or more after 14, including at 16 or 17 (a "former relevant" care leaver, as most are)
circumstance-qualifying = under 21 and were in care for a shorter time after 16 (a "qualifying" care leaver)
circumstance-not-in-education-employment-or-training = not in education, work or training

# -- end of Vocabulary --

## The widget's frame (widget-*)

widget-without-javascript = View without JavaScript
widget-about = Information from Offer Atlas, a list of what councils offer care leavers.
widget-mirror-made = From a copy of Offer Atlas made on { $when }. It changes only when someone makes a new copy.
widget-mirror-cannot = This copy of Offer Atlas cannot do this without its server.
widget-read-offer = Read the council's offer
widget-open = Open Offer Atlas
widget-mirror-compare-failed = We could not compare from this copy of Offer Atlas. Please try again later.

# -- end of the widget's frame --
