"""English rules (translated reports). Windows are lower-cased; English has no measure words,
so rules read the noun phrase after the number (`after`) or the words before it (`before`)."""

from __future__ import annotations

from etl import qualifiers
from etl.extract.rule import Rule
from etl.extract.text import EN_MONTHS

# the school people counted are of, named after them: "36 member teachers of Huaibei No. 1 Middle School worked …"
_OF_THEIR_SCHOOL = r"(?: (?:of|from) [^;,]{1,60}?)?"
# turns taken as volunteers of a post or a service: 'took turns at the school gate every morning as "road safety
# volunteers"'
_TOOK_TURNS_AS_VOLUNTEERS = r"took turns\b[^.;]{0,60}?\bas [\"“]?(?:[a-z-]+ ){0,3}?volunteers\b"
# the public a service is for (not the school's own pupils or staff)
# (or those who work outdoors for the public: "sanitation workers", "delivery riders")
_OUTDOOR_WORKERS = r"(?:sanitation workers|street cleaners|delivery riders|couriers)"
# (and those given what members made for them, the police on the road too: "made dumplings and gave them to 25 sanitation
# workers")
_WORKERS_OUT_OF_DOORS = r"(?:sanitation workers|street cleaners|cleaners|couriers|delivery (?:workers|riders)|traffic police)"
# things the members made, then handed to people: "made moon cakes and gave them to"
_AND_GAVE_THEM_TO = r"\band (?:gave|handed|delivered|took) them to"
_THE_PUBLIC_SERVED = (r"(?:residents|villagers|neighbou?rs|seniors|elderly|the elderly|elderly people|passers-by|the public|"
                      rf"job-seekers|jobseekers|{_OUTDOOR_WORKERS})")
# the words of a qualifier before a number ("more than", "about"), which stay in the window before it
QUALIFIER = rf"(?:{qualifiers.alternation(qualifiers.BEFORE_EN)})"
STUDENTS = r"(?:left-behind children|needy students|poor students|students|pupils|boarders|children|kids)"
# a level said before a title: "district-level", "provincial "
_LEVEL_WORDS = r"(?:district|city|county|municipal|provincial|national)(?:-level)?[ -]"
# (one of them in the singular: "1 young teacher was developed as a party member")
PEOPLE = (r"(?:people|persons?|teachers?|party members?|members?|students?|staff members?|staff|comrades?|cadres?|activists?|"
          r"applicants?|mentees?|apprentices?)")
# people who may serve as volunteers: the school's people, and pupils or parents led by them
SERVING = rf"(?:{PEOPLE}|pupils|children|pioneers|parents|residents)"
# the marks of a quoted title given to someone: 'presented "Model Teacher" certificates to'
GIVEN_MARKS_OF_A_TITLE = (r"\b(?:presented|gave|handed out|issued|awarded)\s+(?:the\s+)?(?:[\"“](?P<title>[^\"”]{2,60})[\"”]\s+"
                          r"(?:awards?|certificates?|titles?|medals?|plaques?|prizes?|trophies|badges?)|"
                          # (or the title said after what marks it: 'awarded the title of "Pioneer Post" to 9 members')
                          r"(?:honou?rary )?titles? of\s+[\"“](?P<title_after>[^\"”]{2,60})[\"”])\s+to")
# having applied to join the party, said after the people: "have submitted applications for joining the party"
APPLIED = (r"(?:(?:have |had |has )?(?:submitted|handed in|handed over|sent in) (?:their |the |an |a )?(?:written )?"
           r"applications?(?: to join| for|(?=\s*(?:[.;,]|$|and\b|since\b|this (?:year|term)\b|(?:during|over|in|last) )))|"
           # (an adverb of time between: "have since applied to join")
           r"(?:(?:have |had |has )(?:since |now |already |also )?)?appl(?:ied|y) (?:to join|for (?:joining|party membership|membership))|"
           # (or wrote or filed one, to join: "wrote applications to join the party", not "filed applications for grants")
           r"(?:have |had |has )?(?:wrote|written|filed|made) (?:their |the |an |a )?applications? "
           r"(?:to join|for (?:joining|party membership|membership))|"
           # (an adverb between, or applied by letter: "have recently written to apply for membership")
           r"(?:have |had |has )?(?:recently |also |already |now )?(?:written|wrote) to apply (?:for (?:party )?membership|to join))")
# applications said to have been received: "nine applications have been received"; and words of membership around them
_APPLICATIONS_RECEIVED = (r"^(?:membership |party )?applications?(?: (?:for (?:party )?membership|to join the party))? "
                          r"(?:were|have been|had been) (?:received|submitted|handed in)\b")
# the branch (or "we", "it") as the subject of what it did, before its verb: "the branch has admitted", "we also received"
_THE_BRANCH_DID = r"\b(?:we|the (?:party )?branch|the (?:party )?committee|our branch|it) (?:have |has |had )?(?:also )?"
_MEMBERSHIP_TOLD = r"\b(?:membership|admitted|recruitment|join(?:ed)? the party|activists?)\b"
# people said to be honoured, up to the colon that opens how many got each title: "The meeting honoured members:"
_HONOURED_THEN = r"\b(?:honou?red|commended|recogni[sz]ed)\b[^.;]{0,50}:"
# how many of the people just counted are members: "…, 6 of whom are party members"
# (or "of the four", the people just counted: "Three of the four are Party members")
_MEMBERS_AMONG_THEM = (r"of (?:whom|them|the (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)),? (?:(?:are|were) )?(?:communist )?"
                       r"party members\b")
# how many of them were given a title: "5 were named …"
_WERE_NAMED = r"(?:were|have been) (?:named|rated|commended|selected)\b"
# admitted, with nothing after but when: "2 teachers were admitted in June"
ADMITTED_ALONE = r"(?:were|was|have been|has been|had been) admitted(?= in | during | this | last |[.;,]|$)"
# what made people activists or members, said after them: "were identified as activists"
# (or in the present, as a timeline's or a headline's lines tell what happened: "2022 — Three teachers are named activists")
# (or put on their list: "were placed on the activist list")
MADE_ACTIVISTS = (r"(?:(?:were|was|are|is|(?:have|has|had) (?:since |now |already |also )?been)(?: then| later| subsequently)? "
                  r"(?:(?:identified|selected|designated|chosen|confirmed|listed|"
                  r"taken(?: on)?|named|determined|trained|cultivated|absorbed|admitted|accepted|approved|recommended) as|"
                  r"named|made|designated) (?:(?:party |membership )?activists|active elements)\b|"
                  # (one of them, named one: "one of them has since been named an activist")
                  r"(?:was|is|(?:has|had) (?:since |now |already |also )?been) (?:(?:identified|selected|designated|chosen|"
                  r"confirmed|named|accepted) as|named|made|designated) an? (?:party |membership )?activist\b|"
                  # (or became them, as a translation says 成为入党积极分子: "5 persons became the activists")
                  r"(?:became|have become|has become|had become) (?:the )?(?:party |membership )?activists\b|"
                  r"(?:were|was|have been|has been|had been) (?:placed|put|entered) on the (?:party |membership )?activists?['’]? "
                  r"list\b)")
# (the vote may be said too: "were unanimously agreed to be accepted as probationary party members")
# people admitted before, said to be confirmed as full members now: "Three teachers who became probationary members a year ago
# were confirmed as full members" (a confirmation, no admission of this time)
_CONFIRMED_AS_FULL_LATER = (r"^[^.;]{0,120}?\b(?:were|was|have been|has been|had been) (?:formally )?(?:confirmed|converted|"
                            r"approved|transferred) (?:as|to|into) full (?:party )?members?\b")
MADE_MEMBERS = (r"(?:(?:were|was|are|is|have been|has been|had been) (?:unanimously |formally |successfully )?(?:(?:agreed|approved|voted) "
                r"to be )?(?:admitted|accepted|recruited|developed|absorbed|approved) (?:(?:as|into) (?:an? )?(?:probationary |new )?"
                r"(?:party )?members?|(?:in)?to the (?:communist )?party(?: organi[sz]ation)?)|(?:joined|have joined|has joined|"
                # (not long ago: "two teachers who joined the Party 50 years ago")
                r"had joined) the (?:communist )?party(?! branch| committee| group| organi[sz]ation|"
                r" (?:\d+|[a-z]+(?:-[a-z]+)?) years ago)|(?:became|have become|"
                r"has become|had become) (?:an? )?(?:probationary |new )?(?:communist )?party members?|(?:became|have become|"
                r"has become|had become) (?:a )?probationary members?|"
                # (or joined as such: "Four teachers joined as probationary members")
                r"(?:joined|have joined|has joined|had joined) as (?:new |probationary )+(?:party )?members?|"
                # (or took the oath as such: "took the Party oath on 5 June as probationary members")
                r"took the (?:party |admission )?oath\b[^.;]{0,30}?\bas (?:new |probationary )+(?:party )?members?)\b")
# the school's own people, whom care visits go to (members of two kinds at once too: "retired and sick members")
# (or the school's cleaners, guards and canteen staff: "called on the school's 8 cleaners and security guards")
STAFF = (r"(?:retired teachers|retired staff|retired colleagues|teachers|colleagues|staff members|staff|faculty members|cadres|"
         r"cleaners(?: and (?:security )?guards)?|(?:security )?guards(?: and cleaners)?|canteen staff|cooks|caretakers|"
         r"(?:old|elderly|retired|veteran|sick)(?: and (?:old|elderly|retired|veteran|sick))? (?:party )?members|"
         # (or the families of members or staff: "visited 7 members' families in difficulty")
         r"party members in difficulty|(?:party )?(?:members|teachers|staff)['’] families)")
# a date or a year, said between people and what they did: "on 16 March 2024", "in 2023"
# (or the month first: "March 12, 2023")
_A_DATE = (r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b|"
           # (a day of a month named in full, its year unsaid: "on 23 March")
           r"\b\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
           r"(?! (?:be|have|not|also|well|come|go|take|join)\b)|"
           r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b")
# a service given free to the public, after "free": "free parenting talks", "free health check-ups"
_A_FREE_SERVICE = (r"(?:[a-z-]+ ){0,2}?(?:talks|lectures|classes|lessons|courses|workshops|consultations|clinics|tutoring|"
                   r"check-ups|haircuts|repairs|tests|screenings)\b")
# a free service given at a place of the community: "gave a free parenting talk every Saturday at the community centre"
# a talk given in a community, no Party lecture, free or not said: "gave a talk on fire safety at Elm Community's hall"
# (or have given them: "have given 6 talks in nearby villages")
_TALK_IN_A_COMMUNITY = (r"\b(?:gave|(?:have|has|had) given) (?:a|an|two|three|four|five|\d+) (?!party\b)(?:[a-z-]+ ){0,2}?"
                        r"(?:talks?|lectures?|presentations?)\b"
                        r"[^.;,]{0,50}? (?:at|in) (?:the |a )?(?:[a-z'’-]+ ){0,3}?(?:communit(?:y|ies)|neighbou?rhood|village)\b")
_FREE_SERVICE_IN_THE_COMMUNITY = (r"\bfree (?:[a-z-]+ ){0,2}?(?:talks?|lectures?|class(?:es)?|lessons?|courses?|workshops?|"
                                  r"consultations?|clinics?|tutoring|check-ups?|haircuts?|repairs?)\b[^.]{0,40}?\b(?:at|in) "
                                  r"(?:the |a )?(?:[a-z'’-]+ ){0,3}?(?:communit(?:y|ies)|neighbou?rhood|village|library|"
                                  r"care home|nursing home)\b")
# new teachers (said before) each given a mentor: "each of them was paired with a member mentor" (or with a teacher or member
# said to be experienced, a mentor so: "each one was paired with an experienced member")
# (or given one: "each was assigned a mentor", "… a member as a mentor")
_EACH_GIVEN_A_MENTOR = (r"(?:(?:every one of them|each of them|all of them|each one|each|all)\s+(?:was|were|has been|have been) "
                        r"(?:(?:paired|matched) with (?:an? |their )?(?:(?:[a-z-]+ )?mentors?\b|"
                        r"(?:[a-z-]+ ){0,2}?(?:party )?member as (?:an? |their |his or her )?mentor\b|"
                        r"(?:experienced|senior|veteran|older|seasoned) (?:party )?(?:member|teacher|colleague)\b)|"
                        r"(?:given|assigned|allocated) (?:an? |their own |a personal )?(?:[a-z-]+ )?mentors?\b|"
                        # (or given a member as one: "each of them was given a member as a mentor")
                        r"(?:given|assigned|allocated) (?:an? )?(?:[a-z-]+ )?(?:party )?member as (?:an? |their )?mentor\b)|"
                        r"(?:each (?:of them )?|every one of them )(?:has|had|have) (?:an? |their own |a personal )?(?:[a-z-]+ )?"
                        r"mentor\b|"
                        # (or "each" after the verb: "have each been paired with a member")
                        r"(?:have|has|had|were) (?:each|all) (?:been )?(?:paired|matched) with (?:an? |their own )?"
                        r"(?:[a-z-]+ ){0,2}?(?:party )?(?:member|mentor)s?\b)")
# (or the new teachers, "them", paired by the branch: "The branch has paired them with …")
_PAIRED_THEM = (r"(?:the (?:party )?branch|we|it|the school|the (?:party )?committee) (?:has |have |had )?(?:paired|matched) "
                r"(?:each of |all of )?them (?:up )?with")
# teachers new to the profession or to the school, whom members mentor: said before them, or after ("teachers in their
# first year", "colleagues new to teaching")
NEW_TEACHERS_ADJ = (r"(?:young|new|newest|novice|junior|first-year|early-career|beginning|"
                    r"new(?:ly)?[ -](?:hired|recruited|arrived|qualified|appointed))")
# new teachers who signed mentoring agreements (with the mentors said before them), and those of them counted
_NEW_TEACHERS_SIGNED = (rf"(?:{NEW_TEACHERS_ADJ}) (?:teachers|colleagues) (?:have |had )?(?:signed|entered into) (?:[a-z-]+ )?"
                        r"(?:mentoring|mentorship|pairing) (?:agreements|contracts|pledges)\b")
_AS_MANY_NEW_TEACHERS_SIGNED = (r"(?:(?:the (?:school|kindergarten)['’]s|its|our|their) )?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?) "
                                rf"{_NEW_TEACHERS_SIGNED}")
NEW_TEACHERS = (rf"(?:{NEW_TEACHERS_ADJ} (?:teachers|colleagues)|"
                r"newcomers to (?:the profession|teaching|the (?:school|staff))|"
                # (or newcomers said to be so in their first year: "steered six newcomers through their first year")
                r"newcomers(?= through their first (?:year|term|semester))|"
                # (or said to have just joined: "the five teachers who joined in September")
                r"(?:teachers|colleagues) who (?:have )?joined (?:the school |us )?(?:this (?:autumn|spring|summer|term|year|"
                r"september)|in (?:september|august|february|the autumn))|"
                # (or under an age: "teachers under thirty")
                r"(?:teachers|colleagues) (?:in their first(?: two| three| few)? (?:years?|terms?)|"
                r"new to (?:the profession|teaching|the (?:school|kindergarten|staff))|"
                r"(?:under|below) (?:the age of )?(?:thirty|thirty-five|forty|[2-4]\d)(?![\d-])|"
                # (or are to join: "the four teachers who will join us in August")
                r"who (?:have )?(?:just |newly |recently )?(?:joined|join|will join|are joining) (?:the school|us|our school|"
                r"(?:[a-z0-9.'’-]+ ){1,5}?(?:school|kindergarten|academy))"
                r"(?: this (?:year|term)| last year| in (?:[a-z]+ )?(?:19|20)\d{2}| in (?:january|february|march|april|may|june|"
                r"july|august|september|october|november|december))?(?![^.;]{0,20}\bago\b)|"
                # (or joined in a month, the school not said: "the 6 teachers who joined in September")
                r"who (?:have )?(?:just |newly |recently )?joined (?:this |last )?in (?:january|february|march|april|may|june|"
                r"july|august|september|october|november|december)(?: (?:19|20)\d{2})?))\b")
# verbs of helping someone, right before the number of those helped ("helped 35", "paired up with 20")
HELPED = (r"(?:helped|assisted|supported|aided|tutor(?:ed|ing)?|mentor(?:ed)?|sponsor(?:s|ed)?|pair(?:ed|s|ing)? (?:up )?with|"
          r"cared for|helps|help|helping|assist|assisting|support|supporting|look(?:ed)? after|took care of)")



def the_number_of(people: str) -> str:
    """A count told as "the number of `people` … is N" (reached, stood at …), up to the number."""
    return (rf"\bthe (?:total )?number of {people}\b[^.;,]{{0,30}}?\b(?:reached|rose to|grew to|increased to|stood at|"
            r"doubled to|tripled to|"
            r"stands at|is|was|totals?|totalled|totaled|"
            # (or the number it changed to, from the one before: "rose from 41 to 52")
            r"(?:rose|grew|increased|went up|fell|dropped|decreased) from \d[\d,]* to)\s*$")


# the reason a rule leaves a count to review: people counted beside others named
OTHERS_BESIDE_NAMED = "others beside people named"
# (the same words as the Chinese number expected at a meeting, etl.extract.EXPECTED)
EXPECTED_AT_A_MEETING = "the number expected, the actual one follows"
# said of members who have a vote, who are the full members: "31 party members with voting rights"
WITH_A_VOTE = r"(?:with (?:the )?(?:right to vote|voting rights)|with (?:a|the) vote|entitled to vote)\b"

# a branch or committee that is not the school's own but one of its parts, by the words before it: "The third branch, with 28
# members, is the largest"
NOT_ONE_OF_ITS_BRANCHES = r"(?<!first )(?<!second )(?<!third )(?<!fourth )(?<!fifth )(?<!sixth )(?<!retired )(?<!staff )"
# what a home of the elderly or of children in care is called: "the Hexi nursing home", "the Sunshine Elderly Care Center",
# work where people a disaster drove from their homes were sheltered, a volunteer's: "worked in shifts at the village shelter"
# (or staffed it: "staffed the town's relief point for a week"; or spent days there: "spent three days at the evacuation
# centre")
# a place where people a disaster drove from their homes are sheltered or helped
_A_SHELTER = r"(?:shelter|relief (?:cent(?:re|er)|station|point)|evacuation (?:cent(?:re|er)|site))s?\b"
WORKED_AT_A_SHELTER = (r"(?:(?:worked|served|helped|took turns|worked (?:in )?shifts|spent (?:[a-z0-9-]+ ){0,2}?[a-z0-9-]+) at|staffed|"
                       r"manned|ran) (?:the |a )?"
                       rf"(?:[a-z'’-]+ ){{0,2}}?{_A_SHELTER}")
# people helped away from a flood or a fire: "helped move 700 villagers to safe ground", "helped evacuate 400 villagers"
_HELPED_TO_SAFETY = r"\bhelped (?:to )?(?:move|evacuate|relocate|resettle|rescue|transfer)\s*$"
# a disaster the sentence tells of: "when the river flooded", "after the typhoon"
_A_DISASTER = r"\b(?:flood(?:s|ed|ing)?|storms?|typhoons?|earthquakes?|landslides?|mudslides?|blizzards?)\b"
_PEOPLE_MOVED_TO_SAFETY = r"^(?:[a-z-]+ )?(?:residents|villagers|people|households|families|elderly (?:people|residents))\b"
# "a home for the aged"
CARE_HOME = (r"(?:(?:elderly |aged )?(?:nursing|care|elderly|welfare|old people's|old-age|children's|seniors?'?|veterans['’]?) "
             r"(?:homes?|cent(?:er|re)s?|"
             r"institutes?|houses?)|homes? for (?:the (?:elderly|aged)|retired (?:servicemen|soldiers)|veterans))\b")
# a home of the elderly visited, a volunteer's service: "9 party members visited the Hexi nursing home"
# (or spent part of a day there: "spent the afternoon at Maple Care Home"; or a named day or a part of one, at a children's
# hospital too: "spent Teachers' Day at the town's children's hospital")
VISITED_A_CARE_HOME = (rf"(?:(?:visited|went to|came to|spent (?:the|a|an|their) (?:morning|afternoon|evening|day|weekend|"
                       rf"saturday|sunday) at) (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME}|"
                       rf"spent (?:[a-z'’-]+ ){{1,2}}?(?:day|morning|afternoon|evening) at (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?"
                       rf"(?:{CARE_HOME}|children['’]s hospital\b)|"
                       # (or took things there: "took warm coats and games to the town's children's welfare home")
                       rf"(?:took|brought|delivered) [^.;,]{{1,40}}? to (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME}|"
                       # (or held something there: "held a tea party at the Lotus care home")
                       rf"(?:held|threw|hosted|put on) (?:a|an) [^.;,]{{1,30}}? at (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME})")
# a place that serves people in need, where time given is a volunteer's: a food bank, a soup kitchen, a home of care
_A_PLACE_OF_NEED = rf"(?:(?:food|clothing|clothes) ?banks?|(?:soup|community) kitchens?|charity shops?|homeless shelters?|{CARE_HOME})"
# what volunteers there made up for the people it serves, and those people: "packed food parcels for 90 households"
_MADE_UP_FOR = (r"\b(?:packed|made up|prepared|put together|delivered|handed out|cooked|served) (?:[a-z-]+ ){0,2}?"
                r"(?:parcels|boxes|hampers|bags|packs|meals|lunches|dinners) (?:to|for)\s*$")
_THOSE_IN_NEED = rf"^(?:[a-z-]+ )?(?:households|families|{_THE_PUBLIC_SERVED}|people|patients|rough sleepers)\b"
# a visit to a home of the elderly, paid or to be paid: "has visited the Wangdian care home every Friday"
_VISITS_A_CARE_HOME = rf"\b(?:visit(?:s|ed|ing)?|went to|goes to|go to) (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME}"
# the measure word of people after a count whose noun came before it, in a translation's Chinese order ("党员28人": "party
# members 28 people")
NOUN_FIRST_PEOPLE = r"^(?:people|persons?|person-times|names?)\b"  # ("名" may come out as "names"; one, "1 person")
# (or with nothing after the count but its item's end: "activists determined 3, new party members developed 1")
ITEM_ENDS = r"^(?:people|persons)?\s*(?:[,;.)]|$)"


def times_in_all(event: str) -> str:
    """The events named, then how many times they came to after a comma ("…, totally 18 times", as a translation
    puts 共计18次), up to the number."""
    # (or a plan's whole year: "each month organize 1 time collective study, the whole year not less than 12 times")
    # (or said with "with": "…every month, with a total of 6 times")
    return rf"{event}\b[^.;]{{0,40}},\s*(?:(?:the whole year|throughout the year|in the year|for the year),?\s*)?" \
           r"(?:(?:totally|altogether|in total|in all|(?:for |with )?a total of)\s+)?$"


# standing in for someone for pupils: 'served as "temporary parents" for', "acted as mentors for"
STOOD_IN = r"\b(?:served|acted|act|serve|serving|acting) as\b[^.;]{1,40}?\bfor"
# tutoring given to pupils is help, whatever the verb ("gave 20 tutoring sessions to 45 students")
# (and so is care: "providing after-school care for 60 children")
# (or counseling: "gave 1,150 hours of counseling to 430 students")
TUTORED = (r"\b(?:tutor(?:ing|ials?)|(?:after-school |free )?care|homework help|counsel(?:l?ing)|(?:reading|study|homework|"
           r"learning|saturday|sunday|weekend|after-school) (?:clubs?|classes|camps?))\b[^.;]{0,30}?\b(?:to|for)"
           # (the pupils may be said as known ones: "a homework club for the 23 children whose parents work away")
           r"(?: the| its| our| their| all)?")
# the verbs that give people an honour, and a title of people that is always an honour ("demonstration post stars", "Red
# Candle Stars", "teaching pacesetters"; a window has no quotation marks to tell a quoted title by)
_HONOURED_VERB = r"(?:commended|honou?red|awarded|named|selected|elected|chose|chosen|rated)\b"
# (stars with no word before them are a rating's: "was rated three stars")
_PEOPLE_TITLE = r"^(?:(?:[a-z-]+ ){1,4}?stars|(?:[a-z-]+ ){0,4}?(?:pacesetters|vanguards|role models|banner-bearers|torchbearers))\b"
# volunteering, by its name or as community service ("took part in community service")
VOLUNTEERING = r"(?:volunt(?:eer|ary)|community (?:service|work))"
# people said to have volunteered, in the sentence before the count: "Members of the branch volunteered at the library."
# (the sessions they took part in, not of something else: "6 sessions of training")
_SESSIONS_SERVED = r"(?:sessions|visits|outings|shifts)\b(?! of\b| on\b)"
# (or read with children, or to the people of a place, which is service too: "read with children at the village library")
# (or story sessions run: "have run 22 story sessions there")
_VOLUNTEERED_BEFORE = (r"\b(?:volunteered|(?:as|were) volunteers|volunt(?:eer|ary) (?:service|work|sessions?|activit(?:y|ies))|"
                       r"(?:run|ran|held|led) (?:\d+ |[a-z-]+ )?(?:story|reading|storytelling) (?:sessions|hours)|"
                       r"read (?:stories |books )?(?:to|with) (?:[a-z-]+ ){0,2}?(?:children|kids|residents|patients|villagers)\b"
                       r"[^.;]{0,20}? at "
                       r"(?:the |a |an |\w+ )?(?:[a-z'’-]+ ){0,2}?(?:librar(?:y|ies)|care homes?|nursing homes?|"
                       r"community cent(?:re|er)s?))\b")
# pupils tutored at a community centre or a library, as volunteers do: "have tutored pupils at the migrant workers' community
# centre on weekday evenings", "taught children at the migrant workers' centre"
_TUTORED_AT_A_CENTRE = (r"(?:tutored|coached|taught) (?:[a-z-]+ ){0,2}?(?:pupils|children|students) at (?:the |a )?[^.;,]{0,50}?"
                        r"\b(?:community cent(?:re|er)|migrant workers['’] cent(?:re|er)|library|care home)\b")
# (or work for the public: trees planted, litter or a place cleared: "planted 200 saplings on the hill")
_PUBLIC_WORK = (rf"{_VOLUNTEERED_BEFORE}|\b(?:plant(?:ed|ing)?|clean(?:ed|ing)? up|clear(?:ed|ing)?) [^.;]{{0,40}}?"
                r"\b(?:saplings|trees|litter|rubbish|riverbank|river bank|canal(?: bank)?|lake ?shore|park|streets?)\b")
# where people were led to volunteer, after them: "in a volunteer clean-up", or somewhere "for a morning of volunteer work"
# (or a clean-up of a public place: "in a clean-up of the lake shore")
_LED_TO_VOLUNTEERING = (rf"(?: in (?:a|an|the|their) (?:[a-z-]+ ){{0,2}}?{VOLUNTEERING}|"
                        r" in (?:a|an|the|their) (?:[a-z-]+ ){0,2}?(?:clean-up|litter[- ]pick) of\b|"
                        rf" (?:into|to|onto) [^.;]{{0,60}}?\bfor (?:a|an|the|their) (?:[a-z-]+ ){{0,3}}?{VOLUNTEERING})")
# taking part in volunteering, said after the people counted: "took part in 12 volunteer activities"
# (or in duty at a gate or crossing, a volunteer's service as 执勤 is: "have taken part in standing guard at the gate")
# (or served as crossing guards, at the gate or not: "took turns every afternoon at the crossing by the gate as crossing guards")
# (or a road safety rota: "took turns on the traffic safety rota by the gate")
# (or kept watch: "keep watch at the gate each morning"; or on traffic duty there)
GUARD_DUTY = (r"(?:stand(?:ing)? guard|stood guard|(?:keep|keeps|kept|keeping) watch|(?:guard|gate|crossing|traffic) duty|(?:[a-z ]{0,40}? )?as (?:school )?crossing guards|"
              r"(?:the )?(?:[a-z-]+ )?(?:road|traffic) safety (?:rota|duty|patrol))")
# (or said after a comma: "have taken part, standing guard more than 480 times")
JOINED_VOLUNTEERING = (rf"(?:took part|taken part|participated|joined)(?: in\b[^.;]{{0,40}}?\b(?:{VOLUNTEERING}|{GUARD_DUTY})|"
                       rf",\s*{GUARD_DUTY})|"
                       # (or joined a volunteer team: "two activists joined the county's \"Teachers' Volunteer Team\"")
                       r"(?:joined|have joined|had joined) (?:the|a|an|its|their) [^.;]{0,40}?\bvolunt(?:eer|ary) "
                       r"(?:team|service team|group|corps|association|brigade)\b")
# the graves of martyrs swept: "swept graves at the county martyrs' cemetery", "tidied the martyrs' tombs"
# (or the grounds or paths of their memorial: "cleaned the paths around the town's martyrs' memorial")
# (or led there to do it: "to sweep the steps of a martyrs' memorial park")
# (the verbs of sweeping them, done or to be done)
_SWEPT = r"(?:swept|cleaned|tidied|weeded|wiped|to (?:sweep|clean|tidy|weed|wipe))"
# (what is swept there: the graves, their stones, the ground around them)
_GRAVES_AND_GROUNDS = r"(?:graves|tombs|headstones|gravestones|steps|grounds|paths)"
# (or where people were taken to do it, said after: "to the martyrs' memorial park, where they swept the tombs")
_TO_SWEEP_MARTYRS_GRAVES = (rf"to (?:the |a )?[^.;,]{{0,30}}?martyrs['’]? (?:cemetery|memorial|park)\b[^.;]{{0,20}}?,? where "
                            rf"(?:they|we)\b[^.;]{{0,40}}?\b{_SWEPT} (?:the )?{_GRAVES_AND_GROUNDS}\b")
# (or the memorial itself, a town's or the martyrs': "tidied the county's war memorial")
# (or gone there, then what was swept: "went to the town's martyrs' cemetery, where they wiped the headstones")
_MARTYRS_GRAVES_SWEPT = (rf"{_SWEPT} (?:the )?{_GRAVES_AND_GROUNDS}\b[^.;,]{{0,40}}?\bmartyrs['’]? "
                         rf"(?:cemetery|memorial|park)\b|{_SWEPT} (?:the )?martyrs['’]? (?:graves|tombs)\b|"
                         rf"{_SWEPT} (?:the )?(?:[a-z'’-]+['’]s )?(?:war|martyrs['’]?) (?:memorial|monument)\b|"
                         rf"(?:went|go|gone|came|travelled|traveled|walked) {_TO_SWEEP_MARTYRS_GRAVES}")
# some of the members, counted with them, who volunteered: "19 of the 38 Party members of Elm School gave blood", "21 of our
# 23 members took part in at least one volunteer activity" (their school may be named, its number with a point: "of Elm
# No. 2 Middle School")
# (or joined a day of work for the public, what they did said after a comma: "joined the city's clean-up day, picking up
# litter")
_WHO_VOLUNTEERED = (r"(?:have\s+|had\s+)?(?:also\s+|now\s+|since\s+)?(?:volunteered|volunteer as\b|served as volunteers|gave blood|donated blood|"
                    # (or answered a call for them: "answered the town's call for volunteers")
                    r"answered (?:the |a |an )?(?:[a-z'’-]+ ){0,3}?calls? for volunteers\b|"
                    r"(?:joined|took part in)\b[^.;]{0,80}?,\s*(?:picking up|planting|collecting|clearing|cleaning up)\b|"
                    r"took part in (?:at least )?(?:one|a|\d+|[a-z]+) (?:or more )?volunte(?:er|ary) (?:activit(?:y|ies)|"
                    rf"services?|events?)\b|{JOINED_VOLUNTEERING})")
# a label's figure said by how it moved, up to the count now: "Activists: up from 3 to "
_UP_OR_DOWN_TO = r"\s*:\s*(?:up|down|rising|falling) from \d[\d,]* to\s*$"
# the school's retired people: "retired members", "retired teachers"
_THE_RETIRED = r"retired (?:party )?(?:members|teachers|staff|colleagues)\b"
# more of them, or others, who could not come or are kept at home: "three more who are housebound", "four others who could
# not come"
_WHO_COULD_NOT_COME = (r"^(?:more|others)\b,? who (?:are|were) (?:housebound|bedridden|ill|too ill|unwell|in hospital)\b|"
                       r"^(?:more|others)\b,? who (?:could not|couldn't|cannot|can't|were unable to|are unable to) "
                       r"(?:come|attend|make it|be there)\b")
# the branch now, or some time after a count of it: "today it has", "five years later it has", "a year on, the branch has"
_IT_HAS_NOW = r"\b(?:today|now|currently|(?:[a-z]+|\d+) years? (?:on|later)),? (?:it|the branch) (?:has|counts)\s*$"
# an answer, after its speaker or a dash ("A: Twenty", "Li: Nineteen", "— Thirty-one, …"), or a line of its own
# (or in quotes, the speaker named after it: '"Twenty," says the secretary')
AN_ANSWER_OPENS = r"^(?:a|answer|[a-z][a-z .'-]{1,30})\s*[:：]\s*$|^[—–-]{0,2}$|^[\"“]$"
# an answer's count of events held, after the verb ("— Monthly; we have held five so far") or before it ("three have been
# given this year"), or alone ("— Six so far.")
_HELD_IN_AN_ANSWER = (r"(?:^|[;,—–-]\s*)(?:(?:we|it|the branch|they) (?:have |'ve |has |had )?"
                      r"(?:held|given|had|run|organi[sz]ed)\s*)?$")
_HELD_SO_FAR = (r"^(?:(?:have been|has been|were|had been) (?:held|given|delivered)\b[^.;]{0,20}?|"
                r"(?:so far|to date|this year|this term|in all|in total)(?: (?:so far|this year|this term|to date))?)\s*(?:[.;,]|$)")
# a school named, in the possessive: "Elm Primary School's", "Harbour No. 2 Middle School's"
_NAMED_SCHOOLS = r"(?:[a-z0-9.-]+ ){1,6}(?:school|kindergarten|academy)['’]s"
# whose, said in the possessive: the school's (or its branch's), or a school named
_THE_SCHOOLS = rf"(?:the (?:school|branch|kindergarten)['’]s|{_NAMED_SCHOOLS})"
# a kind of people, the second of two counted (one of them maybe): "two students", "one teacher", "one member of its office
# staff"
_A_KIND_OF_PEOPLE = (r"(?:(?:[a-z-]+ )?(?:teachers?|students?|people|persons?|colleagues?|applicants?)|"
                     r"members? of (?:its|the|our|their) (?:[a-z-]+ )?staff|(?:[a-z-]+ )?staff members?)")
# some of the members, counted or not, who took part in what was told: "Twelve of its 15 members took part", "Fourteen of the
# school's members took part"
_SOME_OF_ITS_MEMBERS_TOOK_PART = (rf"^of (?:(?:its|our|the|the branch['’]s|{_THE_SCHOOLS}) \d[\d,]* |"
                                  rf"(?:its|our|the branch['’]s|{_THE_SCHOOLS}) )(?:party )?members (?:took part|joined in|came|"
                                  r"turned out)\b")
_MEMBERS_OF_THEIR_SCHOOL = (r"(?:communist\s+)?(?:full\s+|party\s+)?(?:members|member teachers)\b"
                            r"(?: (?:of|at|from) (?:[^.;,]|(?<=\bno)\.){1,60}?)?")
# (others may be counted with them: "32 of the school's 40 members and about 100 students joined …")
# (or the school named: "of Elm Tree School's 40 members")
_OF_THE_MEMBERS = (rf"^of (?:(?:our|its|the|their)(?: [a-z'’]+['’]s)?|{_NAMED_SCHOOLS})\s+"
                   rf"(?:\d[\d,]*\s+)?{_MEMBERS_OF_THEIR_SCHOOL}"
                   rf"(?: and (?:{QUALIFIER} )?\d[\d,]* (?:[a-z-]+ )?(?:students|pupils|teachers|parents|others))?\s+")
_OF_THE_MEMBERS_WHO_VOLUNTEERED = rf"{_OF_THE_MEMBERS}{_WHO_VOLUNTEERED}"
# help received by the people before it, or in a form's label ("Pupils given one-to-one tutoring: 40")
GOT_HELP = (r"(?:have |has |had )?(?:received|receiving|got|getting|were given|have been given|given) (?:[a-z-]+ ){0,2}?"
            r"(?:help|assistance|support|aid|tutoring|care)")
# (a top grade said with a pass grade, "excellent or competent", is no honour)
_NOT_OR_A_PASS = r"(?! or (?:competent|qualified|good|satisfactory|passed|pass|basically))"
# the annual democratic review of members (民主评议党员), as English names it
# (or a review of the members, not said to be democratic: "its annual review of members")
DEMOCRATIC_REVIEW = (r"(?:democratic (?:appraisal|evaluation|review|assessment)|"
                     r"(?:review|appraisal|assessment|evaluation) of (?:its |the |all )?(?:party )?members)")
# teaching taken to pupils' homes (送教上门), in the words translations use
# (or home tutoring, arranged for pupils who cannot come: "arranged home tutoring for three pupils")
SENT_TEACHING = (r"\b(?:send(?:ing|s)?|sent|t(?:ake|akes|aken|aking|ook)|br(?:ing|ings|inging|ought)) (?:teaching|education|"
                 r"lessons|teachers|classes) (?:to|into) (?:the |their )?homes?\b|\bhome (?:teaching|tutoring)\b")
# a place where people are cared for, whom a service taken there serves: a hospital's ward, a care home
_A_PLACE_OF_CARE = (rf"(?:(?:children['’]s |hospital |paediatric |pediatric )?wards?|hospitals?|{CARE_HOME}|"
                    r"rehabilitation cent(?:re|er)s?)")
# a show given for the people of a care home, said after those who gave it: "sang songs for 40 residents of the Xinhua
# care home" (not a hospital's ward, where a show or a story is no volunteer service by the conventions)
_PERFORMED_AT_A_CARE_HOME = (r"(?:performed|sang|danced|put on|gave) [^.;]{0,40}?\bfor (?:(?:about|some|around|nearly|over|"
                                 r"more than) )?(?:\d[\d,]* )?(?:the )?(?:residents|older people|elderly people|patients|"
                                 rf"children) (?:of|at|in) (?:the |a )?(?:[a-z'’-]+ ){{0,3}}?{CARE_HOME}")
# things given delivered by the members themselves to a school, a village or a home of care: "delivered the stationery
# to a village school"
# (how many may be said: "delivered 300 donated books to …")
_DELIVERED_DONATIONS = (r"(?:drove|delivered|took|brought|carried) (?:the |their |these |all the )?(?:\d[\d,]* )?"
                        r"(?:donated |picture |winter |warm |new |school )?"
                        r"(?:gifts?|books|clothes|coats|clothing|supplies|donations|stationery|parcels|toys)\b[^.;,]{0,20}?"
                        # (an aside on who gave them may stand between: "took 40 coats, donated by parents, to …")
                        r"(?:,[^.;,]{1,40},)? to "
                        rf"[^.;,]{{0,60}}?\b(?:school|kindergarten|village|{CARE_HOME})\b")
# parcels, food or gifts the members delivered: "delivered food parcels", "took hampers"
# (or what keeps them warm or fed: "delivered coal and quilts")
_DELIVERED_PARCELS = (r"(?:delivered|took|brought|handed out|gave out) (?:[a-z-]+ ){0,2}?(?:parcels|hampers|gift bags|meals|"
                      r"food boxes|coal|firewood|quilts|blankets|groceries)\b")
# a harvest brought in for people who farm: "bring in their maize", "pick the tea"
_THE_HARVEST_BROUGHT_IN = (r"(?:bring(?:ing)? in|get(?:ting)? in|gather(?:ing)?(?: in)?|harvest(?:ing)?|pick(?:ing)?) (?:their |the )?"
                           r"(?:[a-z-]+ )?(?:crops?|harvest|maize|corn|wheat|rice|tea|fruit|apples|oranges|potatoes)\b")
_PEOPLE_WHO_FARM = r"(?:farmers|villagers|families|households|growers)"
# the pupils or children whose parents are counted: "15 of their pupils' parents"
_OF_THEIR_PUPILS = r"(?:of (?:their|its|our|the school['’]s) (?:pupils|children|students)['’] )"
# time given to help others, or to read to them, the members' own: "spent two weekends helping", "spent their Friday
# evenings reading to the residents"
# (one group, its many ways of saying it alternatives inside it)
# (what was read may be said: "spent Friday evenings reading story books to the children")
# people who came out to do some work for all, at an hour maybe: "turned out at 6 a.m. to clear the snow"
_TURNED_OUT_TO = r"turned out\b(?:[^.;,]|\b[ap]\.m\.){0,30}?\bto"
# (work on a public place's ground, no planting or picking: "turned out before dawn to clear the road")
_TURNED_OUT_TO_CLEAR = rf"{_TURNED_OUT_TO} (?:clear|clean|shovel|sweep|tidy|repair)\b"
_GAVE_THEIR_TIME = (r"(?:spent (?:[a-z0-9-]+ ){1,3}?(?:(?:in|at) (?:[a-z'’-]+ ){1,3}?)?(?:helping|volunteering|"
                    r"reading (?:(?:picture |story )?books? |stories )?(?:to|with))\b|"
                    # (or mending a place of a village or a community: "spent three days repainting the hall of Pine Village
                    # School")
                    r"spent (?:[a-z0-9-]+ ){1,3}?(?:repainting|painting|repairing|mending|fixing up|cleaning)\b[^.;,]{0,50}?"
                    r"\b(?:village|rural|mountain|community|care home|nursing home)\b|"
                    # (or their days off teaching, "spent their Sundays teaching music at the village school"; or
                    # turned out to do some work for others, "turned out at dawn to clear fallen trees")
                    # (a day's part may be said, and when: "spent their Sunday afternoons in the autumn term tutoring")
                    r"spent (?:their|his|her|our|the) (?:weekends|saturdays|sundays|holidays|evenings|free time|summer holidays?|"
                    r"winter holidays?|(?:saturday|sunday|weekend) (?:mornings|afternoons|evenings))\b[^.;,]{0,30}? "
                    r"(?:teaching|tutoring|coaching)\b|"
                    # (or a day at a special school, helping its teachers: "spent a morning at the special school in
                    # town")
                    r"spent (?:the|a) (?:day|morning|afternoon) at (?:the |a )?[^.;,]{0,40}?\bspecial (?:education )?school\b|"
                    # (or days or weeks teaching at a village school, as 支教 is: "spent ten days teaching at a village
                    # school in the mountains", "taught for a month at a county school in Xinjiang")
                    r"(?:spent (?:[a-z0-9-]+ ){1,3}?(?:teaching|tutoring) |taught for (?:[a-z0-9-]+ ){1,3}?)(?:at|in) "
                    r"(?:[^.;]|(?<=\bno)\.){0,60}?\b(?:village|rural|mountain|hill|tibet|xinjiang)\b|"
                    # (or taught at a school in Tibet or Xinjiang, how long said anywhere: "For four weeks, 3 member teachers
                    # taught at Nyingchi No. 1 Middle School in Tibet")
                    r"taught (?:at|in) (?:[^.;]|(?<=\bno)\.){0,60}?\b(?:tibet|xinjiang)\b|"
                    # (or helped people who farm bring in their harvest, as 抢收 is: "helped five families in Pine Village
                    # gather in their rice")
                    rf"helped (?:(?:\d[\d,]*|[a-z]+) )?(?:[a-z-]+ ){{0,2}}?{_PEOPLE_WHO_FARM}\b[^.;,]{{0,30}}? "
                    rf"{_THE_HARVEST_BROUGHT_IN}|"
                    # (or gave hours of volunteer or community service, counted: "put in a total of 300 hours of community
                    # service")
                    r"(?:gave|given|put in|logged) (?:a total of |more than |over |about |some |nearly )?\d[\d,]* hours of "
                    r"(?:volunteer|voluntary|community) (?:service|work)\b|"
                    # (or helped serve meals at a canteen for older people: "helped serve lunch at the town's canteen for
                    # older people")
                    r"help(?:ed|s)? (?:to )?(?:serve|cook|prepare|hand out) (?:[a-z-]+ )?(?:lunch|lunches|meals|dinners?|food) "
                    r"(?:at|in) (?:the |a )?[^.;,]{0,30}?\b(?:canteen|dining (?:hall|room)|kitchen)s? for (?:the )?(?:older|elderly|"
                    r"old|aged) (?:people|residents|villagers)\b|"
                    # (or helped at a hospital, in a hall or a ward of it maybe: "helped at the town hospital's front hall on
                    # Saturdays")
                    r"help(?:ed|s)? (?:out )?at (?:the |a )?[^.;,]{0,30}?\bhospital\b|"
                    # (or took things to children being treated there: "brought jigsaws to children in hospital")
                    r"(?:took|brought|delivered|gave) [^.;,]{1,40}? to (?:\d[\d,]* |[a-z-]+ )?(?:[a-z-]+ )?(?:children|kids|"
                    r"patients)\b[^.;,]{0,20}?\b(?:being treated|in hospital)\b|"
                    # (or read with its children or patients, the hospital named: "read stories with children in the
                    # hospital's wards"; a ward alone may be any)
                    r"(?:read|reading) (?:(?:[a-z-]+ ){0,2}?(?:books|stories|tales|poems) )?(?:with|to) (?:[a-z-]+ )?(?:children|kids|"
                    r"patients)\b[^.;,]{0,20}? (?:in|at) (?:the |a )?[^.;,]{0,30}?\bhospital\b|"
                    # (or helped at a vaccination or testing centre: "helped at the town's vaccination site")
                    r"help(?:ed|s|ing)? (?:out )?at (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:vaccination|testing|test|inoculation) "
                    r"(?:cent(?:re|er)|site|point|station|clinic)s?\b|"
                    # (or joined the people of a place in clearing or mending it: "joined 150 villagers in clearing the road
                    # after the storm")
                    r"joined (?:\d[\d,]* |[a-z-]+ )?(?:[a-z-]+ )?(?:villagers|residents|neighbou?rs)\b(?: of [^.;,]{1,30}?)? in "
                    r"(?:clearing|cleaning up|cleaning|repairing|rebuilding|mending|sweeping|shovell?ing)\b|"
                    # (or came home after such teaching: "came back in July after a term teaching at a village school")
                    r"(?:came|come|returned|are|were) (?:home|back)\b[^.;,]{0,30}? after (?:a|an|one|two|three|\d+) (?:years?|"
                    r"terms?|semesters?|months?|weeks?) (?:of )?(?:teaching|tutoring) (?:at|in) (?:[^.;]|(?<=\bno)\.){0,60}?"
                    r"\b(?:village|rural|mountain|hill|tibet|xinjiang)\b|"
                    # (or stood at the gate or a crossing to see pupils across the road, as 护学 is: "stood at the crossing
                    # each afternoon to walk the children over the road")
                    r"(?:stood|stand|standing) (?:at|by) (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:gates?|crossings?)\b[^.;,]{0,50}? to "
                    r"(?:see|help|guide|walk|take|lead|escort|shepherd) (?:the )?(?:[a-z-]+ )?(?:pupils|children|students|kids)\b"
                    r"[^.;,]{0,20}? (?:across|over)\b|"
                    rf"{_TURNED_OUT_TO} (?:clear|clean|help|shovel|sweep|tidy|plant|collect|pick|repair)\b|"
                    # (or marshalled a public event's people, or helped direct them: "marshalled walkers at a charity fun
                    # run", "helped guide parents at the exam centre gates")
                    r"marshall?ed (?:the )?(?:[a-z-]+ )?(?:runners|walkers|riders|cyclists|traffic|crowds|visitors|spectators)\b|"
                    r"helped (?:to )?(?:direct|guide|usher) (?:the )?(?:[a-z-]+ )?(?:candidates|traffic|visitors|parents|families|"
                    r"people|runners|crowds|spectators)\b|"
                    # (or sorted or packed things at a food bank or a place like it: "packed boxes at the food bank in
                    # town")
                    r"(?:sorted|packed|stacked|served|handed out) [^.;,]{0,30}? at (?:the |a )?(?:[a-z'’-]+ ){0,2}?"
                    r"(?:(?:food|clothing|clothes) ?banks?|soup kitchens?|charity shops?|homeless shelters?)\b|"
                    # (or taught classes at a school for children of migrant workers or with disabilities: "have given
                    # weekend music lessons at a school for migrant children")
                    r"(?:taught|given|gave|run|ran) (?:[a-z-]+ ){0,3}?(?:classes|lessons) at (?:a|the) (?:[a-z-]+ ){0,3}?school "
                    r"for (?:the )?(?:children of )?(?:migrant|left-behind|disabled|deaf|blind)\b|"
                    # (or read with children of a home, each a child maybe: "each read with a child of the town's children's home")
                    rf"(?:each )?read (?:with|to) (?:a |the )?(?:[a-z-]+ )?(?:child|children|residents|patients) (?:from|at|of) "
                    rf"(?:the |a )?[^.;,]{{0,40}}?\b{CARE_HOME}|"
                    # (or made or did something with the residents of a home of care: "baked cakes with 18 residents of
                    # the Elm care home")
                    rf"(?:made|played|sang|danced|chatted|celebrated|painted|baked)\b[^.;,]{{0,30}}? with (?:\d[\d,]* )?"
                    rf"(?:[a-z-]+ )?(?:residents|patients|veterans|children|older people) (?:of|at|from) (?:the |a )?"
                    rf"[^.;,]{{0,40}}?\b{CARE_HOME}|"
                    # (or days spent in a village running a free camp or class: "spent a week in Pine Village, running a
                    # free summer camp")
                    r"spent (?:[a-z0-9-]+ ){1,3}?(?:at|in) [^.;,]{0,30}?\bvillage\b[^.;,]{0,20}?,\s*(?:running|holding|teaching) "
                    r"(?:a |an )?free\b|"
                    # (or helped at a public library's corner or club for children: "helped out at the reading corner in the
                    # county library")
                    r"helped (?:out )?at (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:homework|reading|study|story) (?:corner|club|room|hour)s? "
                    r"(?:of|at|in) (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:library|libraries|community cent(?:re|er))\b|"
                    # (or gave up a day of their own to do it: "gave up their Sunday to deliver them")
                    r"gave up (?:a|their|his|her|our|the) (?:[a-z-]+ )?(?:saturday|sunday|weekend|day off|evening|holiday|"
                    r"morning|afternoon)s? to [a-z]+\b|"
                    # (or walked or ran in a charity walk or run: "ran 5 kilometres in a charity run")
                    r"(?:walked|ran|cycled|rode)\b[^.;,]{0,30}?\bin (?:a|the) (?:[a-z'’-]+ ){0,2}?charity (?:walk|run|ride|"
                    r"marathon)\b|"
                    # (or helped a community's committee with its work among the residents: "helped the neighbourhood
                    # committee visit 230 households")
                    r"helped (?:the|a) (?:[a-z'’-]+ ){0,2}?(?:neighbou?rhood|community|residents['’]?|village) committee\b|"
                    # (or were volunteer helpers or stewards at an event: "served as volunteer stewards at the fun run")
                    r"(?:were|was|served as) (?:the )?volunte(?:er|ary) (?:helpers|stewards|marshals|guides)\b|"
                    # (or joined a patrol of the place's: "joined the county's river patrol")
                    r"joined (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:flood|fire|safety|night|river|volunteer) (?:patrols?|watch)\b|"
                    # (or helped at a free service for the public: "helped doctors at a free health day in the village")
                    r"helped\b[^.;,]{0,50}?\bat (?:a|the) free (?:[a-z-]+ ){0,2}?(?:day|clinic|fair|check-ups?|screening)\b|"
                    # (or handed out leaflets in a public place: "handed out fire safety leaflets at three crossings")
                    r"handed out (?:[a-z-]+ ){0,3}?(?:leaflets|flyers|pamphlets|brochures) (?:at|on|in|along|outside) "
                    r"[^.;,]{0,40}?\b(?:junctions?|crossings?|streets?|squares?|markets?|stations?|parks?|communit(?:y|ies))\b|"
                    # (or ran reading sessions at a public library: "are running reading sessions at the county library")
                    r"(?:are |were |have been )?(?:running|ran|run|holding|held) (?:[a-z-]+ )?(?:reading|story|storytelling|"
                    r"homework) (?:sessions|hours|clubs?|classes) at (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:library|libraries|"
                    r"community cent(?:re|er))\b|"
                    # (or one said to be free, for whom said maybe: "ran a free story hour for toddlers at the county
                    # library"; not said free, a reading hour at a community centre is no volunteer work)
                    # (or in the places where people live, housing estates or villages: "are running free homework corners
                    # on two estates")
                    r"(?:are |were |have been )?(?:running|ran|run|holding|held) (?:a |an )?free (?:reading|story|"
                    r"storytelling|homework) (?:sessions?|hours?|clubs?|class(?:es)?|corners?)(?: for [^.;,]{1,30}?)? "
                    r"(?:at|in|on) (?:the |a |\d+ |[a-z]+ )?"
                    r"(?:[a-z'’-]+ ){0,2}?(?:library|libraries|community cent(?:re|er)|(?:residential )?compounds?|"
                    r"(?:housing )?estates?|neighbou?rhoods?|villages?)\b|"
                    # (or read to children there: "read fairy tales to small children at the district library")
                    r"(?:read|reading) (?:(?:[a-z-]+ ){0,2}?(?:books|stories|tales|poems) )?to (?:[a-z-]+ )?(?:children|kids|pupils|toddlers)\b[^.;,]{0,20}? "
                    r"at (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:library|libraries|community cent(?:re|er))\b|"
                    # (or took turns at a public help point: "took turns at the station's visitor information point")
                    r"took turns (?:at|on|staffing|manning) (?:the |a )?(?:[a-z'’-]+ ){0,3}?(?:information|service|help|"
                    r"enquiry|inquiry|volunteer) (?:points?|desks?|stations?|booths?|cent(?:re|er)s?|stalls?)\b|"
                    # (or shifts or turns at the checkpoints of an epidemic, as 值守 is: "took shifts at the checkpoints of
                    # two estates")
                    r"(?:took|taken|take|taking) (?:shifts|turns) (?:at|on|manning|staffing) (?:the |a )?(?:[a-z'’-]+ ){0,3}?"
                    r"checkpoints?\b|"
                    # (or took the people of a home of care out: "took 25 residents of the Lotus care home on an outing")
                    rf"took (?:\d[\d,]* |[a-z-]+ )?(?:[a-z-]+ )?(?:residents|children|patients|people|veterans) (?:of|from) "
                    rf"(?:the |a )?[^.;,]{{0,40}}?\b{CARE_HOME} (?:on|for|to)\b|"
                    # (or swept the graves of martyrs: "swept graves at the county martyrs' cemetery")
                    rf"{_MARTYRS_GRAVES_SWEPT}|"
                    # (or planted trees on public land, as 义务植树 is: "planted 200 saplings along the river"; not on the
                    # school's own grounds)
                    # (or a hedge, its length said maybe: "planted a 50-metre hedge along the road"; or bulbs in a park)
                    r"planted (?:\d[\d,]* |[a-z-]+ )?(?:[a-z0-9-]+ )?(?:trees|saplings|seedlings|hedges?|hedgerows?|bulbs)\b[^.;,]{0,30}?\b(?:on|along|in|at) "
                    r"(?:the )?(?:[a-z'’-]+ ){0,3}?(?:hills?|hillsides?|mountains?|slopes?|river ?banks?|riversides?|roadsides?|"
                    r"village|parks?|wasteland|forest)\b|"
                    # (or ran a stall at a fair for charity: "ran the book stall at the town's charity fair")
                    r"(?:ran|staffed|manned|helped at|worked at) (?:a |the |their |its )?(?:[a-z'’-]+ ){0,3}?(?:stalls?|stands?|booths?) "
                    r"at (?:a |the )?(?:[a-z'’-]+ ){0,2}?(?:charity|fund-?raising) (?:fair|sale|bazaar|market|event|day)\b|"
                    # (or a charity stall at any fair or market: "ran a charity stall at the county's spring fair")
                    r"(?:ran|staffed|manned|set up) (?:a |the |their |its )?(?:charity|fund-?raising) (?:stalls?|stands?|booths?)\b|"
                    # (or cooked for people, or took them meals: "cooked lunch for 30 elderly residents", "delivered hot
                    # meals to older people living alone")
                    rf"(?:cooked|made|served|delivered|brought|took) (?:a |the )?(?:[a-z-]+ ){{0,2}}?(?:lunch|dinner|meals?|food|dumplings) "
                    rf"(?:for|to) (?:\d[\d,]* )?"
                    rf"(?:[a-z-]+ )?(?:{_THE_PUBLIC_SERVED}|veterans|patients|families|(?:older|elderly) people)\b|"
                    # (or took turns to help somewhere: "took turns to help at the crossing outside the school")
                    r"(?:took|take|taking) turns to (?:help|guide|direct|marshal|staff|serve)\b[^.;,]{0,10}? (?:at|on|in)\b|"
                    # (or a day off spent at a place where they taught, which the clause after it tells: "spent Sunday 3 May
                    # at Hill Village School, where they gave 9 lessons")
                    # (or a day named by its date, and games or a show led there: "spent 2 June at Ash Lane
                    # Nursery, where they ran games")
                    # (or days or weeks, counted, at a village's school, teaching its pupils: "spent three days at Hill Village
                    # School, teaching art", "spent a fortnight at a mountain school, teaching"; not giving lessons to show
                    # its teachers how, a sharing of skills)
                    rf"spent (?:their |a |the )?(?:saturday|sunday|weekend|day off|holiday|\d{{1,2}} (?:{EN_MONTHS})|"
                    rf"(?:{EN_MONTHS}) \d{{1,2}})\b[^.;,]{{0,20}}? at [^.;,]{{1,60}}?"
                    r"(?=,? where (?:they|we) (?:gave|taught|tutored|ran|led|held|put on|played|read)\b)|"
                    r"spent (?:(?:\d+|two|three|four|five|six|seven|a few|several) (?:days|weeks)|a week|a fortnight) at "
                    r"[^.;,]{0,40}?\b(?:village|rural|mountain|hill) "
                    r"(?:school|kindergarten|primary school)\b[^.;,]{0,20}?(?=,? (?:teaching|tutoring)\b)|"
                    # (or mended or painted a village's or a community's building: "repaired the roof of the community
                    # hall")
                    r"(?:painted|repainted|repaired|fixed|mended|whitewashed) (?:the )?(?:[a-z-]+ ){0,2}?(?:walls?|classrooms?|"
                    r"roofs?|playgrounds?|desks|fences?|paths?|windows|doors) (?:of|at|in) (?:the |a )?(?:[a-z'’-]+ ){0,2}?"
                    r"(?:village|community|care home|nursing home)\b|"
                    # (or gone to a place of care to read or sing with people there: "go to the care home on Sundays to sing
                    # with the residents")
                    rf"(?:gone|went|go|goes|been) to (?:the |a )?(?:[a-z'’-]+ ){{0,3}}?{_A_PLACE_OF_CARE}\b[^.;,]{{0,60}}?\bto "
                    r"(?:read|sing|play|tutor|teach|help)\b|"
                    # (or put on a show at a place of care: "put on a puppet show at the rehabilitation centre")
                    rf"put on (?:a |an |their |its )?(?:[a-z-]+ ){{0,2}}?(?:show|performance|concert|play) (?:at|in|on) (?:the |a )?"
                    rf"(?:[a-z'’-]+ ){{0,3}}?{_A_PLACE_OF_CARE}|"
                    # (or a free show put on in a village or a community: "put on a free concert on the estate's green")
                    r"put on (?:a |an )?free (?:[a-z-]+ ){0,2}?(?:show|performance|concert|play) (?:in|at|on) (?:the |a )?[^.;,]{0,30}?"
                    r"\b(?:village|community|square|park|estate)\b|"
                    # (or taught at a free camp or class for children: "coached at a free holiday club for village children")
                    r"(?:taught|tutored|coached|volunteered) at (?:a |an |the )?(?:[a-z-]+ ){0,2}?free (?:[a-z-]+ ){0,2}?"
                    r"(?:camp|class|classes|club|school)\b|"
                    # (or staffed a free helpline, in turns maybe: "manned a free hotline for families", "took turns answering
                    # a free advice line")
                    r"(?:(?:took|take|taken) turns )?(?:staffed|manned|ran|answered|staffing|manning|running|answering) "
                    r"(?:a |the |its )?free (?:[a-z-]+ ){0,2}?(?:helpline|hotline|phone line|(?:help|advice|homework) line|"
                    # (or a free help desk at a place: "staffed a free information desk at the station")
                    r"(?:help|advice|information|service) (?:desk|point))\b|"
                    # (or a tent or stall of help for those who wait at an exam centre: "manned a rest tent by the exam
                    # hall")
                    r"(?:staffed|manned|ran|set up) (?:a |an |the |\d+ |[a-z]+ )?(?:[a-z-]+ ){0,2}?(?:tents?|stalls?|booths?|"
                    r"desks?|points?|stations?)(?: of rest| for [a-z'’ -]{1,20}?)? (?:outside|at|near|by|beside) (?:the |a )?"
                    r"[^.;,]{0,20}?\bexam(?:ination)? (?:cent(?:re|er)|site|hall)s?\b|"
                    # (or delivered things given to a school or a village, in person)
                    rf"{_DELIVERED_DONATIONS}|"
                    # (or parcels or meals to households or people of a place, in need maybe: "took hampers to 16 households
                    # on the town's low-income list"; not to their own pupils' families, help to the pupils)
                    rf"{_DELIVERED_PARCELS} to (?:\d[\d,]* |[a-z-]+ )?(?:[a-z-]+ ){{0,2}}?(?:households|families|residents|"
                    r"villagers|older people|elderly people)\b(?! of (?:(?:its|the|their|our) )?(?:pupils|students|children)\b)|"
                    # (or a day spent doing some work at a place that serves people in need: "spent Sunday packing food
                    # parcels at the county food bank")
                    rf"spent (?:[a-z0-9-]+ ){{1,3}}?[a-z]+ing\b[^.;,]{{0,40}}? (?:at|in) (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?"
                    rf"{_A_PLACE_OF_NEED})")
# pupils taken to a care home, where they sang or danced or played for its people, or to a martyrs' cemetery, where they swept
# the graves
_PUPILS_TAKEN_TO_SERVE = (rf"(?:[a-z-]+ ){{0,2}}?(?:pupils|students|children|young pioneers)\b(?: (?:from|of) [^.;,\d]{{1,40}}?)? "
                          rf"(?:to (?:the |a )?[^.;,]{{0,40}}?\b{CARE_HOME},? where (?:they|we) (?:sang|danced|performed|put on|"
                          rf"played|recited)\b|{_TO_SWEEP_MARTYRS_GRAVES})")
# a patrol of waters where children may swim, a volunteer's watch as 防溺水巡查 is: "patrolled the riverbanks"
# (or their banks or shores: "patrolled the shores of the reservoir")
_PATROLLED = (r"\bpatroll?(?:ed|ing|s)? (?:the )?(?:(?:banks?|shores?|edges?) of (?:the )?)?(?:[a-z-]+ ){0,2}?(?:river ?banks?|"
              r"riversides?|rivers?|reservoirs?|ponds?|lakes?|waters?|canals?|streams?)\b")
# a clean-up or a litter pick of a public place: "held a joint clean-up of the lake shore"
_A_CLEAN_UP = r"\b(?:clean-ups?|litter[- ]picks?) (?:of|along|in|at|on)\b"
# litter cleared or picked up by the members themselves: "have picked up litter along the beach"
_LITTER_CLEARED = r"\b(?:cleared|picked up|collected|cleaned up|removed) (?:the )?(?:litter|rubbish)\b"
# the years of membership a keepsake marks: "50 years in the party", or said after the Party: "in the party for 40 years"
YEARS_IN_THE_PARTY = r"\b(?:(?:\d+|[a-z]+) years in the party|in the party for (?:\d+|[a-z]+) years)\b"
# the keepsakes of long membership handed to members: 'presented "50 Years in the Party" medals to'
_KEEPSAKES_OF_LONG_MEMBERSHIP_TO = (rf"{YEARS_IN_THE_PARTY}[\"”]?\s*(?:(?:commemorative|memorial|souvenir) )?(?:medals?|badges?|"
                                    r"certificates?) to\s*$")
# teaching or work given without pay, a volunteer's
_UNPAID = r"\b(?:without (?:pay|payment|charge)|unpaid|for free|free of charge)\b"
# the sessions volunteers hold, by their kind: "story hours", "homework sessions", "craft classes" (hours alone are time
# given)
_VOLUNTEERS_SESSIONS = r"^(?:[a-z-]+ ){0,2}?(?:(?:story|reading|homework|craft) hours|sessions|classes|talks|workshops|lessons)\b"
# the membership said to have grown from a count: "the number of party members rose from …"
# (whose may be said between, a school named by its number too: "in Riverside No. 2 Primary School")
MEMBERSHIP_GREW_FROM = (r"\b(?:(?:the )?number of (?:communist )?party members|(?:party )?membership)\b(?:[^.;]|\bno\.){0,50}?\b"
                        r"(?:has |have |had )?(?:increased|grown|grew|risen|rose|expanded) from")
# what a volunteer's reading or performing reached, said after it: "reading to over 200 children", "reading stories at 38
# sessions to more than 900 young visitors"
# (or, said of them, where they did it: "…at the library, where they read to about 300 children")
# (reading with them too: "reading with 40 young patients")
# (or over the visits they made, said first: "in those five visits they read to about 70 children")
_READ_TO = (r"(?:^|,)\s*(?:(?:where|and|as) (?:they|members|the volunteers|we) |(?:over|during|across|in|on) (?:the |their |its |those |these )?"
            r"(?:[a-z0-9-]+ ){0,2}?(?:visits|sessions|trips) (?:they|members|the volunteers|we) )?"
            r"(?:(?:reading|read|singing|sang|performing|performed|telling stories|told stories)\b[^.;,]{0,40}?\bto|"
            r"(?:reading|read) with)")
_READ_TO_WHOM = (rf"^(?:[a-z-]+ )?{PEOPLE}\b|^(?:[a-z-]+ )?(?:children|pupils|residents|villagers|people|seniors|patients|"
                 r"visitors)\b")
# (members, or they, gone) into the community: "teachers into the community", "go deep into the communities"
_INTO_THE_COMMUNITY = r"\binto (?:the |their |local )?communit(?:y|ies)\b"
# (a service taken there: "took its puppet show to the children's ward of the county hospital")
_TOOK_TO_A_PLACE_OF_CARE = (r"\b(?:took|brought|takes|brings|(?:has|have) (?:taken|brought)) (?:(?:its|their|the|our|a) )?"
                            rf"[^.;]{{0,40}}? to (?:the |a )?(?:[a-z'’-]+ ){{0,3}}?{_A_PLACE_OF_CARE}")
# members who served in some part: "9 member teachers served as …", "14 party members took turns as …"
_MEMBERS_SERVED_AS = (r"^(?:communist )?(?:party )?(?:members|member teachers|teachers who are (?:party )?members)\b\s+"
                      r"(?:have\s+|had\s+)?(?:took turns|take turns|served|serve|worked|work|acted) as\b")
# a membership told, and some of those members who joined, said as no more than that
# (or the members a year ended with: "ended 2024 with 12 members")
_A_MEMBERSHIP_TOLD = (r"\b(?:has|have|had|numbers?|numbered|(?:ended|closed|finished) (?:the (?:year|term)|(?:19|20)\d{2}) with) "
                      r"(?:[\d,]+|[a-z-]+) (?:party |student |teacher |full )?members\b")
# (the time they joined maybe a season or a term: "this spring", "last term")
# (or admitted, in the year told: "two of them admitted in the year")
_OF_THEM_JOINED = (r"^of them (?:have |had )?(?:joined|(?:were |been )?admitted)\b(?=\s*(?:[,.;]|$|in (?:the )?(?:last|past) |"
                   r"(?:this|last) (?:year|term|spring|summer|autumn|winter)|in (?:19|20)\d\d|in the year|since|over the|"
                   r"during|recently))|"
                   # (or with no "of them", when they joined said: "Three joined in the last two years")
                   r"^(?:have |had )?joined (?=in (?:the )?(?:last|past) |this year|last year|in (?:19|20)\d\d|since|over the|"
                   r"during)")
# a free event held for the public, said so: "held a free puppet show in the square"
_HELD_A_FREE_EVENT = r"(?:held|ran|gave|put on) (?:a|an) free\b"
# the school's own pupils' parents or families, whom its free talks serve as its own work: "parents of its Grade 1 pupils"
_ITS_OWN_PUPILS_PARENTS = (r"(?:families|parents) of (?:its|our|the (?:school|kindergarten)['’]s) (?:own )?(?:[a-z0-9-]+ ){0,2}?"
                           r"(?:pupils|students|children)\b")
# children or people from outside the school, whom something was for: "for local children", "for pupils from the
# neighbouring school"
_FOR_OUTSIDERS = (r"for (?:(?:local|village|neighbourhood|migrant|migrant workers['’]|left-behind) "
                  r"(?:children|pupils|families|residents)|"
                  r"(?:children|pupils|residents|families|older people|elderly people|villagers) (?:from|of|in|at) (?:the|a) "
                  r"(?:neighbouring|nearby|local|village|next-door)\b)")
# the members (or teachers or volunteers) who ran a free class or club told of, said after it: "Eight member teachers take
# turns to run it", "Three members with nursing training taught the course"
# (or with an aside on what qualifies them, in the present: "Four members, all keen players, lead the sessions")
_THOSE_WHO_RAN_IT = (r"^(?:of (?:your|our|its|the branch's) )?(?:party )?(?:members|teachers|member teachers|volunteers)"
                     r"(?: (?:with|who (?:hold|have)) [^.;,\d]{1,40}?|,[^.;,\d]{1,40},)? (?:have |had |will )?"
                     r"(?:(?:taught|ran|led|teach|run|lead) (?:the|its) (?:\d+ )?(?:course|class|classes|camp|sessions|lessons)\b|"
                     r"(?:taught|ran|led|teach|teaches|run|runs|lead|leads) it\b|"
                     r"signed up(?: to (?:take turns|teach|help)\b|\s*(?:[.;,]|$))|(?:taught|tutored|volunteered|teach|tutor|volunteer) "
                     # (or, in the present, take turns to run it: "Eight member teachers take turns to run it after school")
                     # (or just took turns, nothing more said: "In July nine members took turns, and 40 children came")
                     r"(?:in it|there|at it)\b|(?:took|take) turns(?= and\b|\s*[.;,]|\s*$)|"
                     # (or each taken a turn at it: "25 members have taken turns at tutoring")
                     r"(?:(?:took|take) turns|taken (?:turns|a turn)) (?:on duty\b|to teach|teaching|to tutor|"
                     r"at (?:it\b|the (?:scheme|club|class|room|sessions)\b|teaching\b|tutoring\b)|"
                     r"to (?:lead|run|take|staff) "
                     r"(?:it\b|(?:the |its )?(?:sessions|classes|lessons|club|class))|leading (?:it\b|(?:the |its )?(?:sessions|classes|lessons))|"
                     # (or looking after it: "take turns supervising it", "take turns answering it")
                     r"(?:supervising|running|staffing|minding|answering|to supervise|to answer) (?:it\b|the (?:room|club|class|sessions|"
                     r"calls|phone)))|"
                     # (or do it on a rota: "staff it on a rota")
                     r"(?:staff|staffed|run|ran|supervise|supervised) it (?:on|by) (?:a )?rota"
                     r"\b)")
# a series of free talks or classes: "began free talks on child care for parents"
_FREE_TALKS = r"\bfree (?:[a-z-]+ ){0,2}?(?:talks|lectures|classes|workshops)\b"
# a free class the members opened or run for others' children, said in the sentence before those who taught in it or
# attended it: "has run a free Saturday Classroom for migrant workers' children"
# (its length or season may come first: "ran a two-week free tutoring camp")
# (or given or held: "have given free evening revision classes")
_FREE_CLASS_OPENED = (r"\b(?:run|runs|ran|running|opened|offers|offered|started|set up|launched|organi[sz]ed|"
                      r"(?:have|has|had) given|held|holds|hold) (?:a |an )?(?:[a-z-]+ ){0,2}?free\b[^.]{0,40}?\b(?:classroom|"
                      r"(?:reading |study |homework )room|"
                      r"class|classes|lessons|club|course|workshops?|tutoring|homework help|camp|(?:reading |study |homework )?corners?|"
                      r"(?:after-school |holiday )?care(?: service)?|playgroup|play scheme|"
                      r"(?:summer|holiday|winter|weekend) school|(?:reading |study |homework )?programme|(?:reading |study |homework )?program|"
                      r"helpline|hotline|help line)\b|"
                      # (or named first, then who runs it: "The free chess club run by the branch …")
                      r"\bthe free (?:[a-z-]+ ){0,3}?(?:classroom|class|club|course|camp)\b (?:run|organi[sz]ed|held) by\b|"
                      # (or a room of the school's kept open for children of others: "kept its library open on Saturdays
                      # for village children")
                      r"\bkept (?:its|the|their|our|a) (?:[a-z-]+ ){0,2}?(?:room|library|classroom|corner)\b open\b[^.]{0,60}?"
                      r"\bfor (?:[a-z-]+ ){0,3}?(?:children|pupils|kids)\b|"
                      # (or story times run at a public library, free as such are: "held story time at a county library")
                      r"\b(?:run|runs|ran|running|held|holds|hold) (?:a |an |the )?(?:[a-z-]+ )?(?:story|reading|storytelling) "
                      r"(?:hours?|time|sessions?|club)\b[^.]{0,20}? at (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:library|libraries|"
                      r"community cent(?:re|er))\b|"
                      # (or opened to them: "opened its reading room to children from the estate")
                      r"\bopened (?:its|the|their|our) (?:[a-z-]+ ){0,2}?(?:room|library|classroom|corner) to (?:[a-z-]+ ){0,3}?"
                      r"(?:children|pupils|kids)\b|"
                      # (or a room for children in need, not said to be free, as none such charges: "opened a weekend
                      # homework room for children from low-income families")
                      r"\b(?:opened|set up|started|launched|runs?|ran) (?:a |an )?(?:[a-z-]+ ){0,2}?(?:study|reading|homework) "
                      r"(?:room|corner)\b[^.]{0,20}? for (?:the )?(?:[a-z-]+ ){0,2}?(?:children|pupils|kids) (?:of|from|in) "
                      r"(?:[a-z-]+ ){0,2}?(?:migrant|poor|low-income|needy|left-behind|disadvantaged)\b")
# a free club or class the members run, said in the sentence before its sessions: "run a free chess club", "a homework club,
# which members run for free"
# (how often may be said before "free": "holds a monthly free reading club")
# teaching taken somewhere a number of times: "travelled to the village school five times, giving lessons"
_TO_TEACH = r"(?:giving|teaching|to give|to teach)\b"
_TRAVELLED_TO_TEACH = (rf"(?:travell?ed|gone|went|driven|drove) to [^.;,\d]{{1,40}}? (?:\d+|[a-z]+) times,? {_TO_TEACH}|"
                       # (or travelled there to teach or tutor: "have driven to Pine Village to tutor its children"; or to help
                       # children with their school work: "went to Oak Village to help 15 children with their reading")
                       r"(?:travell?ed|gone|went|driven|drove) to [^.;,\d]{1,40}? to (?:tutor|teach|coach\b|help (?:\d[\d,]* |"
                       r"[a-z]+ )?(?:[a-z-]+ ){0,2}?(?:children|pupils|kids|students) with (?:their )?(?:homework|studies|"
                       r"reading|lessons|school ?work))\b|"
                       # (or to a village or hill school named, then gave lessons there: "drove to Pine School, a hill school
                       # of 60 pupils, and gave 6 lessons")
                       r"(?:travell?ed|went|drove) to [^.;]{1,60}?\b(?:village|hill|mountain|rural) school\b[^.;]{0,30}?"
                       r"\band (?:gave|taught)\b")
# care given to children, after a comma: "…, looking after 35 children"
_LOOKING_AFTER = r",\s*(?:looking after|caring for|minding|supervising)(?: a total of)?\s*$"
# a gift said of people named before: "They donated 300 books"
_THEY_DONATED = r"\s*(?:they|the (?:teachers|members|volunteers)) (?:donated|gave away|presented)\b"
# time given to others told in a sentence, and the words that then count what they gave: "So far they have given 9 Saturdays"
_TIME_GIVEN_BEFORE = rf"\b(?:{VOLUNTEERING}|{_GAVE_THEIR_TIME}|{_TRAVELLED_TO_TEACH})"
_THEY_HAVE_GIVEN = r"\b(?:they|members|we|the volunteers|the teachers) (?:have |had )?(?:given|gave|spent)"
_DAYS_GIVEN = r"(?:saturdays|sundays|weekends|evenings|mornings|afternoons)"
# a show, lessons or books taken to a village's school or people: "took a puppet show to Hill Village Kindergarten"
_TOOK_TO_A_VILLAGE = (r"(?:took|brought|carried) (?:a|an|their|some) (?:[a-z-]+ ){0,2}?(?:show|performance|concert|play|lessons?|"
                      r"classes|books|library) to [^.;,]{0,40}?\b(?:village|rural|mountain)\b|"
                      # (or visited such a school, and what they did there: "visited Oak Village School, where they painted
                      # murals with its pupils")
                      r"visited [^.;,]{0,30}?\b(?:village|rural|mountain) (?:school|kindergarten|primary school)\b(?=,? where they\b)")
# the public volunteers guide or help on their way, after the verb: "guiding some 900 travellers"
# (or those sitting an examination, met at its gate: "guiding some 600 candidates")
_THE_PUBLIC_ON_THE_MOVE = (rf"^(?:[a-z-]+ )?(?:{_THE_PUBLIC_SERVED}|travell?ers|passengers|visitors|patients|runners|tourists|"
                           r"candidates|examinees|evacuees|voters|people)\b")
# things repaired or cleaned for the public: "repaired 35 appliances for residents"
_REPAIRED_FOR_THE_PUBLIC = (r"(?:repaired|fixed|mended|serviced|checked|cleaned)\b[^.;]{0,60}?\bfor (?:local |the )?"
                            r"(?:residents|villagers|neighbou?rs|the elderly|elderly people|people)\b")
# a service given free: "gave free safety checks to 75 cars", "offered free haircuts"
_GAVE_A_FREE_SERVICE = (r"(?:gave|offered|provided|did|carried out) free (?:[a-z-]+ ){0,2}?(?:checks|check-ups|repairs|haircuts|"
                        r"consultations|advice|services?|tests|screenings)\b")
# work done for the public, said to be free: "repaired 63 bicycles for residents free of charge"
# (or at stalls set up in a public place: "set up stalls by the market to sharpen knives and mend shoes for free")
_DONE_FOR_THE_PUBLIC_FREE = (r"(?:(?:repaired|fixed|mended|serviced|checked|cleaned|cut|gave|offered|provided|painted)\b[^.;]{0,80}?"
                             r"\bfor (?:local |the )?(?:residents|villagers|neighbou?rs|the elderly|elderly people|older people|"
                             r"people|passers-by|the public|"
                             # (or a school in the country: "repaired 30 desks for a village school, free of charge")
                             r"(?:an?|the) (?:[a-z-]+ )?(?:village|rural|mountain|hill) (?:school|kindergarten))\b|"
                             r"set up (?:a |their |some )?(?:stalls?|stands?|booths?|tables?)\b[^.;]{0,80}?|"
                             # (or days spent in a village or a community, doing it: "spent two days in Pine Village,
                             # mending 40 bicycles for free")
                             r"spent (?:[a-z0-9-]+ ){1,3}?(?:in|at) [^.;,]{1,40}?\b(?:village|community|town)\b,? (?:repairing|"
                             r"fixing|mending|servicing|cutting|painting)\b[^.;]{0,50}?)"
                             r"[^.;]{0,30}?\b(?:free of charge|for free)\b")
# work the residents of a place were helped to do: "helped villagers of Shuikou clear their ditch"
_HELPED_RESIDENTS_DO = (r"helped (?:the )?(?:local )?(?:residents|villagers|neighbou?rs|older people|elderly people)"
                        r"(?: of (?:the |a )?[^.;,\d]{1,40}?)? (?:to )?(?:plant|clean|clear|build|paint|repair|set up|tidy|sweep)\b")
# health checks done for the public: "helped measure blood pressure for older residents"
_HEALTH_CHECKS_FOR_THE_PUBLIC = (r"(?:helped (?:to )?)?(?:measur(?:e|ed|ing)|t(?:ake|ook|aking)|check(?:ed|ing)?)\b[^.;]{0,20}?"
                                 r"\bblood pressure\b[^.;]{0,40}?\bfor\b[^.;]{0,12}?\b(?:residents|villagers|seniors|"
                                 r"older (?:people|residents)|elderly (?:people|residents)|the elderly|neighbou?rs|passers-by)\b")
# members who went to a place of care to do something for the people there, a service: "visited the children's ward at the
# hospital to read stories", "went to the old people's home to sing"
_A_VISIT_TO_SERVE = (r"\b(?:visited|went to|called at|spent [a-z ]{1,20}? at)\b[^.;]{0,60}?\b(?:hospital|ward|care home|nursing home|"
                     r"old people['’]s home|home for the elderly|welfare (?:home|centre|center)|orphanage)\b[^.;]{0,30}?\bto "
                     r"(?:read|sing|perform|teach|tell|play|run|help|cheer|visit)\b")
# a club or class run for children in need, not said to be free: "have run a homework club for 12 children whose parents
# work far away"
_RUN_FOR_CHILDREN_IN_NEED = (r"(?:run|runs|ran|held) (?:a |an )?(?:[a-z-]+ ){0,3}?(?:club|class|classroom) for [^.;]{0,30}?"
                             r"\b(?:whose parents (?:work|are|live) (?:away|in other|elsewhere|far)|left-behind|"
                             r"migrant (?:workers['’] )?children)")
_FREE_CLUB = (r"\b(?:run|runs|ran|hold|holds|held|offer|offers|offered) (?:a |an )?(?:(?:weekly|monthly|daily|nightly|regular) )?"
              r"free (?:[\"“][^\"”]{1,30}[\"”] |[a-z-]+ ){0,2}?"
              r"(?:club|class|classes|course|workshop|workshops|tutoring|camp)\b|"
              r"\b(?:club|class)\b[^.;]{0,40}?\b(?:run|runs|ran|hold|holds|held) (?:for free|free of charge)\b|"
              # (or run for children in need, not said to be free: "ran a chess club for left-behind children")
              rf"\b{_RUN_FOR_CHILDREN_IN_NEED}")
# the words of a member's help to pupils, in the sentence before a count of the pupils in the scheme
_HELP_OF_PUPILS = (r"\b(?:pair(?:s|ed)?|help(?:s|ed)?|tutor(?:s|ed)?|mentor(?:s|ed)?|support(?:s|ed)?|looks? after|"
                   r"takes? care of|cares? for|keeps? in touch with|kept in touch with|keeping in touch with)\b")
# some counted who won prizes: "have since won city teaching awards"
_WON_PRIZES = r"(?:(?:have|had)(?: since| also)? )?won (?:[a-z-]+ ){0,4}?(?:awards|prizes)\b"
# young teachers, or the mentees of a mentoring scheme, told of before a count of some of them (or teachers said to be
# in their first years, or said to be mentored: "Members mentored 15 teachers …, and 6 of them won …")
_YOUNG_TEACHERS = (r"\b(?:young|new|novice|junior|newly[- ]recruited) (?:teachers|colleagues)\b|\bmentees\b|"
                   r"\b(?:teachers|colleagues) in their first\b|"
                   r"\b(?:mentored|coached) (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:[a-z-]+ )?(?:teachers|colleagues)\b")
# some of the members, counted with them, who came to a meeting: "41 of the branch's 44 members attended"
_OF_THE_MEMBERS_PRESENT = r"^of (?:the|its|our)(?: [a-z'’]+)? \d[\d,]* (?:full |party )?members\s+(?:attended|were present|took part)\b"
# teaching said to be free after it: "have taught art and reading, free of charge, to …"
_TAUGHT_FOR_FREE = r"\b(?:taught|teach(?:es|ing)?)\b[^.]{0,100}\b(?:for free|free of charge)\b"
# tutoring said to be free, before it or after it ("free tutoring", "tutored children of migrant workers for free"), or
# teaching so said
# (what it is in may be said first: "free online maths classes", not one's free time: "in their free time, tutoring")
# (a class of its own name too: 'a free "Summer Companion" class'; or of two subjects: "free art and music classes")
# (or a scheme of tutoring that gives pupils free help: "joined the tutoring scheme, giving free help to pupils")
_FREE_TUTORING = (r"\bfree (?!time\b)(?:[a-z-]+ (?:(?:and|or) [a-z-]+ )?|[\"“][^\"”]{1,30}[\"”] ){0,2}?(?:tutoring|homework help|lessons|class(?:es)?|study rooms?|camps?|"
                  r"(?<=exam )clinics?|(?<=homework )clinics?|(?<=study )clinics?|(?<=revision )clinics?|"
                  r"courses?|training|talks?|workshops?|care|childcare|sessions?)\b|"
                  rf"\btutor(?:ed|s|ing)?\b[^.]{{0,100}}\b(?:for free|free of charge)\b|{_TAUGHT_FOR_FREE}|"
                  rf"\btutoring (?:scheme|programme|program|project)\b[^.;]{{0,20}}?\bfree (?:help|support) (?:to|for) "
                  rf"(?:[a-z-]+ )?{STUDENTS}\b")
# the people of a school, by their kinds, and others listed after them: "members, six activists and 52 pupils"
_PEOPLE_OF_A_SCHOOL = (r"(?:party )?(?:members|member teachers|activists|pupils|students|teachers|parents|volunteers|staff|"
                       r"young pioneers|pioneers)")
# (or others who joined them, set off by commas: "Nine members, joined by 16 parents,")
_AND_OTHERS_LISTED = (rf"(?:,\s*(?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?{_PEOPLE_OF_A_SCHOOL})*"
                      rf"(?:,?\s+and\s+(?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?{_PEOPLE_OF_A_SCHOOL})?"
                      rf"(?:,\s*(?:joined|helped|accompanied) by (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?{_PEOPLE_OF_A_SCHOOL}"
                      r"(?: and (?:their|the) [a-z]+)?,)?")
# a public place cleaned up, or its litter: "collected litter", "swept the streets", "cleaned up the park"
_PUBLIC_CLEAN_UP = (r"(?:collected|picked up|cleared|cleaned up|swept up) (?:the )?(?:litter|rubbish|trash)\b|"
                    # (or counted by the bag or the weight: "picked up some thirty bags of litter")
                    r"(?:collected|picked up|cleared|filled) (?:(?:about|some|over|nearly|almost|more than) )?"
                    r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:bags|sacks|bin bags|kilos|kilograms|kg) of (?:litter|rubbish|trash|waste)\b|"
                    # (or what a storm left on public roads: "cleared fallen branches from the roads")
                    r"(?:cleared|removed|cleaned up) (?:the )?(?:fallen )?(?:branches|trees|debris|snow|mud)\b[^.;]{0,20}?"
                    r"\b(?:from|off|on|along) (?:the )?(?:[a-z-]+ ){0,2}?(?:roads?|streets?|paths?|pavements?|lanes?)\b|"
                    r"(?:cleaned|swept|tidied)(?: up)? (?:the )?(?:[a-z-]+ ){0,2}?(?:park|streets?|riverside|river ?banks?|"
                    r"beach|square|roads?|lanes?)\b|"
                    # (or a day spent doing it: "spent Sunday clearing litter from the canal path")
                    r"spent (?:[a-z0-9-]+ ){1,3}?(?:clearing|collecting|picking up|cleaning up|cleaning|sweeping)\b[^.;]{0,40}?"
                    r"\b(?:litter|rubbish|trash|branches|debris|snow|mud|streets?|roads?|park|beach)\b"
                    # (or the graves of martyrs swept)
                    rf"|{_MARTYRS_GRAVES_SWEPT}")
# pupils helped across a road or onto a bus, a duty of the school's, no help to pupils in need: "helping 600 pupils cross the
# road"
# (or in at the gate: "helped 900 pupils in safely")
_HELPED_ACROSS = (rf"^(?:[a-z-]+ )?{STUDENTS} (?:to )?(?:(?:cross|get (?:to|home|across|on|off|in)|board|reach|line up|into school)\b|"
                  r"in(?: safely)?(?=\s*(?:[.;,]|$)))")
# (or helped to do a task of an event, no help of a pupil in need: "helped 80 pupils write cards to the soldiers")
# (their parents maybe with them, on their first day: "helped 90 new pupils and their parents find their way")
_HELPED_AT_A_TASK = (rf"^(?:[a-z-]+ )?{STUDENTS} (?:and their (?:parents|families) )?(?:to )?(?:write|make|plant|paint|draw|fold|"
                     r"wrap|pack|decorate|bake|build|sing|perform|put on|clean|tidy|sweep|collect|pick up|find|settle in)\b")
# classes of revision before exams, not said to be for pupils in need or of a village
_REVISION_CLASSES = (r"(?:revision|exam|exam-revision|review) (?:classes|lessons|sessions)\b"
                     r"(?![^.;]{0,60}\b(?:for|to)\b[^.;]{0,40}\b(?:in need|poor|low-income|needy|migrant|left-behind|village|rural|"
                     r"from families|struggling))")
# veterans or older people, whose homes members were led to, and those homes with their count: "to the homes of four
# veterans"
_THE_OLD_OR_VETERANS = r"(?:veterans|old soldiers|older people|elderly people|families of martyrs)\b"
_TO_THE_HOMES_OF_THE_OLD = rf"to the homes of (?:\d[\d,]*|[a-z-]+) (?:[a-z-]+ )?{_THE_OLD_OR_VETERANS}"
# a watch or patrol told before: "Members have kept a watch by the river."
_A_WATCH = r"\b(?:watch|patrol)\b"
# (or any volunteering)
_A_SERVICE_OR_WATCH = rf"\bvolunt|{_A_WATCH}"
# teaching pupils in hospital told before: "… sends member teachers to the ward to help sick pupils with their lessons"
_TEACHING_ON_A_WARD = r"\b(?:hospital|ward)\b[^.]*\b(?:school ?work|lessons|teach|tutor|keep up)"
# (or said as what people were led to do: "to pick up litter", "to clean the park")
_TO_CLEAN_UP = (r"to (?:pick up|collect|clear|clean up|sweep up|clean|sweep|tidy)(?: up)? (?:the )?(?:[a-z-]+ ){0,2}?"
                r"(?:litter|rubbish|trash|park|streets?|riverside|river ?banks?|beach|square|roads?|lanes?)\b")
# pupils said to be in need: "pupils from low-income families", "children in need"
# (or said by a clause to lack something they need: "pupils who had no computer at home")
_PUPILS_IN_NEED = (rf"{STUDENTS} (?:(?:from|of|in) (?:[a-z-]+ ){{0,2}}?(?:migrant|poor|low-income|needy|left-behind|"
                   r"disadvantaged|struggling|need|difficulty|hardship)|who (?:had|have|lacked|lack) no)\b")
# a membership's kinds in brackets after it, each named before its count: "Party members: 22 (full 20, probationary 2)"
_KINDS_IN_BRACKETS = r"\bmembers\b[^.;()]{0,20}\(\s*(?:full|probationary)\b[^.;()]*$"
# lessons given to people counted next: "taught 36 lessons to", "gave 12 classes for"
_LESSONS_GIVEN_TO = (r"\b(?:taught|teaching|gave|giving|given|delivered|delivering|held|holding|ran|running)\b[^.;]{0,40}?"
                     r"\b(?:lessons|classes|sessions)\s+(?:to|for)\s*$|"
                     # (or the subjects taught: "teaching art and music to 25 pupils")
                     r"\bteaching (?:[a-z-]+(?:,? and |, | )){1,4}?to\s*$")
# a line labelled as the volunteer service, whose figures follow: "Volunteer work: 6 activities, …", "Volunteers: …"
# (or the service alone, as a report's field of the community service its members did: "Service: 21 activities; 900 hours")
VOLUNTEER_LABEL = (r"^\W*(?:\d{1,2}\s*[.)]\s*)?(?:volunt(?:eers|eer|ary|eering)(?: services?| work| activities| outings| events|"
                   r" sessions)?|"
                   r"(?:community )?service)\s*:")
# what a count after a verb of serving may be that is no people served: "served 300 hours" (or things served: "served
# 1,500 meals", "300 bowls of porridge")
_NO_PEOPLE_SERVED = r"(?:hours|times|sessions|occasions|days|shifts|meals|lunches|dinners|breakfasts|portions|bowls|cups|dishes)"
# a number said to be the whole of what was named before it: "…, 12 in total"
IN_TOTAL = r"^(?:in total|in all|altogether|so far|to date)\b"
# the organization or school whose own people are counted right after: "its 19 party members", "the branch's 6 activists"
ITS_OWN = r"(?:^|\b)(?:its|our|whose|(?:the )?(?:branch|committee|school|kindergarten|academy)'s)\s*$"
# (and the people counted after all its members, whom the rules of what people did leave to the counts of its own: "its 17
# members and eight activists cleared the beach")
_AFTER_ITS_MEMBERS = r"\b(?:its|our|their) \d[\d,]* (?:party )?members and\s*$"
# something given to people: "donated school bags to", "brought books and stationery to"
# (or things brought or bought or money raised for them: "bringing 60 picture books for the 45 children there", "raising
# 8,600 yuan for 6 children with serious illnesses", "bought winter coats for 71 pupils")
GIVEN_TO = (r"(?:\b(?:donated|gave|presented|sent|delivered|distributed|brought|took|handed out)\b[^.;]{0,40}?\bto|"
            r"\b(?:bringing|brought|donating|donated|raising|raised|bought|buying|buy|purchased)\b[^.;]{0,30}?\bfor(?: the)?)")

# a club or class that helps pupils with their work, and the pupils who come to it
_A_CLUB_OF_HELP = r"\b(?:homework|reading|study(?: skills)?|tutoring|after-school|revision|catch-up) (?:club|class|classes|group)\b"
_PUPILS_WHO_COME = rf"^(?:[a-z-]+ )?{STUDENTS} (?:now |regularly |still )?(?:attend|attended|join|joined|come(?: to)?|came(?: to)?)\b"
# a school's party branch or committee, by the school's name (its number maybe in it: "of No. 4 Middle School") or as its own
_A_SCHOOLS_BRANCH = (r"(?:\b(?:party )?(?:branch|committee) of (?:the )?(?:[^.;,]|(?<=\bno)\.){1,60}?\b(?:school|kindergarten|"
                     r"college)|\b(?:our|its|the school['’]s|the kindergarten['’]s) (?:party )?(?:branch|committee))")
# the school's people, said to be admitted (to the party: not admitted somewhere else, "admitted to the county's training")
_ADMITTED_STAFF = r"^(?:new |young )?(?:teachers?|colleagues?|staff members?)\b(?! (?:to|into|for|from) (?:the |our )?(?!party)\w)"
# the words that open a breakdown of a count of members: "88 members, of whom 83 full and 5 probationary"
_A_BREAKDOWN = r"(?:of whom|including|among them)"

# what one person does that is the branch's all the same: its lectures, its study, its meetings and theme days
# (one of them, at a rate: "I give a Party lecture each term")
_THE_BRANCHS_OWN = (r"^(?:[a-z-]+ )?party (?:lectures?|class(?:es)?|lessons?)\b|"
                    r"^(?:[a-z'’-]+ ){0,4}?(?:collective|group|centrali[sz]ed|theory|theoretical|political) (?:study|learning)\b|"
                    r"^(?:[a-z-]+ )?(?:theme party days?|organi[sz]ational life meetings?)\b")

# a volunteer team, and what it did, told of it by a pronoun or "the team": "… it organized 9 weekend events"
_A_VOLUNTEER_TEAM = r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|corps|squad)\b"
_THE_TEAM_HELD = r"\b(?:it|they|the team|the group) (?:has |have |had )?(?:organi[sz]ed|held|ran|run|carried out|staged)\s*$"
_EVENTS = r"^(?:[a-z-]+ ){0,2}?(?:events|activities)\b"


RULES: list[Rule] = [
    # all the members of a school's branch, "the 28 members of Elm School's branch" or "all 19 members of …", are its head count,
    # whatever they did (read before the rules of what people did)
    Rule("members_total", ("Before Qingming the 20 members of Elm School's branch planted trees at the memorial as volunteers.",
                           "In May all 19 members of Elm School's branch registered as community volunteers."),
         before=r"(?:^|\b)(?:the|all(?: the)?)\s*$",
         after=r"^(?:party )?(?:members|member teachers) of (?:[a-z0-9.'’-]+ ){1,6}?(?:school|academy|kindergarten)['’]s "
               r"(?:party )?branch\b",
         # (not those of them a clause after names, some of the branch: "the 9 members of Elm School's branch who cook at the
         # soup kitchen")
         not_after=r"^[^.;,]*?\bbranch who\b"),
    # what each of the people counted gave, said in a clause on them: no figure ("named six Volunteer Stars, each of whom gave
    # over 80 hours")
    Rule(None, ("the branch thanked its volunteers, each of whom gave over 80 hours of service",),
         before=r"(?:^|,)\s*each (?:of (?:whom|them) )?(?:has |had )?(?:gave|given|put in|contributed|logged|served)\s*$",
         after=r"^hours\b", name="each one's hours"),
    # a school year named by its number, no count of the pupils in it: "14 Year 12 students have applied" (not a count after a
    # time: "This year 38 children took part")
    Rule(None, ("All Grade 11 students took part.",),
         before=r"(?:^|\d|\b(?:all|in|of|for|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                r"[a-z]+ty(?:-[a-z]+)?))\s*(?:year|grade)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b",
         name="a school year named by its number"),
    # free revision classes the school's teachers give before exams are their own pupils' teaching, no volunteering (as
    # tutoring the school's own pupils for free is none): "member teachers held free revision lessons on Sundays, 20
    # lessons in all" (but those for pupils in need or of a village are: "… free revision classes for pupils in need")
    Rule(None, ("before the exams 12 member teachers held free Sunday revision lessons",),
         after=r"^(?:party )?(?:members|member teachers)\b(?: (?:of|from) [^.;,\d]{1,60}?)? (?:have |had )?(?:ran|run|held|gave|"
               rf"offered) free (?:[a-z-]+ ){{0,2}}?{_REVISION_CLASSES}",
         name="the school's own pupils taught"),
    Rule(None, ("Members ran free revision classes before the exams. In all they taught 30 classes.",),
         earlier=rf"\bfree (?:[a-z-]+ ){{0,2}}?{_REVISION_CLASSES}", before=r"\b(?:taught|held|gave|ran)\s*$",
         after=r"^(?:[a-z-]+ )?(?:classes|lessons|sessions)\b", name="the school's own pupils taught"),
    # the people a meeting's record lists as present are those at that meeting, no head count: "In attendance: 3 activists"
    Rule(None, ("Present: all members (24 of 26)", "In attendance: 3 activists", "Apologies: 2 members"),
         frame=r"(?:^|\n)[ \t]*(?:present|in attendance|attending|attendees|absent|apologies|also present)[ \t]*:[^.;\n]*$",
         # (but the membership they are some of is the branch's: "Present: 19 of the branch's 20 members")
         not_before=r"\bof (?:the |all )?(?:(?:branch|committee|school)['’]s|its|our)\s*$",
         review=True, name="people at a meeting"),
    # the count a volunteer team grew from is of an earlier time (the count it grew to: below)
    Rule(None, ("Since 2019 the volunteer team has grown from 12 volunteers",),
         frame=r"(?:\bteam\b[^.;]{0,30}?|\bit )\b(?:has |had )?(?:grown|grew|risen|rose|expanded) from\s*$",
         not_after=r"^(?:[a-z-]+ )?(?:party )?members\b",  # (a membership's growth: the rules of members read it)
         review=True, name="a count it grew from"),
    # (and the branches a lecture was given at are some of the school's: "gave talks at 3 of the branches")
    Rule(None, ("the secretary gave talks at 3 of the branches",),
         before=r"\b(?:lectures?|talks?|lessons?|visits?)\s+(?:at|in|to)\s*$", after=r"^(?:party )?branches\b",
         review=True, name="branches visited"),
    # the kinds of people a team's volunteers, just counted, are, after a colon: "The team has 40 volunteers: 28 members and
    # 12 activists" (the team's, not the school's members or activists)
    # (not one count in brackets, which is of the volunteers: "Our volunteers (12 members) gave …")
    Rule(None, ("The team's volunteers: 28 members and 12 activists", "its volunteers: 9 members and 4 pupils"),
         frame=r"\b(?:\d[\d,]*|its|our|their|the team['’]s)\s+(?:[a-z-]+\s+)?volunteers\s*:\s*[^.;:]{0,50}$",
         after=r"^(?:[a-z-]+ )?(?:members|party members|activists|teachers|pupils|students)\b",
         name="kinds of a team's volunteers"),
    # micro Party lessons recorded are videos, micro-lessons: "have recorded 15 micro Party lessons")
    Rule("micro_lessons", ("member teachers have recorded 15 micro Party lessons",),
         before=r"\b(?:recorded|filmed|produced)\s*$", after=r"^micro[- ]?party (?:lessons|lectures)\b"),
    # teaching taken to a partner or village school, never called by the countryside's name (送教下乡), is no service of the
    # school's: "members took lessons to their paired rural school 6 times"
    Rule(None, ("members took lessons to their paired rural school 6 times",),
         before=r"\b(?:took|takes|take|taken|brought) (?:lessons|teaching|classes) to (?:its |our |the |a )?(?:partner |paired |sister )?"
                r"(?:village |rural )?schools?\s*$",
         after=r"^times\b", name="teaching taken to a partner school"),
    # what the writer did, told in the first person singular, is one person's, not the school's: "Every Wednesday I tutored
    # 4 children" (a member's own account; "we" tells what the branch did; but party lectures, which one person gives,
    # are the branch's, whoever tells of them: a secretary's "I gave 2 party lectures"; and so are the members' meetings
    # and study the writer organized: "I organized 20 sessions of the branch's collective study")
    Rule(None, ("Every Wednesday I tutored 4 children from migrant families", "this term I gave 3 lectures to my class"),
         # (not an "I" that opens a quoted name: 'the "I do practical things for the masses" activities')
         before=r"(?<![\w.\"“‘'])i (?:[a-z]+ ){0,2}[a-z]+\s*$", not_after=_THE_BRANCHS_OWN, name="one person's own"),
    # (the second of the writer's doings, joined to the first: "In 2023 I mentored two young teachers and gave 3 demonstration
    # lessons")
    # (or after a comma, a list of them: "This term I attended the branch's study, gave 2 demonstration lessons and …")
    Rule(None, ("Last year I visited 5 families and gave 4 demonstration lessons",
                "This term I joined the reading club, gave 3 demonstration lessons and coached the choir"),
         frame=r"(?<![\w.\"“‘'])i (?:also )?[a-z]+\b[^.;]{0,80}?(?:,|\band) (?:also )?[a-z]+\s*$",
         before=r"(?:^|,\s*|\band )(?:also )?(?:[a-z]+ed|gave|made|took|held|ran|led|taught|wrote|won|did|sent|brought|spent)\s*$",
         not_after=_THE_BRANCHS_OWN, name="one person's own"),
    # (but the members a secretary leads, told of her or him, are the branch's: "Ms Li was elected secretary. She leads 31
    # members.")
    Rule("members_total", ("Ms Li was elected secretary of the branch in March. She leads 31 members.",),
         earlier=r"\bsecretary\b", frame=r"\bsecretary\b|^", before=r"(?<![\w.])(?:she|he) (?:now )?(?:leads|heads)\s*$",
         after=r"^(?:party )?members\b"),
    # (or told of her or him, as a member's profile does: "over ten years she has tutored more than 50 pupils"; not said by them:
    # "he said the branch's 30 members …")
    Rule(None, ("Over the past ten years she has tutored more than 50 struggling pupils", "he alone visited 40 families"),
         # (the young teachers a mentor coached are the school's mentoring, as its lectures are its: "she has coached 4 young
         # teachers")
         before=r"(?<![\w.])(?:she|he) (?!(?:also |further |then |later )?(?:said|says|told|added|noted|explained|hoped|reported|"
                r"stressed|pointed out))(?:[a-z]+ ){0,3}[a-z]+\s*$",
         not_after=rf"{_THE_BRANCHS_OWN}|^(?:young|new|newly hired) teachers\b", name="one person's own, told of them"),
    # (and the second of her or his doings, joined to the first: "she has coached 30 pupils and called at the homes of
    # about 90 families")
    Rule(None, ("in six years she has coached 30 pupils and called at the homes of about 90 families",),
         frame=r"(?<![\w.\"“‘'])(?:she|he) (?:also )?(?:has |had )?[a-z]+\b[^.;,]{0,80}?\band (?:also )?[a-z]+\b[^.;,]{0,40}$",
         before=r"\band (?:also )?(?:[a-z]+ed|gave|made|took|held|ran|led|taught|wrote|won|did|sent|brought|spent)\b"
                r"(?: [a-z]+){0,4}\s*$",
         not_after=rf"{_THE_BRANCHS_OWN}|^(?:young|new|newly hired) teachers\b", name="one person's own, told of them"),
    # members and people of another kind counted together are no count of either: "raised 36,000 yuan from its 54 members
    # and teachers" (not each kind with a count of its own: "12 members and 30 teachers")
    # (said as the school's own, no volunteers: "42 party members and teachers volunteered" counts those who served)
    Rule(None, ("the branch raised 36,000 yuan from its 54 members and teachers",),
         before=r"\b(?:its|our|their|the (?:school|branch|committee)['’]s)\s*$",
         after=r"^(?:party )?members and (?:other )?(?:teachers|staff|students|pupils|parents)\b",
         name="members and others counted together"),
    # how often each one is to be visited or helped is no count of the school's: "home visits not less than 2 times per
    # semester for each child"
    Rule(None, ("carry out home visits not less than 2 times per semester for each child",),
         after=r"^(?:times )?(?:(?:a|per|every|each) (?:week|month|term|semester|quarter|year) )?(?:for|to|with) (?:each|every) "
               r"(?:child|pupil|student|family|household|member|teacher)\b", name="each one's rate"),
    # the others honoured or counted beside people named are not all of them: "Wang Fang, Li Na and 3 other comrades were
    # commended" (and a translation of "等6名同志" may count the named among them: "and other 6 comrades"): for review
    Rule(None, ("Wang Fang, Li Na and 3 other comrades were commended",),
         before=r"\band\s*$", after=r"^other (?:[a-z-]+ )?(?:comrades|teachers|party members|members|colleagues)\b",
         # (not others beside people counted, in figures or words: "20 party members and 30 other teachers volunteered",
         # "Twelve members and 15 other teachers", "Eight members of a school's branch and 5 other teachers")
         not_before=r"(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|"
                    r"nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?))\s+(?:[a-z'’-]+\s+){0,6}and\s*$",
         name=OTHERS_BESIDE_NAMED, review=True),
    # the members expected at a meeting, the number present said after: "should arrive formal party members 24 people, the
    # actual arrive 23 people", "of the 24 full members entitled to attend, 23 were present" (for review: it may be the
    # branch's membership, as in Chinese)
    Rule(None, ("The meeting should arrive formal party members 24 people, the actual arrive 23 people.",
                "Of the 24 full members entitled to attend, 23 were present.",
                "Of the 28 party members who should take part, 27 took part."),
         frame=r"\bshould (?:arrive|attend|be present)\b[^.;]{0,50}$|\bof\s*(?:the\s*)?$",
         # (not those who attended out of all: "45 of the 47 party members attended" names all the members)
         # (those entitled to vote are the full members: a rule below)
         after=r"^(?:[a-z-]+ ){0,3}?(?:members|people|persons)\b(?:[^.;]{0,30}\bentitled to attend\b|"
               r"[^.;]{0,40}\bactual(?:ly)?\b|"
               r" (?:who|that) (?:should|were (?:due|expected) to|ought to) (?:take part|attend|be present|participate)\b)",
         name=EXPECTED_AT_A_MEETING, review=True),
    Rule(None, ("Liu Yang, Chen Jie and other 4 teachers were rated as excellent",),
         before=r"\band other\s*$", after=r"^(?:[a-z-]+ )?(?:comrades|teachers|party members|members|colleagues)\b",
         name=OTHERS_BESIDE_NAMED, review=True),
    # a branch said to number so many: "The branch now numbers 73."
    Rule("members_total", ("The branch now numbers 73.", "today the general branch numbers 58 members"),
         # (not the branch's committee: "the branch committee now numbers 5")
         before=r"\b(?:branch|general branch|membership),?(?: [a-z]+ly)? (?:now |today )?numbers\s*$",
         after=r"^(?:(?:party )?members\b|\s*(?:[.;,]|$))"),
    # (or a school's Party committee, said in a clause on it: "The committee, which now numbers 87, also honoured …")
    # (or its branch: "The branch, which now numbers 61, has admitted …")
    Rule("members_total", ("The Party committee, which now numbers 87, also honoured 9 teachers",
                           "The branch, which now numbers 61, has admitted 15 young teachers since 2019"),
         frame=r"(?:(?<!branch )\bcommittee|\bbranch), which (?:now |today )?numbers\s*$",
         after=r"^(?:(?:party )?members\b|\s*(?:[.;,]|$))"),
    # the total after the new ones, "for" so many "in all": "3 new members were admitted in June, for 45 in all"; and so
    # of pairs: "6 new mentoring pairs were formed this term, for 20 in all"
    Rule("members_total", ("3 new members were admitted in June, for 45 in all",),
         frame=r"\bnew (?:party |probationary )?members\b[^.;]{0,60},\s*for\s*$", after=IN_TOTAL),
    Rule("mentoring_pairs", ("6 new mentoring pairs were formed this term, for 20 in all",),
         frame=r"\bnew (?:mentoring |mentor-apprentice |mentor-mentee )?pairs\b[^.;]{0,60},\s*for\s*$", after=IN_TOTAL),
    # the membership a change brought to a number, "our number", after new members admitted: "we admitted 3 new members,
    # raising our number to 41" (before what one person did: "She is the branch's second new member this year, bringing
    # its membership to 15")
    # (or the organization itself: "2 teachers were accepted as probationary members, bringing the branch to 47")
    Rule("members_total", ("Three teachers joined this year, bringing the branch's membership to 29.",
                           "we admitted 2 new members, raising our number to 30",
                           "She is the branch's second new member this year, bringing its membership to 15.",
                           "She is its fifth new member this year, and raises its membership to 28.",
                           "3 teachers were admitted as probationary members, bringing the branch to 52"),
         before=r"\b(?:bringing|brought|brings?|raising|raised|raises|taking|took|takes) (?:(?:the (?:branch|committee|school)'s |its |our |their |"
                r"the |total )?(?:(?:party )?membership|number)|(?:the|our|its) (?:party )?(?:general )?(?:branch|committee)) "
                r"(?:up )?to\s*$",
         after=r"^(?:(?:party )?members\b|in total\b|[.;,)]|$)"),
    # (or what the membership has come to, said in a phrase of "with": "With membership up to 31, the branch formed a
    # third group")
    Rule("members_total", ("With membership up to 31, the branch set up another Party group.",
                           "with its membership now at 40, the branch split in two"),
         before=r"\bwith (?:its |our |the branch['’]s )?(?:party )?membership (?:now )?(?:up to|at|of|standing at|reaching)\s*$",
         after=r"^(?:(?:party )?members\b|[.;,)]|$)"),
    # (or the count of today, its noun left out after the members it had in a year: "It had 15 members in 2018 and has 24
    # now")
    # (or of a later date, said after it: "it had 18 members on 1 January 2024 and 21 on 31 December 2024")
    Rule("members_total", ("It had 15 members in 2018 and has 24 now.", "the branch had 9 members in 2015 and has 20 today",
                           "it had 18 members on 1 January 2024 and 21 on 31 December 2024"),
         frame=r"\bhad (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:party )?members (?:in|on|at) [^.;,]{1,30}?,? and (?:(?:now |today )?has)?\s*$",
         after=r"^(?:today|now|at present|this year|(?:on|at|by|in) (?:the end of )?(?:\d{1,2} )?(?:[a-z]+ )?(?:\d{1,2},? )?"
               r"(?:19|20)\d{2})\b"),
    # (and the members it admitted meanwhile, after them: "…, having admitted 3 during the year")
    Rule("members_developed", ("it had 18 members on 1 January 2024 and 21 on 31 December 2024, having admitted 3 during the year",),
         frame=r"\b(?:party )?members\b[^.;]*,\s*having (?:admitted|taken in|recruited|welcomed)\s*$",
         after=r"^(?:new (?:party )?members? )?(?:during|in|over) (?:the|that) year\b|^new (?:party )?members?\b"),
    # (or what members leaving left it with: "3 members retired this summer, leaving the branch with 21")
    Rule("members_total", ("three members retired this summer, leaving the branch with 21",),
         frame=r"\bmembers?\b[^.;]*,\s*leaving (?:it|the branch|the committee|us) with\s*$",
         after=r"^(?:(?:party )?members\b|[.;,)]|$)"),
    # (or the branch said as "it", its members named after the count: "…, bringing it to 21 members")
    Rule("members_total", ("a teacher came from another town and moved his Party membership here, bringing it to 19 members",),
         before=r"\b(?:bringing|brought|raising|raised|taking|took) it (?:up )?to\s*$", after=r"^(?:party )?members\b"),
    # (or the branch it had split into so many: "the school split its Party branch into three")
    Rule("branches", ("as the school grew, it split its Party branch into three",
                      "the school has divided its branch in two, one for each campus"),
         before=r"\b(?:split|splits|splitting|divided|divides|dividing|broke up) (?:its|the|their|our) "
                r"(?:single |one )?(?:party )?branch (?:in|into)\s*$",
         after=r"^(?:(?:new |smaller )?branches\b|\s*(?:[.;,]|$))"),
    # (or its party groups, new ones bringing their number to a count: "formed a further Party group, taking the number of
    # groups to four")
    # (or its groups themselves brought to it: "added a group for its retirees, bringing its groups to 5")
    Rule("party_groups", ("the branch formed a further Party group, taking the number of groups to four",
                          "the branch added a Party group for its young members, bringing its groups to four"),
         before=r"\b(?:bringing|brought|bring|raising|raised|taking|took) (?:(?:the |its |our |their )?(?:total )?number of "
                r"(?:its |our |their |the )?|its |our |their )(?:party )?groups (?:up )?to\s*$",
         after=r"^(?:[.;,)]|$)"),
    # (the branches, a new one bringing their number to a count: "… formed a branch for its retired staff, raising the number
    # of its branches to seven")
    Rule("branches", ("in spring the committee formed a branch for its retired staff, raising the number of its branches to seven",),
         before=r"\b(?:bringing|brought|bring|raising|raised|taking|took) (?:the |its |our |their |the (?:school|committee)'s )?"
                r"(?:total )?number of (?:its |our |their |the )?(?:party )?branches (?:up )?to\s*$",
         after=r"^(?:[.;,)]|$)"),
    # (or a change giving the branch its members: "…, leaving us 30 members at the year's end")
    Rule("members_total", ("Two teachers joined in May, giving us 30 members", "one member retired, leaving the branch 21 members"),
         before=r"\b(?:giving|leaving|making|gives|leaves|makes|gave|left|made) (?:us|the branch|the committee|it|our branch)\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # some of the people a sentence tells applied or were put forward, said to be admitted, "of whom" or "of them": "put 4
    # activists forward for admission, three of whom were admitted that autumn"
    Rule("members_developed", ("this year the branch put forward 4 activists for admission, three of whom were admitted in the autumn",
                               "Six teachers applied, and one of them was admitted in May."),
         frame=r"\b(?:activists?|applied|applicants?|applications?|admission|candidates?)\b[^.]*$",
         after=rf"^of (?:whom|them|these|those) {ADMITTED_ALONE}"),
    # some of the members said before admitted in the year: "the committee admitted three of its student members in April"
    Rule("members_developed", ("the school has 9 student members; the committee admitted three of the student members in May",),
         before=r"\b(?:admitted|accepted|recruited)\s*$",
         after=r"^of (?:the|its|these|those) (?:student |teacher |young )?(?:party )?members\b"),
    # (the branch's members, all of whom are described: "the branch, all 9 of whose members teach maths")
    Rule("members_total", ("the kindergarten's branch, all 12 of whose members are women, held its theme day",),
         before=r"\ball\s*$", after=r"^of whose (?:party )?members\b"),
    # (or the number the branch is now, said by one of it, after its members were told: "When I took office the branch had
    # 20 members. Today we are 26.")
    Rule("members_total", ("When I took office the branch had 20 members. Today we are 26.",
                           "Ten years ago there were 15 members. Now we are 22, and younger."),
         earlier=r"\bmembers\b", before=r"(?:^|\b)(?:today|now),? we (?:are|number)(?: now)?\s*$",
         after=r"^(?:[,.;]|$)"),
    # (or what it now numbers, after members it admitted: "The branch admitted two teachers and now numbers 28.")
    Rule("members_total", ("The branch admitted two teachers this year and now numbers 28.",
                           "We took in four new members and now number 40."),
         # (not the probationary members, or the activists, who now number so many)
         frame=r"\b(?:members?|admitted|welcomed|took in)\b", before=r"\b(?:now numbers?|numbers? now)\s*$",
         after=r"^(?:[,.;]|$|members\b)",
         not_before=r"\b(?:probationary|activists?|applicants?)\b"),
    # (or those it has after its activists: "The branch still has 6 activists and 41 members.")
    Rule("members_total", ("The branch still has 6 activists and 41 members.",),
         before=r"\b(?:has|had|have) (?:\d[\d,]*|[a-z]+) (?:party |membership )?(?:activists|applicants)(?: left)? and\s*$",
         after=r"^(?:party )?members\b"),
    # the place of a new member among the year's, said of that one person (before one person's doings, below): "He is the
    # branch's fourth new member this year"
    # (or the year's volunteer outings, the place of this one: "That made it the branch's second volunteer trip this year")
    # (or the visit's place among the year's, after a free service or volunteering told the sentence before: "… gave free eye
    # tests to 90 villagers. It was the branch's third visit to the village this year.")
    Rule("volunteer_sessions", ("Members gave free eye tests to 90 villagers. It was the branch's third visit to the village this "
                                "year.",),
         earlier=rf"\bvolunt|{_GAVE_A_FREE_SERVICE}|\bfree of charge\b|\bfor free\b", before=r"^held\s*$",
         after=r"^(?:visit|trip) to (?:the|this|that) (?:village|community|care home|nursing home|estate|school)\b"),
    # (and the people of the public it drew, where it was held: "ran a free toy swap at the market, where about 90 families
    # swapped toys")
    Rule("volunteer_beneficiaries", ("six members ran a free toy swap at the market, where about 90 families swapped toys",),
         frame=rf"\b{_HELD_A_FREE_EVENT}[^.;]*,\s*where(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:residents|villagers|people|children|parents|visitors|families)\b"),
    # (or the people who come to free tutoring where it is given: "have given free tutoring at the community centre, where
    # about 40 children now come each week")
    Rule("volunteer_beneficiaries", ("members have given free reading tutoring at the town library, where some 25 children come "
                                     "each Saturday",),
         frame=rf"(?:{_FREE_TUTORING})[^.;]*,\s*where(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|kids|residents|parents|villagers|people) (?:now |still )?(?:come|came|attend|"
               r"attended)\b"),
    # (or the place of a free event of the public's among the year's, told the sentence before, whatever it is called: "… held
    # a free puppet show in the square. It was the branch's third puppet show this year."; not the branch's own events)
    Rule("volunteer_sessions", ("Five members held a free puppet show in the square. It was the branch's third puppet show this "
                                "year.",
                                "Six members ran a free toy swap at the market. It was the second toy swap they had run this "
                                "year."),
         earlier=rf"\b{_HELD_A_FREE_EVENT}", before=r"^held\s*$",
         after=r"^(?!(?:[a-z'’-]+ ){0,2}?(?:party|theme|study|lecture|meeting)\b)(?:[a-z'’-]+ ){0,2}?[a-z'’-]+\b[^.;]{0,40}?"
               r"\bthis year\b"),
    # (or of a blood drive, after blood given: "… gave blood on Friday. It was the branch's fifth blood drive since 2019.")
    Rule("volunteer_sessions", ("Twelve members gave blood on Friday. It was the branch's fifth blood drive since 2019.",),
         earlier=r"\b(?:gave|donated) blood\b", before=r"^held\s*$", after=r"^blood (?:drive|donation)s?\b"),
    # (its name may come first: 'It was the branch's fourth "Books for Hill Villages" volunteer trip this year')
    Rule("volunteer_sessions", ("Members tidied the square. That made it the branch's third volunteer trip this year.",
                                'It was the branch\'s fourth "Books for Hill Villages" volunteer trip this year.'),
         before=r"^held\s*$",
         after=rf"^(?:[a-z'’-]+ ){{0,5}}?(?:{VOLUNTEERING}|service) (?:outings?|trips?|visits?|days?|activit(?:y|ies))\b"),
    Rule("members_developed", ("Teacher Li Na joined in May. She is the branch's third new member this year.",),
         before=r"^held\s*$", after=r"^new (?:party |probationary )?members?\b"),
    # what one person did, told of her or him (a member's profile), is no count of the school's: "since 2015 she has
    # mentored 9 young teachers" (not what she or he led others to do, nor said: "he said the branch admitted 3")
    # (the time may open the clause: "Since then she has mentored 6 young teachers and tutored 40 pupils")
    Rule(None, ("Since joining the Party in 2012, she has mentored 9 young teachers.",
                "He leads the 5-member maths group, has mentored 7 young teachers and visited 40 families.",
                "In his twenty years at the school he has visited over 300 families.",
                "Since then she has mentored 5 young teachers and tutored 30 pupils.",
                "Over that time she has mentored 12 young teachers.",
                "In her years as secretary the branch doubled in size, and she mentored 15 young teachers."),
         # (nor others counted with her or him: "she was one of 9 new teachers paired with mentors", "he and 5 members")
         # (what she or he leads, said before a comma, is none of the counts: "He leads the 6-member chemistry group, has
         # mentored 11 young teachers"; but what it did is: "leads the tutoring team, which has helped 200 pupils")
         # (or after "and", a clause of hers after the branch's: "…, and she mentored 23 young teachers")
         frame=r"(?:^\s*|[,;:]\s*)(?:(?:and|but) )?(?:since then\s+|since (?:19|20)\d{2},?\s+|(?:over|in|during|throughout) (?:that|this|the) "
               r"(?:time|period|decade|years?),?\s+)?(?:he|she)\b(?:(?!\b(?:(?:led|leads|leading|organi[sz]ed|organi[sz]es)\b"
               r"(?=[^,;]*$|[^,;]*,\s*(?:which|who|that|whose)\b)|with|and (?:his|her|the|"
               r"other|\d)|one of|among|said|says|told|tells|added|adds|noted|notes|reported|explained|recalled|"
               # (nor what the branch did in her time, its own subject: "she has led the branch since 2018, during which
               # time it has grown from 19 to 30 members")
               r"during which|(?:it|the branch|the committee|the school) (?:has|had|have)\b)\b)[^.;])*$",
         name="one person's doing"),
    # (or a member named, with what she or he is said between commas maybe: "Mr Zhao, a maths teacher at Elm School, has
    # coached 20 pupils for free since 2020"; not what she or he led or said, nor others counted with her or him)
    Rule(None, ("Mr Zhao, a maths teacher at Elm School, has coached 20 pupils for free since 2020.",),
         frame=r"^\W*(?:mr|ms|mrs|miss|dr)\.? [a-z]+(?: [a-z]+)?(?:,[^.;,]{1,80},)? (?:has |had |also )*"
               r"(?!(?:and|with|or|led|leads|leading|organi[sz]ed|organi[sz]es|said|says|told|tells|added|adds|noted|reported|"
               r"explained|recalled)\b)[a-z]+(?: [a-z]+){0,3}\s*$",
         not_after=rf"{_THE_BRANCHS_OWN}|^(?:young|new|newly hired) teachers\b", name="one person's doing"),
    # probationary members made full members are no count of the probationary (nor of the full) members: "converted 2
    # probationary members to full membership"
    # (or confirmed as such, those of a year: "confirmed 4 probationary members of 2022 as full members")
    Rule(None, ("the branch converted 2 probationary members to full membership",
                "next month we will welcome 2 probationary members into full membership",
                "the committee also confirmed 4 probationary members of 2022 as full members"),
         before=r"\b(?:convert(?:ed|s|ing)?|turn(?:ed|s)?|transfer(?:red|s)?|welcom(?:e|ed|es|ing)|admit(?:ted|s)?|"
                r"confirm(?:ed|s|ing)?)\s*$",
         after=r"^probationary (?:party )?members?(?: (?:of|from|admitted in) (?:19|20)\d{2})? (?:(?:in)?to|as) (?:an? )?full "
               r"(?:membership|members?)\b", name="members made full"),
    # (the full members counted with the probationary, who share their noun: "The branch has 21 full and 3 probationary
    # members.")
    Rule("members_full", ("The branch has 25 full and 3 probationary members.",),
         after=r"^full,? and (?:\d[\d,]*|[a-z-]+) probationary (?:party )?members\b"),
    # (or the other way round: "two probationary and 20 full members")
    Rule("members_probationary", ("The branch has 2 probationary and 25 full members.",),
         after=r"^probationary,? and (?:\d[\d,]*|[a-z-]+) full (?:party )?members\b"),
    # (or their becoming full members named as a thing done: "approved 3 probationary members' transfer to full membership")
    Rule(None, ("the meeting approved 3 probationary members' transfer to full membership",
                "the branch voted on 3 probationary members' conversion to full members"),
         after=r"^probationary (?:party )?members?['’]s? (?:conversion|transfer|promotion|change|move) (?:in)?to full "
               r"(?:party )?(?:membership|members?)\b", name="members made full"),
    # (or full membership said first, granted to them: "voted to grant full membership to 3 probationary members")
    Rule(None, ("the branch voted to grant full membership to 3 probationary members",),
         before=r"\b(?:grant(?:ed|s|ing)?|g[ai]ve|giv(?:es|ing)|approv(?:ed|e|es|ing)) full membership (?:to|for)\s*$",
         after=r"^probationary (?:party )?members?\b", name="members made full"),
    # (or, in the passive, confirmed so: "2 probationary members who had completed their probation were confirmed as full
    # members")
    # (not those counted before others joined to them who did: "2 probationary members swore their oath and 4
    # others became full members")
    Rule(None, ("2 probationary members who had completed their probation were confirmed as full members",
                "three probationary members became full members in June"),
         after=r"^probationary (?:party )?members?\b(?:(?!\band (?:\d|two|three|four|five|six|seven|eight|nine|ten)\b)[^.;]){0,60}?"
               r"\b(?:were|was|have been|has been|had been|became|become) "
               r"(?:also |all |duly |formally )?(?:confirmed|converted|transferred|made|turned|accepted|admitted)?(?: (?:as|into|to))? ?"
               r"full (?:party )?"
               r"(?:members?|membership)\b",
         name="members made full"),
    # events called off were not held: "One theme Party day was cancelled because of the epidemic"
    Rule(None, ("One theme Party day (December) was cancelled because of the epidemic", "2 study sessions were postponed"),
         after=r"^(?:[a-z-]+ ){0,4}?(?:\([^)]{1,20}\) )?(?:was|were|had been|has been|have been) (?:cancell?ed|postponed|called off)\b",
         name="events called off"),
    # the members of a new branch set up for a part of the school are a part of its members: "… set up a new branch for its
    # international department. The new branch has eight members." (a school's own first branch, set up alone, has them all)
    Rule(None, ("The committee set up a new branch for its international department. The new branch has nine members.",),
         earlier=r"\bbranch\b[^.]{0,40}\bfor (?:the|its|their|our) (?:[a-z'’]+ ){0,3}?(?:department|campus|section|grade|"
                 r"office|staff|students|retired)\b",
         before=r"\bthe new (?:branch|sub-branch|party group|group)\b[^.;]{0,20}?\b(?:has|had|have)\s*$",
         after=r"^(?:party )?members\b", name="a new branch's members"),
    # the members present at a meeting are no count of the members: "All 22 full members present voted in favour"
    Rule(None, ("All 19 full members present voted in favour", "the 28 members attending the meeting"),
         after=r"^(?:full |probationary )?(?:party )?members (?:present|attending|in attendance)\b", name="members present"),
    # the members who founded a team, a club or the like are no count of the branch's: "the volunteer team, formed in 2018
    # by 12 Party members, now has 65 members" (the 65 are its volunteers: "a volunteer team … now has N members")
    Rule(None, ("the volunteer team, formed in 2018 by 12 Party members, now meets every week",
                "the reading club was set up by 6 members"),
         frame=r"\b(?:team|club|society|association|studio|troupe|workshop)\b[^.;]{0,30}\b(?:formed|founded|set up|"
               r"established|started|created)(?: in (?:19|20)\d{2})? by\s*$", name="a team's founders"),
    # one count for each of several of the school's groups or branches, none of them the school's: "the three party groups
    # held 4, 5 and 4 theme party days respectively" (as "各支部开展主题党日分别为12次、12次、11次"; not where their total
    # follows, which is the school's: "…, a total of 13")
    Rule(None, ("the party groups carried out 4, 5 and 4 theme party day activities respectively",
                "its branches admitted 2 and 3 new members respectively"),
         frame=r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|the|its|our|their) (?:party )?"
               r"(?:groups|branches|sub-branches)\b[^.;]*$",
         # (the counts of one noun, listed: not several things, one for each: "holding 20 open lessons and making 65 visits
         # to retired teachers respectively")
         after=r"^(?![^.;]*\b(?:a total of|in total|in all|altogether)\b)(?:[a-z-]+ ){1,4}respectively\b",
         name="each of several"),
    # members of the Youth League are no party members, however counted: "admitted 126 new members of the Communist Youth
    # League", "1,380 league members"
    Rule(None, ("the school admitted 126 new members of the Communist Youth League", "it has 1,380 league members"),
         after=r"^(?:new )?(?:members of the (?:communist )?youth league|(?:youth )?league members)\b", name="league members"),
    # (nor the members the League, the Young Pioneers or a student union took in: "the Young Pioneers recruited 320 new members")
    Rule(None, ("the Young Pioneers recruited 320 new members", "the league committee developed 86 new members"),
         frame=r"\b(?:young pioneers?|pioneers? brigade|(?:communist )?youth league|league (?:committee|branch)|"
               r"student (?:union|council))\b[^.;,]{0,40}$", after=r"^(?:new )?members\b", name="league members"),
    # (a total after the norm is a figure: "…, and in total 40 families were visited")
    Rule(None, ("every party member reads one or two books a term",
                "each of the party members visited at least 2 families", "each party group holds a study meeting every month",
                "the groups meet often, each with 6 party members", "16 members took part, each helping about 5 families",
                "each of the party groups held 2 or 3 study meetings",
                "32 teachers each paired with 2 students", "the 20 members have each been paired with 2 to 3 pupils",
                "the branch paired each of its young party members with 2 students",
                "the members each look after two pupils",
                "the school opened a reading room, and the members have each made at least three home visits",
                "the teachers each take 1 class, pair with 2 pupils and visit 3 families",
                "teachers of the Elm School branch will each mentor two or three pupils"),
         # (a norm of each member reaches no further than its clause: "each member helps 2 pupils; the branch held 12
         # theme party days")
         # (a norm reaches no further than a colon, after which its instances are told: "each member leads a project: one
         # runs the parents' school, which held 8 sessions")
         frame=r"\b(?:each|every) (?:party )?(?:member|teacher|person)\b[^;:]*$|"
               r"\b(?:members|teachers)(?: have| had| will| would| shall| can| are| were)? each (?:been )?[a-z]+(?: up)? with\s*$|"
               # (whose they are may come between: "members of the Elm School branch have each helped")
               r"\b(?:members|teachers)(?: (?:of|from|in) [^.;,\d]{1,40}?)?(?: have| had| will| would| shall| can| are| were)? "
               r"each (?:[a-z]+\s+){1,2}$|"
               # (or the next of what each does, listed after the first: "… each take 1 class, pair with 2 pupils")
               r"\b(?:members|teachers)(?: have| had| will| would| shall| can| are| were)? each [a-z]+\b[^.;]{0,60}?"
               r"(?:,|\band)\s+(?!(?:so|thus|hence|then|which|while|and|in|altogether)\b)[a-z]+(?: up)?(?: with)?\s*$|"
               rf"\b(?:members|teachers)(?: have| had| will| would| shall| can| are| were)? each [a-z]+\s+{QUALIFIER}\s*$|"
               r"\b(?:each|every) (?:party )?(?:group|sub-branch)\b"
               r"[^,;]*$|,\s*each (?:with|having|of|[a-z]+ing) (?:about |around |some |nearly )?$|"
               r"\b(?:each|every one) of (?:the|its|our|their|the branch's) [\w,]+ "
               r"(?:communist )?(?:party )?(?:members|member teachers|teachers|groups)\b|"
               # (or of a school named: "Each of Elm School's 16 members is paired with three children")
               rf"\b(?:each|every one) of {_NAMED_SCHOOLS} [\w,]+ (?:communist )?(?:party )?(?:members|member teachers|teachers)\b",
         # (nor a count in a clause of its own after it: "each of the 35 members pledged to help one pupil, and 41 pupils
         # have been helped so far")
         not_before=r"\b(?:in total|in all|altogether|a total of|totally|the (?:total )?(?:number|amount) of)\b|"
                    r"^\s*(?:and|but|while)\s*$|"
                    # (nor the organization's own count that each member took part in: "every member attended the
                    # branch's 10 study sessions"; nor one after a clause with a subject of its own: "every member
                    # helps a pupil, and the secretary gave 3 lectures"; unless that clause tells its own norm: "…, and
                    # the branch's 26 members have each made at least four home visits")
                    r"\b(?:the (?:party )?(?:branch|committee|school)['’]s|its)\s*$|"
                    # (or whose subject is the count's own: "…, and the 6 activists attended a course")
                    r"(?:^|,)\s*(?:and|but|while)\s+(?:the|its|our|their)(?:\s+(?![^,;]*\beach\b)[^,;]*)?$|"
                    # (nor what all did together after it: "each member led one study, so we met 12 times", "…, and
                    # together we gave 300 hours")
                    r"(?:^|,)\s*so\s+(?:we|they|the (?:branch|members|committee))\b[^,;]*$|"
                    r"\b(?:together|collectively|between (?:us|them))\b[^,;]*$|"
                    # (nor what the shares come to: "…, which this year comes to 26 pupils")
                    r"(?:^|[;,])\s*(?:and |so )?(?:this (?:year|term) |so far |in all )?(?:that|this|which)(?: this (?:year|term))? "
                    r"(?:is|was|comes to|came to|makes|made|means|meant|amounts to|amounted to)\s*$",
         # (nor a total after it: "each of the 4 branches held a theme party day every month, 48 in total"; its noun
         # may come first: "every member will give one lesson — 27 lessons in all")
         not_after=r"^(?:[a-z-]+ ){0,2}?(?:in total|in all|altogether|so far|to date)\b", name="per-person norm"),
    # (or what all of some people counted before had each done, their hours: "All five had served at least 30 hours as
    # volunteers")
    Rule(None, ("All five had served at least 30 hours as volunteers.", "Both of them have given over 50 hours of service."),
         frame=r"^\s*(?:all (?:\d+|[a-z]+)(?: of them)?|each of them|every one of them|both(?: of them)?)\b[^.;]{0,60}?"
               r"\b(?:served|given|gave|volunteered|logged|put in)\b[^.;]{0,20}$",
         after=r"^hours\b", name="per-person norm"),
    # (or a count of events said after it to be each branch's or each group's: "3 Party lectures in every branch")
    Rule(None, ("the committee's target this year: 3 Party lectures in every branch",),
         after=r"^(?:[a-z-]+ ){0,3}?(?:lectures|days|sessions|meetings|activities|classes)\s+(?:in|for|by|from) "
               r"(?:each|every) (?:of (?:its|the) )?(?:branch(?:es)?|(?:party )?groups?|members?)\b",
         name="per-person norm"),
    # (or said after the count, or as an average: "10 members volunteered for 2 hours each", "an average of 20 hours")
    Rule(None, ("members volunteered an average of 18 hours", "the pairs met an average of 5 times"),
         before=r"\b(?:an|the) average of\s*$",
         name="per-person amount"),
    Rule(None, ("members volunteered for 2 hours each every month", "the mentors held 3 sessions apiece",
                "each pair met 4 times on average"),
         # (not every so often: "tutors 60 children each week")
         after=r"^(?:[a-z-]+ )?(?:hours|times|sessions|visits|lessons|classes|pupils|students|activists)\s+"
               r"(?:each|apiece|"
               r"per (?:person|member|head|teacher|mentor)|on average)\b(?! (?:week|month|day|term|year|semester)\b)",
         name="per-person amount"),
    # a translation's times of people doing something ("organized 6 times of party members entering the community to carry
    # out volunteer service", 组织党员进社区开展志愿服务6次) count the times, not the people
    Rule("volunteer_sessions", ("the branch organized 5 times of members going into the community to do volunteer service",),
         frozenset({"times"}), after=r"^(?:[a-z-]+ ){0,3}?(?:members|teachers|volunteers)\b[^.;]{0,60}?\bvolunt(?:eer|ary)\b"),
    # the pupils in all that each member's share adds up to, after a dash or a comma: "… each look after two pupils from
    # families in difficulty — 24 children in all"
    # (or every one of them: "every one of its members has taken on a pupil in need – 19 pupils in all")
    Rule("students_assisted", ("the branch's 12 members each look after two pupils in difficulty, 24 pupils in all",
                               "the 15 members have each taken on one or two pupils who need help, 22 pupils in all",
                               "every one of our members has taken on a left-behind child to look after - 17 children in all"),
         frame=rf"\b(?:each|every (?:one of (?:its|our|their|the) (?:[a-z'’]+ )?members|member)(?: has| have)?) (?:[a-z]+ ){{0,2}}?"
               rf"(?:{HELPED}|looks? after|tutors?|mentors?|taken on|takes? on|took on)\b[^.;]*[,—–-]\s*$",
         after=r"^(?:children|pupils|students)\s+(?:in all|in total|altogether)\b"),
    # (or each of the members counted, paired with a share, the pupils in all after a semicolon: "Each of the 16 members is
    # paired with two or three pupils who need help; 41 pupils in all")
    Rule("students_assisted", ("Each of the 12 members is matched with two or three pupils who struggle; 30 pupils in all.",),
         frame=r"\beach of (?:the|its|our) [\w,]+ (?:party )?members\b[^.;]{0,60}?\b(?:is|are|was|were) (?:paired|matched) with\b"
               r"[^.;]*;\s*$",
         after=r"^(?:children|pupils|students)\s+(?:in all|in total|altogether)\b"),
    # (or what that share comes to, after a semicolon: "every member takes on a pupil who needs help; this term that is 33
    # pupils")
    Rule("students_assisted", ("every member takes on a pupil who needs help; this term that is 33 pupils",
                               "each member is paired with one or two pupils in need, which this year comes to 26 pupils"),
         frame=rf"\b(?:each|every) (?:one of (?:its|our|their|the) (?:[a-z'’]+ )?members|member)\b[^.;]{{0,20}}?"
               rf"(?:{HELPED}|looks? after|tutors?|mentors?|taken on|takes? on|took on|(?:is|was|are|were) (?:paired|matched))"
               r"\b[^.;]*[;,]\s*(?:and |so )?(?:this (?:year|term) |so far |in all )?(?:that|this|which)"
               r"(?: this (?:year|term))? (?:is|was|comes to|came to|makes|made|means|meant|amounts to|amounted to)\s*$",
         after=r"^(?:children|pupils|students)\b"),
    # (or members each looking after one pupil: as many pupils as members, "12 members each look after one pupil")
    Rule("students_assisted", ("in the scheme 9 members each look after one pupil from a family in difficulty",),
         after=rf"^(?:[a-z-]+ )?(?:members|member teachers|party members) (?:will |have )?each (?:{HELPED}|looks? after|"
               rf"tutors?|mentors?|supports?|guides?) (?:one|a|an) (?:[a-z-]+ )?(?:pupil|student|child)\b"),
    # the pairs a scheme has come to, the new ones bringing it there: "The new pairs bring the branch's mentoring scheme to 58
    # pairs since 2019"
    Rule("mentoring_pairs", ("The new pairs bring the branch's mentoring scheme to 40 pairs since 2018.",),
         before=r"\bbring(?:s|ing)? (?:the|its|our) (?:[a-z'’]+ )?(?:mentoring|pairing) (?:scheme|programme|program|project) to\s*$",
         after=r"^pairs\b"),
    # members named mentors to as many new teachers: one pair each ("appointed 8 senior members as mentors to its 8 new
    # teachers")
    Rule("mentoring_pairs", ("this term the branch appointed 8 senior members as mentors to its 8 new teachers",),
         before=r"\b(?:named|appointed|assigned|chose)\s*$", as_many=True,
         after=r"^(?:[a-z-]+ ){0,2}?(?:members|member teachers) as (?:their |the )?mentors? (?:to|for) (?:the |its |our )?"
               r"(?P<n>\d+|[a-z]+) (?:[a-z-]+ ){0,2}?teachers\b"),
    # members mentoring as many new teachers, one each: "9 members of Elm School are mentoring its 9 new teachers, one each"
    Rule("mentoring_pairs", ("this year 9 members of Elm School are mentoring its 9 new teachers, one each",),
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|member teachers)\b[^.;]{0,60}?\b(?:are |were |have been |has been )?"
               r"mentoring\b[^.;]{0,60}?,\s*one each\b"),
    # mentors paired with as many new teachers as they are: one pair each ("paired 14 mentors with 14 new teachers", as
    # "6名骨干教师与6名新教师结成师徒对子")
    Rule("mentoring_pairs", ("that year the branch paired 12 mentors with 12 new teachers",
                             "Mentoring: pair 6 experienced member teachers with 6 new teachers",
                             "we paired 4 senior members with 4 first-year teachers",
                             "the branch paired 7 member teachers with 7 teachers in their first year at the school",
                             "the branch paired four of its member teachers with four teachers at Pine Village School",
                             "it began a scheme in May, pairing six members with six teachers new to teaching",
                             "in May the branch paired its 7 senior member teachers with the school's 7 newest teachers"),
         # (its own, said so: "paired its 12 most senior member teachers with …")
         before=r"\bpair(?:ed|s|ing)?(?: its| our| their)?\s*$", as_many=True,
         # (the school's own, as many: "paired 13 experienced member teachers with the school's 13 newly hired teachers")
         # (or some of its members with the teachers of another school: "paired four of its member teachers with four
         # teachers at Pine Village School")
         after=r"^(?:of (?:its|our|their|the branch['’]s) )?(?:[a-z-]+ ){0,2}?(?:mentors|members|teachers|member teachers) with "
               r"(?:(?:the (?:school|kindergarten)['’]s|its|"
               rf"our|their) )?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:(?:[a-z-]+ )?(?:{NEW_TEACHERS_ADJ}|newly recruited|newly hired) "
               r"(?:teachers|colleagues)|teachers in their first|teachers new to (?:the profession|teaching)\b|"
               r"teachers (?:at|of|from) (?:a |the |its |their )?[^.;,\d]{1,50}?\b(?:school|kindergarten)\b)"),
    # (or said to mentor as many, one each, which as many says alone too: "in 2022 the branch's 16 members mentored 16 new teachers, one each",
    # "Mentoring: 4 member teachers mentor 4 new teachers")
    Rule("mentoring_pairs", ("In 2023, 15 members mentored 15 young teachers, one each.",
                             "Mentoring: 4 member teachers mentor 4 new teachers",
                             "In 2023, 12 member teachers mentored 12 teachers in their first two years, one each.",
                             "This term eight members are mentoring eight new teachers, one each.",
                             "The school's 9 mentors, six of them members, are guiding 9 new teachers, one each.",
                             "Its 60 members gave 900 hours, and 10 of them mentored 10 new teachers, one each."),
         as_many=True,
         # (an aside on them may come between: "9 mentors, five of them members, are guiding 9 new teachers")
         # (or some of the members just counted: "… and 10 of them mentored 10 new teachers")
         after=rf"^(?:(?:[a-z-]+ ){{0,2}}?(?:mentors|members|teachers|member teachers){_OF_THEIR_SCHOOL}|of them)(?:,[^.;,]{{1,40}},)? "
               r"(?:(?:have |had )?(?:mentored|mentor|guided|coached)|(?:are|were) (?:mentoring|guiding|coaching)) "
               r"(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:(?:[a-z-]+ )?(?:new|young|newly recruited|newly hired|novice) (?:teachers|colleagues)|"
               r"teachers in their first)\b"),
    # (or mentors asked to mentor the new teachers just named, one each: "… chose six members to guide them, one apiece")
    Rule("mentoring_pairs", ("Four teachers joined the school. The branch chose four members to coach them, one apiece.",),
         after=r"^(?:[a-z-]+ ){0,2}?(?:member teachers|members|mentors|teachers) to (?:mentor|guide|coach) (?:them|the new teachers|"
               r"the young teachers),? one (?:each|apiece)\b"),
    # (or the year's pairs, after the pairing the sentence before told: "… has paired 40 young teachers with mentors. This
    # year's 9 pairs began in September.")
    # (or formed in a year: "… In 2023 alone it formed 11 pairs.")
    Rule("mentoring_pairs", ("The branch has paired 40 young teachers with mentors since 2019. This year's 9 pairs began in "
                             "September.", "The branch has paired 30 new teachers with mentors since 2020. In 2023 it formed 8 pairs."),
         earlier=r"\bpair(?:ed|s|ing)?\b",
         before=r"(?:^|\b)this year['’]s\s*$|\b(?:it|the branch|we|they) (?:has |have |had )?(?:formed|made|set up)\s*$",
         after=r"^(?:new )?(?:mentoring )?pairs\b"),
    # (or the new teachers said first, paired with as many members: "eleven new teachers were paired with eleven member mentors")
    # (a clause may say who they are: "9 new teachers who came in August were paired with …")
    Rule("mentoring_pairs", ("this year 9 new teachers were paired with 9 member teachers",
                             "the 7 young teachers who came in August were paired with 7 members as mentors"),
         as_many=True,
         frame=rf"\b(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:{NEW_TEACHERS_ADJ}|newly recruited|newly hired) (?:teachers|colleagues) "
               r"(?:(?:who|that) [^.;,]{1,60}? )?(?:were|have been|are) (?:each )?paired (?:up )?with\s*$",
         after=r"^(?:experienced )?(?:member teachers|members|party members|mentors)\b"),
    # (or, the other way round, mentors said to be paired with as many: "11 member teachers were paired with 11 teachers in
    # their first years")
    Rule("mentoring_pairs", ("10 experienced member teachers were paired with 10 teachers in their first year",
                             "8 members have been paired with 8 newly hired teachers"),
         as_many=True,
         after=r"^(?:[a-z-]+ ){0,2}?(?:mentors|members|teachers|member teachers) (?:were|have been|are|was|had been) "
               r"(?:each )?paired (?:up )?with (?:(?:the (?:school|kindergarten)['’]s|its|our|their) )?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?) "
               r"(?:[a-z-]+ )?(?:(?:new|young|newly recruited|newly hired|novice) (?:teachers|colleagues)|teachers in their "
               r"first)\b"),
    # the staff counted, then the members among them: the school's members
    Rule("members_total", ("the school has 120 teachers, including 37 communist party members",
                           "it has 95 faculty members, among whom 30 are party members",
                           "there are 126 faculty and staff in the school, including 42 party members",
                           "the school has 126 faculty members, of which 42 are party members",
                           "there are 56 faculty members in Jinqiao Middle School, of which 21 are party members"),
         frame=r"\b(?:has|have|had|there (?:are|were)|employs|with)\s+(?:a total of\s+|about\s+|over\s+|more than\s+)?"
               r"\d[\d,]* (?:teachers|staff|staff members|faculty members|faculty and staff|employees)\b"
               r"(?: (?:in|at) (?:the|our|this) school| (?:in|at) [^,;.]{1,60}?\b(?:school|kindergarten|college))?,?\s*"
               r"(?:including|among (?:them|whom)|of (?:which|whom))\s*$",
         after=r"^(?:(?:communist )?party members\b|are (?:communist )?party members\b)"),
    # (or said to include them: "Its 9 teachers include 4 party members")
    Rule("members_total", ("the school's 30 teachers include 11 party members",),
         before=r"\b\d[\d,]* (?:teachers|staff|staff members|faculty members|faculty and staff|employees) (?:include|includes|"
                r"included)\s*$", after=r"^(?:communist )?party members\b"),
    # (or some of them said to be members: "8 of the school's 21 teachers are Party members")
    Rule("members_total", ("8 of the school's 21 teachers are Party members", "14 of its 40 staff are communist party members"),
         after=r"^of (?:the (?:school|kindergarten)['’]s|its|our|their|the) \d[\d,]* (?:teachers|staff|staff members|"
               r"faculty members|employees)\b(?: [^.;,]{0,30}?)? (?:are|were) (?:communist )?party members\b"),
    # (a part that took a step towards membership is a figure of its own: "…, including 3 people who have
    # submitted applications for joining the party")
    Rule(None, ("among them, 28 party members spoke", "including 19 party members and six others",
                "among whom there are 12 female party members and 5 party members under 35 years old"),
         # (an aside closed by a comma before ", and" is over: "6 branches, including one for students, and 141 members")
         frame=r"\b(?:including|among them|among whom|of whom|of which|not only)\b(?![^.;]*,\s*and\s*$)[^.;]{0,60}$",
         after=r"^(?:communist )?(?:party members?|people|persons|teachers|members)\b",
         not_after=rf"^(?:people|persons|teachers) (?:who )?(?:{APPLIED}|{MADE_ACTIVISTS})",
         # (the school's own members are all of them: "all staff attended, including the school's 35 party members", and so
         # are all the members, said so: "60 teachers came, including all 23 party members"; a part named before its count
         # in a translation's Chinese order is read as such: "among them probationary party members 2 people")
         not_before=rf"{ITS_OWN}|\ball(?: the| of the| of its| of our)?\s*$|\b(?:members?|activists?|applicants?)\s*$",
         name="a part of a total"),
    # members in the school's leadership are no head count of the school's: "4 party members in the leadership team"
    # (nor are members who took up posts: "20 party members have taken up posts")
    Rule(None, ("there are 4 party members in the school leadership team", "20 party members have taken up posts"),
         after=r"^(?:communist )?(?:party )?members? (?:(?:in|on|of) the (?:school(?:'s)? )?(?:leadership|leading|administrative) "
               r"(?:team|group|body)\b|(?:have |has |had )?(?:taken up|took up|take up) (?:the |their )?posts\b)",
         name="a leadership's members"),
    # classes opened to others are open classes (公开课), read before classes are taken for a school's pupils: "teachers
    # opened 14 classes to colleagues and parents" (not classes a school opens for its pupils)
    Rule("demo_lessons", ("party member teachers opened 14 classes to colleagues and parents",
                          "member teachers opened 25 lessons for observation"),
         before=r"\bopened\s*$",
         after=r"^(?:[a-z-]+ )?(?:classes|lessons) (?:(?:up )?to (?:colleagues|parents|other teachers|teachers|observers|visitors)|"
               r"for (?:observation|colleagues to observe|peer observation))\b"),
    # the pupils helped in all, after what each member did: "…, helping a total of 64 students" (before enrolment reads
    # them as the school's pupils)
    Rule("students_assisted", ("teachers each paired with 2 students, helping a total of 64 students",),
         frame=r"\beach\b[^.;]*,\s*(?:helping|assisting|supporting|tutoring)(?: a total of| in all)?\s*$",
         before=r"^\s*(?:helping|assisting|supporting|tutoring)(?: a total of| in all)?\s*$",
         # (not helped at a task, as new pupils are to find their way: "each took a class of new pupils, helping 300
         # children find their way")
         not_after=rf"{_HELPED_ACROSS}|{_HELPED_AT_A_TASK}",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # the families of pupils visited, the pupils' said as theirs (before enrolment reads the pupils as the school's): "a
    # total of 210 students' families were visited"
    # the families visits the sentence names have reached: "… its "Warm Hearts" visits, which have now reached 26 families"
    Rule("home_visits", ("It was the second year of the branch's home visits, which have now reached 31 families.",),
         frame=r"\bvisits\b[^.;]{0,30}?\b(?:have |has )?(?:now |so far )?(?:reached|covered)\s*$",
         before=r"\b(?:reached|covered)\s*$", after=r"^(?:families|households|homes)\b"),
    Rule("home_visits", ("in the holiday a total of 140 students' families were visited",),
         after=rf"^(?:{STUDENTS})' (?:families|homes|households) (?:were|have been|had been) visited\b"),
    # (or the families said to be visited by members: "at least 25 families visited by member teachers", "40 pupils' homes to be
    # visited by the class teachers")
    Rule("home_visits", ("the plan: at least 25 families visited by member teachers", "40 pupils' homes to be visited by teachers"),
         after=rf"^(?:(?:{STUDENTS})['’] )?(?:families|homes|households) (?:(?:were|have been|had been|to be) )?visited by\b"),
    # (or the pupils whose families home visits were paid to: "members paid home visits to the families of 12 children")
    # (or went to their homes: "46 teachers walked to the homes of 380 pupils")
    # (or visited their families, all of them maybe, of a year: "visited the families of all 180 new Grade 1 pupils"; not
    # phoned or visited, no count of visits, nor their homes, where teaching may be taken)
    Rule("home_visits", ("the teachers paid home visits to the families of 30 pupils",
                         "in the summer 20 teachers walked to the homes of 150 pupils in the mountains",
                         "in August the members visited the families of all 96 new Grade 1 pupils"),
         before=r"\b(?:(?:(?:paid|made) (?:home )?visits to|(?:walked|went|travelled|traveled|drove|rode) to) the (?:families|homes)|"
                r"(?<!\bor )visited the families) of(?: all(?: the)?)?\s*$", after=rf"^(?:[a-z0-9-]+ ){{0,3}}?{STUDENTS}\b"),
    # the people who came to the sessions of a free club or class the members run, counted in the sentence after it (before
    # enrolment reads pupils as the school's): "… run a free chess club … we held 14 sessions, and about 120 children came"
    Rule("volunteer_beneficiaries", ("Our members run a free chess club at the community centre. This year we held 14 "
                                     "sessions, and about 120 children came.",),
         earlier=_FREE_CLUB,
         frame=r"\b(?:held|ran|gave|organi[sz]ed) \d+ sessions\b[^.;]{0,16}$",
         after=r"^(?:children|pupils|residents|villagers|people|elderly people|seniors) (?:came|attended|took part|joined)\b"),
    # (or the children who have come to free lessons the sentence before told, of the community's: "… have taught free
    # swimming lessons at the community pool every Saturday. About 60 children have come so far.")
    # (or a free morning or day of a service held there: "… held a free first-aid afternoon in the village hall. About 30
    # villagers learned to dress a wound.")
    Rule("volunteer_beneficiaries", ("Members have taught free swimming lessons at the community pool. About 60 children have "
                                     "come so far.",
                                     "Members held a free health afternoon in the community hall. Some 30 residents learned "
                                     "to take a pulse."),
         # (the free service is one group: each of its kinds is followed by the place, a community's or another public one:
         # "… free homework help at the migrant workers' centre")
         earlier=rf"(?:{_FREE_TUTORING}|\bfree (?:[a-z-]+ ){{1,2}}?(?:morning|afternoon|day)\b)[^.]*"
                 r"\b(?:communit(?:y|ies)|village|neighbou?rhood|cent(?:re|er)|estate|library)\b",
         after=r"^(?:[a-z-]+ )?(?:children|kids|residents|villagers|people) (?:have |had )?(?:come|attended|taken part|joined|"
               r"learned|learnt)\b"),
    # (or those a free workshop or class was for, counted after it: "ran a free cooking class for 25 families from the
    # Xinhe community")
    # (not the school's own pupils' parents or families, its own work: "a free talk on reading for 80 parents of its Year 1
    # pupils")
    Rule("volunteer_beneficiaries", ("members ran a free cooking class for 25 families from the Xinhe community",),
         before=rf"\bfree (?:[a-z-]+ ){{0,2}}?(?:workshops?|class(?:es)?|lessons?|talks?|courses?) for(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:families|parents|residents|villagers|seniors|elderly people)\b",
         not_after=rf"^(?:[a-z-]+ )?{_ITS_OWN_PUPILS_PARENTS}"),
    # (or said to have attended the sessions counted in the sentence after it: "… run free weekly art classes for migrant
    # children. So far they have held eight classes, attended by about 40 children.")
    Rule("volunteer_beneficiaries", ("Members run free weekly art classes for migrant children. So far they have held eight "
                                     "classes, attended by about 40 children.",),
         earlier=_FREE_CLUB,
         frame=r"\b(?:held|ran|gave|taught) (?:\d+|[a-z]+) (?:sessions|classes|lessons|talks|workshops)\b,? (?:(?:were|was) )?"
               r"attended by\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students|residents|villagers|people|seniors|parents|kids)\b"),
    # (or said in the clause that names the free class or camp they came to, and where or whom it was for: "a free summer
    # reading camp that 65 children attended", "free first-aid workshops for residents, which 80 people attended")
    Rule("volunteer_beneficiaries", ("members ran a free weekend art class that 30 village children attended",
                                     "members gave 4 free health talks at the care home, which about 90 residents attended",
                                     "we held five free cooking workshops for families nearby, which some 150 parents attended"),
         frame=r"\bfree\b[^.;,]{0,40}?\b(?:camp|club|class|classes|course|workshop|classroom|school|talk|lecture)s?"
               rf"(?: (?:in|at|for) [^.;,]{{1,40}})?,? (?:that|which)(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|residents|villagers|people|seniors|parents) (?:have |had )?(?:attended|joined|came to|"
               r"took part in)\b"),
    # the pupils who come to a club or class of help for them the members run, said in the clause that names it: "set up
    # an after-school study club, which some 35 pupils attend" (or in the clause after it: "… runs a free homework club for
    # migrant children; about 50 children now attend")
    Rule("students_assisted", ("the members set up an after-school study club, which some 35 pupils attend",),
         frame=rf"{_A_CLUB_OF_HELP}[^.;]{{0,30}}?,? (?:which|that)(?: {QUALIFIER})?\s*$", after=_PUPILS_WHO_COME),
    Rule("students_assisted", ("members run a free homework club for migrant children; about 50 children now attend",),
         frame=rf"{_A_CLUB_OF_HELP}[^.]{{0,80}}[;,]\s*$", after=_PUPILS_WHO_COME),
    # (or the regulars the club has, a club for pupils in need the sentence before started: "We opened a Sunday art club for
    # children of migrant workers. It now has 25 regulars.")
    Rule("students_assisted", ("We opened a Sunday art club for children of migrant workers. It now has 25 regulars.",),
         earlier=r"\b(?:club|class)\b[^.]{0,30}?\bfor (?:[a-z-]+ ){0,2}?(?:children|pupils|students|kids) (?:from|of|in) "
                 r"(?:[a-z-]+ ){0,2}?(?:migrant|poor|low-income|needy|left-behind|disadvantaged|struggling)\b[^.]*\.\s*$",
         before=r"\b(?:it|the club|the class) (?:now |already )?(?:has|had)\s*$",
         after=r"^(?:regulars|regular (?:members|attendees|pupils|children)|(?:children|pupils) who come regularly)\b"),
    # (or in the sentence after it: "Members run a homework club on Tuesdays. Some 40 pupils come.")
    # (or after the tutoring at a library or a centre: "… have coached village children at the village library. Twenty
    # children come regularly.")
    Rule("students_assisted", ("Members run a free reading club on Friday afternoons. Around 25 pupils attend.",
                               "Members have tutored children at the village library since May. About 18 children come "
                               "regularly."),
         earlier=rf"(?:{_A_CLUB_OF_HELP}|\b{_TUTORED_AT_A_CENTRE})[^.]*\.\s*$", after=_PUPILS_WHO_COME,
         not_after=r"^[^.;]{0,40}?\b(?:each|every|a|per) (?:week|day|afternoon|evening|session|time)\b"),
    # (or who have come through its doors, the free or volunteers' club told in the sentence before: "The club has 20 volunteer
    # teachers. Over the years some 900 children have come through its doors.")
    Rule("students_assisted", ("The free club has 20 volunteer teachers. Over the years some 900 children have come through its "
                               "doors.",),
         earlier=r"\b(?:free|volunteers?)\b[^.]*\b(?:club|class|camp|programme|program)\b|"
                 r"\b(?:club|class|camp|programme|program)\b[^.]*\b(?:free|volunteers?)\b",
         after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:have |had )?(?:come|passed|gone) through (?:its|the club['’]s) doors\b"),
    # (or, passive, those it was attended by: "ran 20 free parenting talks in the neighbourhood, attended by about 600
    # parents")
    # (or given to them, said after a comma: "members gave 12 free talks on health in the village, to some 400 residents
    # in all")
    Rule("volunteer_beneficiaries", ("members gave 12 free talks on health in the village, to some 400 residents in all",),
         frame=rf"\bfree {_A_FREE_SERVICE}[^.;]{{0,60}},\s*to(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:residents|villagers|people|seniors|parents|families|elderly people|pupils|children)\b"),
    # (or the classes a volunteer team taught, counted before: "our volunteer team taught 9 first-aid classes in the
    # village, attended by 200 people", "…: 12 members gave safety talks to residents, 20 talks in all, attended by 500 people")
    Rule("volunteer_beneficiaries", ("members ran 12 free health talks in the village, attended by some 400 villagers",
                                     "the free legal advice sessions for residents were attended by 150 people",
                                     "our volunteer team gave 9 first-aid talks in the village, 9 talks in all, attended by "
                                     "200 people"),
         frame=r"(?:\bfree\b[^.;,]{0,40}?\b(?:camp|club|class|classes|course|workshop|classroom|talk|lecture|session)s?"
               r"(?: (?:in|at|for) [^.;,]{1,40})?|"
               rf"\b{VOLUNTEERING}[^.;]{{0,120}}?\d[\d,]* (?:[a-z-]+ )?(?:classes|talks|lectures|sessions|workshops)"
               r"(?: (?:in|at|for) [^.;,]{1,40}| in all| in total| altogether)?)"
               r",? (?:(?:were|was|have been|had been) )?attended by\s*$",
         after=r"^(?:[a-z-]+ )?(?:residents|villagers|people|seniors|parents|families|elderly people)\b"),
    # (or the lessons volunteers gave there, said after a comma: "volunteered at Pine Village School, giving nine lessons to
    # its pupils")
    Rule("volunteer_sessions", ("six member teachers volunteered at Pine Village School, giving nine lessons to its pupils",),
         frame=rf"\b{VOLUNTEERING}[^.;]*,\s*(?:giving|teaching|taking)\s*$", after=r"^(?:[a-z-]+ )?(?:lessons|classes|sessions)\b"),
    # (or what the volunteers held at a place where they gave their time, and those it was for: "members volunteered 200
    # hours at the community centre, where they held 25 homework sessions for some 60 pupils")
    Rule("volunteer_sessions", ("members volunteered 200 hours at the community centre, where they held 25 homework sessions",
                                "six members spent Sunday 7 May at Hill Village School, where they gave 10 lessons in art"),
         frame=rf"(?:\b{VOLUNTEERING}|\b{_GAVE_THEIR_TIME})[^.;]*\bwhere (?:they|the volunteers|members|we) "
               r"(?:ran|held|gave|led|hosted|taught)\s*$",
         after=_VOLUNTEERS_SESSIONS),
    Rule("volunteer_beneficiaries", ("members volunteered 200 hours at the community centre, where they held 25 homework "
                                     "sessions for some 60 pupils",),
         frame=rf"\b{VOLUNTEERING}[^.;]*\bwhere (?:they|the volunteers|members|we) (?:ran|held|gave|led|hosted|taught) "
               rf"\d[\d,]* {_VOLUNTEERS_SESSIONS[1:]} for(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS}|{_THE_PUBLIC_SERVED}|parents|families|people)\b"),
    # (or the people they did something for there, where the volunteers gave their time: "members spent two Sundays helping
    # at the food bank, where they packed boxes for 120 households"; pupils they taught there are pupils helped)
    Rule("volunteer_beneficiaries", ("members spent two Sundays helping at the food bank, where they packed boxes for 120 "
                                     "households",),
         frame=rf"(?:\b{VOLUNTEERING}|\b{_GAVE_THEIR_TIME})[^.;]*\bwhere (?:it|they|we|the team|the volunteers|members) "
               rf"(?:[a-z]+ed|ran|gave|made|sang|read|held)\b[^.;,]{{0,30}}?\bfor(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{_THE_PUBLIC_SERVED}|families|households|people|patients|children)\b"),
    # (or the households the parcels or meals they made up there were for, in the sentence of the time they gave or the one
    # after it: "… spent Sunday at the food bank sorting tins. They packed parcels for some 150 households.")
    Rule("volunteer_beneficiaries", ("Ten members spent Sunday sorting tins at the food bank. They packed parcels for some 150 "
                                     "households.",),
         earlier=rf"\b{_GAVE_THEIR_TIME}", before=_MADE_UP_FOR, after=_THOSE_IN_NEED),
    Rule("volunteer_beneficiaries", ("Ten members spent Sunday sorting tins at the food bank and packed parcels for 150 households.",),
         frame=rf"\b{_GAVE_THEIR_TIME}", before=_MADE_UP_FOR, after=_THOSE_IN_NEED),
    # (or members who went to another school, with what they gave it told in the sentence after: "Five member teachers of Elm
    # School went to Hill Village School. They donated 300 books and read stories with its 40 pupils."; the pupils they read,
    # played or sang with there are pupils helped)
    Rule("volunteer_participants", ("Five member teachers of Elm School went to Hill Village School. They donated 300 books to its "
                                    "library.",),
         after=rf"^(?:party )?(?:members|member teachers)\b{_OF_THEIR_SCHOOL} (?:travell?ed|went|drove|walked) to "
               r"[^.;]{1,60}?\b(?:school|kindergarten)\b",
         later=rf"^{_THEY_DONATED}"),
    Rule("students_assisted", ("Five member teachers went to Hill Village School. They donated 300 books and read stories with "
                               "its 40 pupils.",),
         frame=rf"^{_THEY_DONATED}[^.;]*\b(?:read|played|sang|painted|drew)\b[^.;]{{0,30}}?\b(?:with|to|for)"
               r"(?: its| their| the)?\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the children volunteers looked after, in the sentence of their volunteering or the one after it: "… volunteered at a
    # holiday play scheme. Seven teachers joined in, caring for 28 children.")
    Rule("students_assisted", ("Members volunteered at a holiday play scheme. Seven teachers took part, caring for 28 children.",),
         earlier=rf"\b{VOLUNTEERING}", frame=_LOOKING_AFTER, after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    Rule("volunteer_beneficiaries", ("20 members worked in shifts at the flood shelter, looking after about 400 evacuated villagers",),
         frame=rf"(?:\b{VOLUNTEERING}|\b{WORKED_AT_A_SHELTER})[^.;]*{_LOOKING_AFTER}",
         after=rf"^(?:[a-z-]+ )?(?:evacuated |displaced )?(?:villagers|residents|evacuees|people|families|{_THE_PUBLIC_SERVED})\b"),
    Rule("students_assisted", ("Seven teachers volunteered at a holiday play scheme, caring for 28 children.",),
         frame=rf"\b{VOLUNTEERING}[^.;]*{_LOOKING_AFTER}", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or games or a show led there for its pupils: "… spent 2 June at Ash Lane Nursery, where they held a sing-along and
    # craft games for its 35 children")
    Rule("students_assisted", ("four member teachers spent 2 June at Ash Lane Nursery, where they held a sing-along and craft "
                               "games for its 35 children",),
         frame=rf"\b{_GAVE_THEIR_TIME}[^.;]*\bwhere (?:they|we|the volunteers|members) (?:led|held|put on|played|ran)\b"
               r"[^.;]{0,40}?\bfor (?:its|their|the)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the homes they cleared or mended, in the sentence of the time they gave: "spent two days helping clear mud from 15
    # homes")
    Rule("volunteer_beneficiaries", ("after the flood, nine members spent two days helping clear mud from 15 homes",),
         frame=rf"\b{_GAVE_THEIR_TIME}",
         before=r"\b(?:clear(?:ing)?|clean(?:ing)?|shovel(?:ling)?|dig(?:ging)?)\b[^.;,]{0,20}? (?:from|out of)\s*$|"
                r"\b(?:repair(?:ing)?|rebuild(?:ing)?|mend(?:ing)?|clean(?:ing)?)\s*$",
         after=r"^(?:[a-z-]+ )?(?:homes|houses|households)\b"),
    # (or lessons given there, to its pupils: "… at Hill Village School, where they gave 10 lessons in art and music to its 60
    # pupils")
    # (or the residents of a home of the elderly visited, with whom they did something there: "visited the Maple Care Home,
    # where they made dumplings with about 30 residents")
    # (or the children or villagers who watched a show taken to a village, where they were: "took a puppet show to Pine Village
    # Kindergarten, where 45 children watched")
    Rule("volunteer_beneficiaries", ("four members took a play to a village kindergarten in the hills, where 40 children watched",),
         frame=rf"\b(?:{_TOOK_TO_A_VILLAGE})[^.;]*\bwhere\s*(?:about |some |around |nearly |over |more than )?$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|villagers|residents|people|families) (?:watched|came|listened|joined in|"
               r"took part)\b"),
    # (or the residents of a home of care named after them, with whom the members did something: "baked cakes with 18
    # residents of the Elm care home")
    Rule("volunteer_beneficiaries", ("on Friday 9 members of Elm School made dumplings with 30 residents of the Pine care home",),
         before=r"\b(?:made|played|sang|danced|chatted|celebrated|painted|baked)\b[^.;,]{0,30}? with\s*$",
         after=rf"^(?:[a-z-]+ )?(?:residents|patients|veterans|children|older people) (?:of|at|from) (?:the |a )?"
               rf"[^.;,]{{0,40}}?\b{CARE_HOME}"),
    # (or a community's or a village's people, the members said to be volunteers there: "baked cakes with 20 older residents
    # of the Pine community as volunteers")
    Rule("volunteer_beneficiaries", ("at the festival 7 members baked moon cakes with 20 older residents of the Pine community "
                                     "as volunteers",),
         before=r"\b(?:made|played|sang|danced|chatted|celebrated|painted|baked|cooked|wrapped)\b[^.;,]{0,30}? with\s*$",
         after=r"^(?:[a-z-]+ )?(?:residents|villagers|older people|elderly people) (?:of|in|from) (?:the |a )?[^.;,]{0,40}?"
               r"\b(?:community|village|neighbou?rhood|estate)\b[^.;]{0,20}?\bas volunteers\b"),
    # (or some of its people read to: "visited the care home and read the news to 30 of its residents")
    Rule("volunteer_beneficiaries", ("five members visited the Pine care home and read to 20 of its residents",),
         frame=rf"\b{VISITED_A_CARE_HOME}[^.;]*\b(?:read|sang|played|performed)\b[^.;,]{{0,20}}?\b(?:to|for|with)(?: {QUALIFIER})?\s*$",
         after=r"^of (?:its|the home['’]s|their) (?:residents|older people|elderly residents|children|patients)\b"),
    # (or those of its people something held there was for: "held a tea party at the care home for the 12 residents
    # born in October")
    Rule("volunteer_beneficiaries", ("five members held a concert at the Pine care home for its 40 residents",),
         frame=rf"\b{VISITED_A_CARE_HOME}[^.;]*\bfor (?:the |its |all |all the )?(?:{QUALIFIER} )?$",
         after=r"^(?:[a-z-]+ )?(?:residents|elderly (?:people|residents)|older people|seniors|patients|children|veterans)\b"),
    Rule("volunteer_beneficiaries", ("six members visited the Maple Care Home, where they made dumplings with about 30 residents",
                                     "four members went to the Home for Veterans, where they danced for about 15 veterans",
                                     "five members took books to the children's welfare home, where they sang with its 25 "
                                     "children"),
         frame=rf"\b{VISITED_A_CARE_HOME}[^.;]*\bwhere (?:they|we|the members|the volunteers) (?:[a-z]+ed|made|sang|read|"
               rf"played|ran|held)\b[^.;,]{{0,40}}?\b(?:with|for)(?: its| their| the)?(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:residents|elderly (?:people|residents)|older people|seniors|patients|children|veterans)\b"),
    # (the children of a village school or kindergarten things were taken to, where the members then played or read with
    # them, are pupils helped: "took 100 books to Shanxia Village School, where they read with its 40 pupils")
    Rule("students_assisted", ("six members took 100 books to Shanxia Village School, where they read with its 40 pupils",),
         frame=rf"\b{_DELIVERED_DONATIONS}[^.;]*\bwhere (?:they|we|the members) (?:[a-z]+ed|made|sang|read|played|ran|held)\b"
               rf"[^.;,]{{0,40}}?\b(?:with|for|to)(?: its| their| the)?(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students|kids)\b"),
    # (or the lessons given in the time spent teaching at a village school, after a comma, and the pupils they were given to:
    # "spent two weeks teaching at Pine Primary School, a village school, giving 40 lessons to its 70 pupils")
    # (or after travelling to a village or hill school and giving them there: "travelled to Oak School, a village school
    # of 40 pupils, and gave 4 lessons")
    Rule("volunteer_sessions", ("three member teachers drove to Oak School, a mountain school, and gave 5 lessons in music",),
         frame=rf"\b(?:{_TRAVELLED_TO_TEACH})\s*$", after=r"^(?:[a-z-]+ )?(?:lessons|classes)\b"),
    Rule("volunteer_sessions", ("four members spent a week teaching at Pine Primary School, a village school, giving 30 lessons",),
         frame=rf"\b{_GAVE_THEIR_TIME}[^.;]*,\s*giving\s*$", after=r"^(?:[a-z-]+ )?(?:lessons|classes)\b"),
    # (or the pupils taught there, after a comma: "five members spent a fortnight at a mountain school, teaching 40 pupils maths";
    # or where they volunteered: "volunteered at a mountain school, teaching 50 children")
    Rule("students_assisted", ("five members spent a fortnight at a mountain school, teaching 40 pupils maths",
                               "in July four members volunteered at a mountain school, teaching 50 children art"),
         frame=rf"(?:\b{_GAVE_THEIR_TIME}|\bvolunteered at [^.;,]{{0,40}}?\b(?:village|rural|mountain|hill)\b)[^.;]*,\s*"
               r"(?:teaching|tutoring)\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS}|children)\b"),
    # (or members who taught there, after the branch took something to a village school: "… took 80 books to Oak School, a
    # village school, and four member teachers gave lessons in music there")
    Rule("volunteer_participants", ("the branch took 80 books to Oak School, a village school, and four member teachers gave "
                                    "lessons in music there",),
         frame=r"\bto [^.;]{1,60}?\b(?:village|rural|mountain|hill) school\b[^.;]*,? and\s*$",
         after=r"^(?:[a-z-]+ )?(?:members|member teachers) (?:gave|taught|held|ran) (?:[a-z-]+ )?(?:lessons|classes)\b"),
    # (or the pupils of a village school given a free lesson there: "gave a free lesson on fire safety to 45 pupils at a
    # mountain school")
    Rule("students_assisted", ("in May three member teachers gave a free lesson on fire safety to 45 pupils at a mountain school",),
         before=rf"\bgave (?:a |an |\d+ |[a-z]+ )?free (?:[a-z-]+ ){{0,2}}?(?:lessons?|class(?:es)?|talks?)\b[^.;,\d]{{0,30}}? "
                rf"to(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|children|students) (?:at|of|from|in) (?:a |the )?[^.;,]{0,30}?\b(?:village|rural|"
               r"mountain|hill)\b[^.;,]{0,20}?\bschools?\b"),
    Rule("students_assisted", ("four members spent a week teaching at Pine Primary School, a village school, giving 30 lessons "
                               "to its 50 pupils",),
         frame=rf"\b{_GAVE_THEIR_TIME}[^.;]*,\s*giving \d[\d,]* (?:[a-z-]+ )?(?:lessons|classes)\b[^.;]{{0,30}}?"
               rf"\bto(?: its| their| the)?(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    Rule("students_assisted", ("we gave 90 hours of volunteer service at the library, where we taught maths to 20 migrant "
                               "children",
                               "six members spent Sunday 7 May at Hill Village School, where they gave 10 lessons in art and "
                               "music to its 60 pupils"),
         frame=rf"(?:\b{VOLUNTEERING}|\b{_GAVE_THEIR_TIME})[^.;]*\bwhere (?:it|they|we|the team|the volunteers|members) "
               rf"(?:(?:taught|tutored|coached)\b[^.;,]{{0,30}}?|gave \d[\d,]* (?:[a-z-]+ )?(?:lessons|classes)\b[^.;]{{0,40}}?)"
               rf"\bto(?: its| their| the)?(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # the people a service benefited, a translation's word order with its person-times after the number: "volunteer service 88
    # times, service hours 1,420 hours, benefited people 3,600 person-times"
    Rule("volunteer_beneficiaries", ("volunteer service 40 times, benefited people 1,200 person-times",),
         frame=rf"\b{VOLUNTEERING}\b[^.]*$", before=r"\b(?:benefited|benefiting|served|serving) (?:people|residents|persons|"
                                                 r"the masses|the public)\s*$",
         after=r"^(?:person-times|people|persons)\b"),
    # the visits members made to a home of the elderly (or one of them, its place among the year's so far: "It was the
    # branch's fourth visit to the home this year", the home named in the sentence before)
    Rule("volunteer_sessions", ("members made 6 visits to the Pine Hill care home",),
         after=rf"^visits? to (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME}"),
    Rule("volunteer_sessions", ("Members spent the morning at the Pine Hill Care Home. It was their third visit to the home this year.",),
         earlier=CARE_HOME, after=r"^visits? to (?:the|this|that) (?:care |nursing |old people's )?home\b"),
    # (or the times they have been back since their first visit: "… spent a day at the care home. Since the first visit in
    # 2020, members have gone back 11 times")
    Rule("volunteer_sessions", ("Members spent the afternoon at the Elm care home. Since their first visit in 2020, they have been back "
                                "11 times.",),
         earlier=rf"\b(?:{VISITED_A_CARE_HOME}|{VOLUNTEERING})",
         before=r"\b(?:members|they|we|the (?:branch|volunteers|team))\b (?:have|has|had) (?:been|gone|come) back\s*$",
         after=r"^times\b"),
    # the people volunteers moved to safety in a disaster: "they helped move 700 villagers to safe ground" (in a sentence
    # of volunteers, or after one)
    Rule("volunteer_beneficiaries", ("after the storm, member volunteers helped evacuate 400 villagers",
                                     "The district called for volunteers. Working in shifts, members helped move 900 residents "
                                     "to safety."),
         frame=rf"\b{VOLUNTEERING}[^.;]*$", before=_HELPED_TO_SAFETY, after=_PEOPLE_MOVED_TO_SAFETY),
    # the families food was packed for by those who took part at a food bank, told in the sentence before: "… volunteered at
    # the food bank. By now 15 members have taken part, packing food for some 400 families."
    Rule("volunteer_beneficiaries", ("Members have volunteered at the food bank since May. Nine have joined in, sorting food "
                                     "for 300 families.",),
         earlier=rf"\b{_A_PLACE_OF_NEED}",
         frame=rf"[,;]\s*(?:packing|preparing|sorting|delivering|handing out) (?:food|parcels|meals|hampers|boxes)"
               rf"(?: (?:of|with) [a-z ]{{1,20}})? (?:for|to)(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:families|households|people|residents)\b"),
    # people who work outdoors for all, given things the members made: "made dumplings and gave them to 25 sanitation workers"
    Rule("volunteer_beneficiaries", ("the members made moon cakes and gave them to 30 street cleaners in the district",),
         before=rf"\bmade [^.;]{{0,40}}?{_AND_GAVE_THEM_TO}\s*$",
         after=rf"^(?:[a-z-]+ )?{_WORKERS_OUT_OF_DOORS}\b"),
    # the children or people something the members ran as volunteers was for: "ran craft corners for some 200 children as
    # volunteers"
    # the people of a community free talks held there were for: "held 3 free health talks at the village hall
    # for some 90 villagers"
    Rule("volunteer_beneficiaries", ("members held 3 free health talks at the village hall for some 90 villagers",),
         before=rf"\bfree (?:[a-z-]+ ){{0,2}}?(?:talks|classes|lessons|sessions|workshops|lectures)\b[^.;]{{0,20}}?\b(?:in|at) "
                rf"(?:the |a )?(?:[a-z'’-]+ ){{0,2}}?(?:community|communities|village|villages|estate|town|library)\b"
                rf"[^.;]{{0,20}}?\bfor(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:parents|residents|villagers|families|older people)\b"),
    # the people a free talk or clinic, said first, helped: "At a free weekend clinic in June, 3 member teachers of Oak
    # School helped some 60 parents"
    Rule("volunteer_beneficiaries", ("At a free weekend clinic in June, 3 member teachers of Oak School helped some 60 parents",),
         frame=rf"^\W*at a free (?:[a-z-]+ ){{0,3}}?(?:talk|session|clinic|stall|fair|event)\b[^.;]*?\b(?:advised|answered "
               rf"(?:the )?questions (?:from|of)|spoke to|talked to|helped)(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:parents|residents|villagers|people|families|older people)\b"),
    # pupils coached who were struggling (not those coached for a contest: "coached 30 pupils for a speech contest")
    Rule("students_assisted", ("this term members coached 18 children who had been struggling at school",),
         before=r"\bcoached\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|students|children) who (?:were|are|had been) (?:struggling|falling behind|behind)\b"),
    # pupils who asked for help, given something for it: "held sessions on exam anxiety for 60 Grade 9 pupils who asked for
    # help"
    Rule("students_assisted", ("two members held sessions on exam anxiety for 60 Grade 9 pupils who asked for help",),
         before=r"\b(?:for|to|with)\s*$",
         after=r"^(?:[a-z0-9-]+ ){0,3}?(?:students|pupils|children) who (?:had )?(?:asked|came|applied) for (?:help|support)\b"),
    # the children of villages or a community free lessons were given to: "gave free drawing lessons to 60 children from
    # nearby villages"
    Rule("students_assisted", ("4 member music teachers of Oak School taught free singing classes to 50 pupils of nearby villages",),
         before=rf"\bfree (?:[a-z-]+ ){{0,3}}?(?:lessons|classes)\b[^.;]{{0,40}}?\bto(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils)\b (?:from|of|in) (?:the |a )?(?:nearby |local |neighbouring )?"
               r"(?:[a-z-]+ ){0,2}?(?:villages?|communit(?:y|ies)|estates?)\b"),
    # the people of a community a free event the branch held was for: "held a free film afternoon for 50 children from the
    # nearby Xinyuan estate"
    Rule("volunteer_beneficiaries", ("the branch held a free film afternoon for 50 children from the nearby Xinyuan estate",),
         before=rf"\b(?:held|ran|hosted|organi[sz]ed|put on) (?:an? )?free (?:[a-z-]+ ){{0,2}}?(?:day|afternoon|evening|morning|"
                rf"fair|party|show|event|festival) for(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|residents|villagers|people|families|older people)\b[^.;]{0,20}?\b(?:from|of|in) "
               r"(?:the |a )?(?:[a-z-]+ ){0,3}?(?:community|communities|village|villages|estate|neighbou?rhood)\b"),
    # (or read stories to, the place said between: "read stories to 80 children at the town library, as volunteers")
    Rule("volunteer_beneficiaries", ("at the fair 6 members ran reading corners for some 200 children as volunteers",
                                     "five members read stories to 80 children at the town library on Sunday, as volunteers"),
         before=rf"\b(?:ran (?:[a-z-]+ ){{0,2}}?(?:corners?|sessions|activities|games|stalls?|workshops?) for|"
                rf"read (?:[a-z-]+ )?(?:stories|books|poems) to)(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|residents|villagers|people|visitors|families)\b[^.;]{0,60}?\bas volunteers\b"),
    # (or the children read with at free reading sessions, told after a comma: "run free story corners on the estate, reading
    # with some 30 children every Saturday")
    Rule("volunteer_beneficiaries", ("since June members have run free story corners on the estate, reading with some 30 children "
                                     "every Saturday",),
         frame=rf"\bfree (?:[a-z-]+ ){{0,2}}?(?:corners?|sessions|hours|clubs?|class(?:es)?)\b[^.;]{{0,60}}?,\s*"
               rf"(?:reading|sharing books) (?:stories )?(?:with|to)(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|kids|pupils|toddlers)\b"),
    # the people a free stall or clinic answered or advised, after a comma: "ran a free stall at the health fair, answering
    # questions from about 120 parents"
    # (or in a clause of where it stood: "ran a free stall in the park, where they answered questions from 60 residents")
    Rule("volunteer_beneficiaries", ("three members ran a free stall on fire safety at the fete, answering questions from some "
                                     "90 residents",
                                     "two members ran a free legal advice booth at the market, where they advised 40 villagers",
                                     "two members ran a free help point at the careers fair, answering questions from some 90 "
                                     "jobseekers"),
         # (or a desk or a point of help: "ran a free legal advice point in the market")
         frame=rf"\bfree (?:[a-z'’-]+ ){{0,3}}?(?:stalls?|stands?|booths?|clinics?|consultations?|desks?|points?)\b[^.;]*"
               r"(?:,\s*(?:answering (?:the )?questions (?:from|of)|advising|serving|helping)|"
               r",? where (?:they|we|the members|members) (?:answered (?:the )?questions (?:from|of)|advised|served|helped))"
               rf"(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:parents|residents|villagers|people|visitors|passers-by|families|older people|school-leavers|"
               r"job-?seekers)\b"),
    # the members who took turns looking after the people the school sheltered, in the sentence of the shelter: "the school's
    # gym became a shelter for 120 people from Pine Hollow, and 14 of its members took turns caring for them"
    Rule("volunteer_participants", ("the school's gym became a shelter for 120 people from Pine Hollow, and 14 of its members took "
                                    "turns caring for them",),
         frame=rf"\b{_A_SHELTER}[^.]*$",
         after=r"^(?:of (?:its|the|our) )?(?:party )?(?:members|member teachers) (?:have |had )?(?:took|take|taken) turns "
               r"(?:looking after|to look after|caring for|to care for|cooking for|to cook for)\b"),
    # (or in a sentence of the disaster, as 抗洪抢险 is a service: "When the river flooded, 20 members helped move 150 villagers
    # to the school")
    Rule("volunteer_beneficiaries", ("when the river flooded, 15 members helped move 120 villagers to higher ground",),
         frame=rf"{_A_DISASTER}[^.;]*$", before=_HELPED_TO_SAFETY, after=_PEOPLE_MOVED_TO_SAFETY),
    Rule("volunteer_beneficiaries", ("The district called for volunteers. Working in shifts, members helped move 900 residents "
                                     "to safety.",),
         earlier=rf"\b{VOLUNTEERING}", before=_HELPED_TO_SAFETY, after=_PEOPLE_MOVED_TO_SAFETY),
    # the hours given at a place that serves people in need, a food bank or a home of the elderly: "members gave 60 hours at
    # the food bank in March" (or a list's item, who gave them said after: "120 — hours members spent at the town's care home")
    Rule("volunteer_hours", ("members gave 60 hours at the food bank in March",
                             "Our term in numbers\n120 hours members spent at the town's care home"),
         after=r"^hours (?:(?:that |which )?(?:members|volunteers|we|they|teachers) (?:gave|spent|put in|worked|volunteered) )?"
               rf"(?:at|in) (?:the |a |our )?(?:[a-z'’-]+ ){{0,2}}?(?:food bank|soup kitchen|{CARE_HOME})"),
    # shows the members put on for the public free of charge, and those they played to: "the members staged 9 plays for some
    # 600 villagers, all of them free of charge"
    Rule("volunteer_sessions", ("the members staged 9 plays for some 600 villagers, all of them free of charge",),
         before=r"\b(?:performed|gave|put on|staged|played)\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:shows|performances|concerts|plays)\b[^.;]{0,60}?\b(?:free of charge|for free)\b"),
    Rule("volunteer_beneficiaries", ("the members staged 9 plays for some 600 villagers, all of them free of charge",),
         frame=rf"\b(?:performed|gave|put on|staged|played) \d[\d,]* (?:[a-z-]+ ){{0,2}}?(?:shows|performances|concerts|plays) "
               rf"for(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS}|{_THE_PUBLIC_SERVED}|families|people|patients)\b[^.;]{{0,30}}?\b"
               r"(?:free of charge|for free)\b"),
    # (or how many are on duty at a time, a rate, at a guard's post the sentence before told of: "… keep watch at the
    # school crossing each afternoon. Three members are on duty every day.")
    Rule("volunteer_participants", ("Members stand guard at the school crossing each afternoon. Three members are on duty every day.",),
         earlier=rf"\b{GUARD_DUTY}|\bvolunt",
         after=r"^(?:party )?(?:members|member teachers|teachers|volunteers) (?:are|were) on duty (?:each|every|at a) "
               r"(?:time|day|morning|afternoon|shift)\b"),
    # (and the patrols they made: "… patrolled the riverbanks. Twelve members took part in 30 patrols.")
    Rule("volunteer_sessions", ("Members patrolled the riverbanks in the holidays. Twelve members took part in 30 patrols.",),
         earlier=_PATROLLED, before=r"\b(?:took part in|made|carried out|did)\s*$", after=r"^(?:[a-z-]+ )?patrols\b"),
    # (or counted so far after the patrolling, in its sentence: "… have patrolled the lake shore by turns, 40 patrols so
    # far")
    Rule("volunteer_sessions", ("since July nine members have patrolled the lake shore by turns, 40 patrols so far",),
         frame=rf"{_PATROLLED}[^.;]*,\s*$", after=r"^patrols (?:so far|to date|in all|in total|altogether)\b"),
    # (or the people the patrol talked with or warned, after a comma: "patrolled the ponds, warning some 60 swimmers off")
    Rule("volunteer_beneficiaries", ("in July 8 members patrolled the reservoir every evening, warning about 70 swimmers away",),
         frame=rf"{_PATROLLED}[^.;]*,\s*(?:talking (?:to|with)|warning|advising)(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|parents|villagers|residents|people|swimmers|anglers)\b"),
    # (or the turns members took on the patrol, counted after it, each one member's: "members took turns on the river patrol,
    # 50 turns in all")
    Rule("volunteer_participants", ("every weekend members took turns on the river patrol, 50 turns in all",
                                    "since May members have stood at the gate each morning to see pupils across the road, 90 "
                                    "turns so far"),
         # (or stood at the gate to see pupils across, the turns counted after: "have stood at the gate each morning to see
         # pupils across the road, 90 turns so far")
         frame=r"\b(?:took turns (?:on|at|in) (?:the |a )?(?:[a-z'’-]+ ){0,3}?(?:patrols?|watch|duty)\b|"
               r"(?:stood|stand|standing) (?:at|by) (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:gates?|crossings?)\b)[^.;]*,\s*$",
         after=r"^turns (?:so far|to date|in all|in total|altogether)\b"),
    # (or some of "us" who help at such a place each week, a rate: "On Mondays three or four of us help out at a soup kitchen")
    Rule("volunteer_participants", ("On Mondays three or four of us volunteer at a soup kitchen.",),
         after=rf"^of us (?:help|volunteer|serve|work)\b[^.;]{{0,20}}?\b(?:at|in) (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?"
               rf"{_A_PLACE_OF_NEED}"),
    # (or the talks or classes given at a free school or course for families the sentence before opened: "… set up a free
    # parenting course for families in the village. In June, member teachers held three classes there.")
    Rule("volunteer_sessions", ("The branch set up a free parenting course for families in the village. In June, member "
                                "teachers held three classes there.",),
         earlier=r"\bfree (?:[a-z-]+ ){1,2}?(?:school|classes|class|course|workshops?)\b[^.]*\b(?:famil(?:y|ies)|parents|"
                 r"residents|communit(?:y|ies)|villagers?)\b",
         before=r"\b(?:gave|held|ran|taught)\s*$", after=r"^(?:[a-z-]+ )?(?:talks|lectures|classes|lessons|workshops|sessions)\b"),
    # (or who visited older people living alone or in need, a volunteer's call: "eight members visited 22 older residents who live
    # alone")
    Rule("volunteer_participants", ("at New Year eight members of Elm School visited 22 older residents who live alone",),
         after=rf"^(?:party )?(?:members|member teachers)\b{_OF_THEIR_SCHOOL} visited (?:{QUALIFIER} )?(?:\d[\d,]*|[a-z-]+) "
               r"(?:elderly|older|lonely|housebound|disabled)\b[^.;,]{0,20}?\b(?:living alone|in need|on their own|who live alone)\b"),
    # (or the times they took part, in a sentence of volunteering: "… each joined a volunteer activity, and together they
    # took part 90 times")
    Rule("volunteer_participants", ("every member joined a volunteer activity this year, and together they took part 85 times",),
         frame=rf"\b{VOLUNTEERING}", before=r"\b(?:they|members|we|the members)\b[^.;]{0,12}?\btook part\s*$", after=r"^times\b"),
    # (or the members who took part in the time given the sentence before told of: "Members spent Sunday at Pine Village
    # helping older villagers. Eleven members took part.")
    Rule("volunteer_participants", ("Members spent Sunday at Pine Village helping older villagers. Eleven members took part.",
                                    "The branch and the forestry station planted 200 saplings on the hillside. Fifteen members "
                                    "of the branch took part.",
                                    "Since March members have served soup at a homeless shelter in town. Seven members have "
                                    "helped."),
         earlier=rf"\b{_GAVE_THEIR_TIME}",
         # (or have helped, nothing more said: "Eight members have helped, and …")
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|member teachers|teachers)\b(?: of (?:the|its|our) (?:branch|committee))? "
               r"(?:have |had )?(?:took part|taken part|joined in|helped(?= and\b|\s*[.;,]|\s*$))",
         # (not the whole some of whom took part: "Sixteen of its 19 members took part")
         not_before=r"\bof (?:its|the|our|their)\s*$"),
    # (or the members, and the pupils with them, who took part in a clean-up of a public place told the sentence before: "The
    # branch held a clean-up of the canal path. Fifteen members and 40 pupils took part.")
    Rule("volunteer_participants", ("The branch held a clean-up of the canal path on Saturday. Fifteen members and 40 pupils took "
                                    "part.",),
         earlier=_A_CLEAN_UP,
         after=rf"^(?:[a-z-]+ )?(?:party )?(?:members|member teachers)(?: and (?:\d[\d,]*|[a-z-]+) (?:[a-z-]+ )?{SERVING})? "
               r"(?:took part|joined in)\s*(?:[.;,]|$)",
         # (not the whole some of whom took part: "Sixteen of its 19 members took part")
         not_before=r"\bof (?:its|the|our|their)\s*$"),
    Rule("volunteer_participants", ("The branch held a clean-up of the canal path on Saturday. Fifteen members and 40 pupils took "
                                    "part.",),
         earlier=_A_CLEAN_UP,
         before=r"\b(?:members|member teachers) and\s*$",
         after=rf"^(?:[a-z-]+ )?{SERVING} (?:took part|joined in)\s*(?:[.;,]|$)"),
    # (or the first of a series of free talks held, and those they drew, after the series told: "… began free talks on
    # child care for parents in the village. The first three talks drew 90 parents.")
    Rule("volunteer_sessions", ("The branch began free talks on child care for parents in the village. The first three talks drew "
                                "90 parents.",),
         earlier=_FREE_TALKS, before=r"^the first\s*$",
         after=r"^(?:talks|lectures|classes|workshops|sessions)\b"),
    Rule("volunteer_beneficiaries", ("The branch began free talks on child care for parents in the village. The first three "
                                     "talks drew 90 parents.",),
         earlier=_FREE_TALKS, before=r"\b(?:drew|attracted)(?: in)?\s*$",
         after=r"^(?:[a-z-]+ )?(?:parents|families|residents|people|villagers)\b"),
    # (and those who came to see what they gave there: "… put on a free concert on the estate's green. About 70 residents
    # and their families came.")
    # (or held a free event for the public, said so: "held a free reading morning at the square")
    Rule("volunteer_beneficiaries", ("Four members put on a free concert on the estate's green. About 70 residents and their "
                                     "families came.",
                                     "Five members held a free puppet show in the square. About 60 children and their parents "
                                     "came.",
                                     "Two member teachers gave a free talk on bedtime reading at the library. Some 30 parents "
                                     "of small children came."),
         earlier=rf"\b(?:{_GAVE_THEIR_TIME}|{_HELD_A_FREE_EVENT})",
         after=r"^(?:[a-z-]+ )?(?:children|residents|villagers|people|families|pupils|parents)\b(?: of [a-z' -]{1,30}?)?"
               r"(?: and their (?:parents|families|grandparents))? (?:watched|came|attended)\b"),
    # (or who taught there without pay, and the classes they gave: "three member teachers have given Saturday lessons at
    # the special school since April, nine lessons so far, unpaid")
    Rule("volunteer_participants", ("three member teachers have given Saturday lessons at the special school since April, nine "
                                    "lessons so far, unpaid",),
         after=rf"^(?:party )?(?:members|member teachers|teachers)\b{_OF_THEIR_SCHOOL} (?:have |had )?(?:taught|given|run|held)\b"
               rf"[^.]{{0,120}}?\b{_UNPAID}"),
    Rule("volunteer_sessions", ("three member teachers have given Saturday lessons at the special school since April, nine "
                                "lessons so far, unpaid",),
         frame=r"\b(?:taught|given|held|ran|run)\b[^.;]*,\s*$", after=rf"^(?:classes|lessons|sessions) so far\b[^.;]*{_UNPAID}"),
    # (or their turnouts, in a field's brackets after the sessions: "Volunteer sessions: 12 (member turnouts: 80)")
    # (or the members' turns counted after the sessions, as 人次 are: "Volunteer outings: 15, with 190 member turns")
    Rule("volunteer_participants", ("Volunteer sessions: 12 (member turnouts: 80)",),
         frame=rf"\b{VOLUNTEERING}", before=r"\b(?:member |volunteer )?turn-?outs\s*:\s*$"),
    Rule("volunteer_participants", ("Volunteer outings: 15, with 190 member turns",),
         frame=rf"\b{VOLUNTEERING}", after=r"^(?:member|volunteer)[ -](?:turns|turnouts|times)\b"),
    # (or the shifts they worked, each one member's turn: "members worked 120 volunteer shifts at the station")
    Rule("volunteer_participants", ("last term members worked 120 volunteer shifts at the station",),
         before=r"\b(?:did|worked|took|covered|put in|completed|served|have done|have worked)\s*$",
         after=r"^(?:volunteer|volunteering) shifts\b"),
    # (or those on a volunteer rota or list: "the 9 members on its volunteer rota for the library")
    Rule("volunteer_participants", ("this term 9 members are on its volunteer rota for the library",),
         after=r"^(?:party )?(?:members|member teachers|teachers) (?:are |were )?on (?:the|a|its|our) (?:[a-z-]+ )?"
               r"(?:volunteer|volunteering) (?:rota|roster|list)\b"),
    # (or those a volunteer programme or team has, said in a clause on it: "started a volunteer reading programme that now
    # has 15 member teachers")
    Rule("volunteer_participants", ("in 2020 the branch started a volunteer reading programme that now has 15 member teachers",),
         frame=rf"\b{VOLUNTEERING}", before=r"\b(?:programme|program|scheme|service|team|club|group)\b[^.;]{0,40}?\b"
                                           r"(?:that|which) (?:now )?(?:has|had|have)\s*$",
         after=r"^(?:party )?(?:member teachers|members|volunteers|teachers)\b"),
    # the hours the members gave, named before a colon and their number: "the hours its members have given since March: 640"
    Rule("volunteer_hours", ("The branch also counted the hours its members have given since March: 640.",),
         frame=r"\bhours (?:(?:its|our|the|their) )?(?:party )?(?:members|volunteers) (?:have |had )?(?:given|volunteered|put in)\b"
               r"[^.;:]{0,40}:\s*$"),
    # (the members of a volunteer team who taught or gave such classes to the public, and the classes in all: "the volunteer
    # team went to the village: 20 members gave farming classes for villagers, 12 classes in all")
    Rule("volunteer_participants", ("the volunteer team went to the village: 20 members gave farming classes for villagers",),
         frame=rf"\b{VOLUNTEERING}",
         after=r"^(?:(?:party )?members|member teachers|teachers) (?:taught|gave|ran|held|offered)\b[^.;,]{0,40}?\b"
               r"(?:classes|talks|lectures|workshops|courses)\b[^.;,]{0,10}?\b(?:for|to) (?:the )?(?:local |nearby )?"
               rf"(?:{_THE_PUBLIC_SERVED}|families|workers|farmers|people)\b"),
    Rule("volunteer_sessions", ("the volunteer team went to the village: 20 members gave farming classes for villagers, "
                                "12 classes in all",),
         frame=rf"\b{VOLUNTEERING}[^.;]*\b(?:taught|gave|ran|held|offered)\b[^.;,]{{0,40}}?\b(?:classes|talks|lectures|"
               r"workshops|courses)\b[^.;]*,\s*$",
         after=r"^(?:classes|talks|lectures|workshops|sessions) (?:in all|in total|altogether)\b"),
    # (or the club itself, said to have met and helped them: "… a reading club, which members run for free. The club met 30
    # times and helped 25 children")
    Rule("volunteer_beneficiaries", ("The branch has a homework club which members run for free. The club met 30 times and "
                                     "helped 25 children with their homework.",),
         earlier=_FREE_CLUB, before=r"\b(?:the|this|our) (?:club|class)\b[^.;]{0,40}?\b(?:helped|served|reached)\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS}|residents|villagers|people|seniors)\b"),
    # pupils paired with members are helped by them: "21 pupils from families in difficulty were paired with members"
    Rule("students_assisted", ("this year 17 pupils from low-income families were paired with party members",),
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS})\b[^.;,]{{0,40}}?\b(?:were|have been|had been) (?:each )?paired with (?:a )?"
               r"(?:party )?(?:members?|member teachers?|teachers who are (?:party )?members)\b"),
    # (or, after a sentence on the free class the members run for others' children, the children who have attended it and
    # the members who have taught in it: "… has run a free Saturday Classroom for migrant workers' children. Over ten years,
    # 31 members have taught in it and more than 2,000 children have attended.")
    # (or where the members taught, said to be for free: "… have taught art and reading, free of charge, to migrant workers'
    # children. 130 children have attended.")
    Rule("volunteer_beneficiaries", ("The branch runs a free weekend class for village children. So far 400 children have attended.",
                                     "Members have taught drawing free of charge to village children. So far 90 children have "
                                     "attended.", "Members teach calligraphy at the senior centre free of charge. About 40 older "
                                     "residents attend.",
                                     "The free art club run by the branch closed in July. In all, 30 children from the estate took "
                                     "part.", "Two members gave a free talk on first aid at the community centre. About 50 parents "
                                     "attended.", "Three members gave a talk on safe cycling at Elm Community. About 60 residents, "
                                     "many of them parents, came to listen.",
                                     "In June members opened its reading room to children from the estate. 35 children borrowed "
                                     "books.", "Members ran a free course on raising pigs in Pine Village. 30 farmers completed it."),
         # (or a free talk given at a place of the community: "… gave a free talk at the community centre. About 80 parents
         # attended.")
         # (or a talk given in a community, free or not: "… gave a talk on safe cycling at Elm Community. About 60 residents,
         # many of them parents, came to listen.")
         earlier=rf"{_FREE_CLASS_OPENED}|{_TAUGHT_FOR_FREE}|{_FREE_SERVICE_IN_THE_COMMUNITY}|{_TALK_IN_A_COMMUNITY}",
         # (or who attend now, older residents maybe: "Some 70 older residents attend."; an aside on who they were may come
         # between)
         # (or borrowed its books: "60 children borrowed books")
         # (or finished it, farmers maybe: "30 farmers completed it")
         after=r"^(?:(?:older|elderly|local) )?(?:children|pupils|students|residents|villagers|people|parents|families|farmers)"
               r"(?: from [^.;,\d]{1,30}?)?(?:,[^.;,]{1,40},)? "
               r"(?:have |had )?(?:attended|attend|come|came|taken part|took part|borrowed (?:its |the )?books|"
               r"(?:completed|finished) (?:it|the (?:course|class|classes|training))\b)\b"),
    # (or in the clause after a semicolon: "gave a free talk on first aid at the village hall; 30 parents came")
    Rule("volunteer_beneficiaries", ("two members held a free talk on first aid at the community hall; 40 parents came",),
         frame=rf"(?:{_FREE_CLASS_OPENED}|{_TAUGHT_FOR_FREE}|{_FREE_SERVICE_IN_THE_COMMUNITY}|{_TALK_IN_A_COMMUNITY})[^.]*;\s*$",
         after=r"^(?:(?:older|elderly|local) )?(?:children|pupils|residents|villagers|people|parents|families) "
               r"(?:have |had )?(?:attended|attend|come|came|taken part|took part)\b"),
    # (or took turns to teach: "The branch ran a free reading camp for village children. Nine members took turns to teach.")
    # (or some of the school's members who have taught at it, the membership counted after the share: "Twelve of the
    # school's 30 members have taught at it")
    Rule("members_total", ("Members run a free evening class for parents. Twelve of the school's 30 members have taught at it.",),
         earlier=_FREE_TUTORING, before=rf"\b(?:\d[\d,]*|[a-z]+) of (?:the|its|our|{_THE_SCHOOLS})\s*$",
         after=r"^(?:party )?members\b (?:have |had )?(?:taught|tutored)\b"),
    Rule("volunteer_participants", ("Members run a free evening class for parents. Twelve of the school's 30 members have taught "
                                    "at it.",),
         earlier=_FREE_TUTORING,
         after=rf"^of (?:the|its|our|{_THE_SCHOOLS}) \d[\d,]* (?:party )?members\b (?:have |had )?(?:taught|tutored)\b"),
    # the children who signed up for a free class or club the sentence before opened are pupils helped (the convention of
    # 开设免费托管班…惠及学生N名), the parents or residents who came to it people served: "… opened a free homework club for
    # village children. … and 30 children have signed up"
    Rule("students_assisted", ("The branch opened a free homework club in the village. Ten members run it, and 30 children have "
                               "signed up.",),
         earlier=_FREE_CLASS_OPENED, after=rf"^(?:[a-z-]+ )?(?:children|{STUDENTS}) (?:have |had |now )?(?:signed up|enrolled|"
                                           r"joined|registered|come|came|attended)\b|"
                                           # (or used it, children of others, not the school's boarders)
                                           r"^(?:[a-z-]+ )?children (?:have |had )?used it\b"),
    # (or in the clause after the one that opened it, after a semicolon: "ran a free study room each evening; 40 pupils used it")
    Rule("students_assisted", ("members opened a free homework room for village children on weekday evenings; 26 pupils used "
                               "it",),
         frame=rf"(?:{_FREE_CLASS_OPENED})[^.]*;\s*$",
         after=rf"^(?:[a-z-]+ )?(?:children|{STUDENTS}) (?:have |had |are |were )?(?:used it|signed up|enrolled|attended)\b"),
    # (and the members who helped at it: "… opened a free reading club … Since then 11 members have helped at it")
    # (or just helped out, nothing more said: "It met 10 times; 7 members helped out")
    Rule("volunteer_participants", ("The branch opened a free homework club in the village. Since then 12 members have helped "
                                    "at it.", "Members ran a free reading club for village children. Six members helped out."),
         earlier=_FREE_CLASS_OPENED,
         after=r"^(?:[a-z-]+ )?(?:members|member teachers) (?:have |had )?(?:helped|worked|taught|volunteered)"
               r"(?:(?: out)? at (?:it|the club|the class)\b| out(?= and\b|\s*[.;,]|\s*$))"),
    # (or the children those who ran it taught, the sentence after: "… to run a free holiday school. They taught 40 children
    # there.")
    Rule("students_assisted", ("The branch sent three members to run a free holiday school in the hills. They taught 38 "
                               "children.",),
         earlier=_FREE_CLASS_OPENED, before=r"\b(?:taught|tutored|coached|looked after)\s*$",
         after=rf"^(?:[a-z-]+ )?(?:children|{STUDENTS})\b"),
    # (or the children taught by free tutoring the sentence before told of, said as taught: "… tutor children in hospital
    # without charge. So far nine children have been tutored.")
    Rule("students_assisted", ("Two members go to the county hospital to tutor young patients for free. Nine children have been "
                               "taught so far.",),
         earlier=_FREE_TUTORING,
         after=rf"^(?:[a-z-]+ )?(?:children|{STUDENTS}|patients) (?:have been|had been|were) (?:taught|tutored|helped)\b"),
    # (and the members sent to run it: "sent five member teachers to a mountain village to hold a free holiday school")
    Rule("volunteer_participants", ("the branch sent five member teachers to a mountain village to hold a free holiday school",),
         before=r"\bsent\s*$",
         after=r"^(?:party )?(?:members|member teachers|teachers who are (?:party )?members)\b[^.;]{0,60}?\bto "
               r"(?:run|hold|give|teach(?: at)?) (?:a |an )?(?:[a-z-]+ ){0,2}?free\b"),
    # (or the members who taught at it, and the volunteers who taught with them: "… ran a free day camp for village children.
    # Nine member teachers and 6 student volunteers taught art and sport")
    Rule("volunteer_participants", ("The branch ran a free day camp for village children. Eight member teachers and 5 student "
                                    "volunteers taught art and sport.",),
         earlier=_FREE_CLASS_OPENED,
         after=r"^(?:party )?(?:members|member teachers)\b(?: and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ ){0,2}?(?:volunteers|teachers|"
               r"students))? (?:taught|ran|led|coached|looked after)\b"),
    Rule("volunteer_participants", ("The branch ran a free day camp for village children. Eight member teachers and 5 student "
                                    "volunteers taught art and sport.",),
         earlier=_FREE_CLASS_OPENED, before=r"\band\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?volunteers (?:taught|ran|led|coached|looked after)\b"),
    # (or teachers did, some of them members: "… ran a two-week free camp for village children. 19 teachers, 15 of them
    # members, took turns to teach"; and the children they taught, said as the camp's: "taught the camp's 56 children")
    Rule("volunteer_participants", ("The branch runs a free weekend class for village children. 12 members have taught in it.",
                                    "The branch ran a free summer camp for village children. Nine members took turns to teach.",
                                    "The branch ran a free art camp for 30 children. Ten member teachers took turns to lead the "
                                    "sessions.",
                                    "The branch ran a ten-day free reading camp for village children. In all 14 teachers, 9 of "
                                    "them members, took turns to teach.",
                                    "The branch has opened a free homework club for village children. Eight member teachers take "
                                    "turns to run it.",
                                    "The branch offered a free first aid course to parents. Three members with nursing training "
                                    "taught the course.",
                                    "The branch is running free homework help this summer. Six member teachers have signed up to "
                                    "take turns.",
                                    "The free reading club run by the branch closed in August. Five member teachers led its 20 "
                                    "sessions.", "The branch ran a free parenting workshop on Saturday. Three member teachers led it.",
                                    "Over the summer the branch kept its library open for village children. Nine members took "
                                    "turns on duty.", "The branch runs a free drawing class on Saturdays. Two members lead it.",
                                    "The branch has organised free chess lessons for village children. Four "
                                    "member teachers, all keen players, run the lessons.",
                                    "In June members opened its reading room to children from the estate. Seven members took "
                                    "turns.",
                                    "In spring the branch opened a Saturday homework room for children from low-income families. "
                                    "Four members take turns minding it.",
                                    "Last term the branch launched free holiday care for the estate's children. Seven members ran it "
                                    "by rota.",
                                    "Over the summer the branch opened a free playgroup at the community centre. Four members took "
                                    "turns leading it.",
                                    "This summer the branch is running a free play scheme for village children. Six members "
                                    "take turns at the scheme.",
                                    "For six years the branch has given free weekend tutoring to children of the estate. In that "
                                    "time 25 members have taken turns at tutoring."),
         earlier=_FREE_CLASS_OPENED,
         after=_THOSE_WHO_RAN_IT),
    # (or in the clause after a semicolon: "… ran a free reading club for 20 children of the estate; 6 members take turns to
    # lead it")
    Rule("volunteer_participants", ("members run a free Sunday reading club for children of the estate; 6 members take turns "
                                    "to lead it",),
         frame=rf"(?:{_FREE_CLASS_OPENED})[^.]*;\s*$", after=_THOSE_WHO_RAN_IT),
    Rule("volunteer_beneficiaries", ("The branch ran a ten-day free reading camp for village children. Members took turns to "
                                     "teach the camp's 48 children.",),
         earlier=_FREE_CLASS_OPENED, before=r"\bthe (?:camp|class|classroom|club|course)'s\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students|kids)\b"),
    # (or helped one to one, or by members, said after them: "23 pupils from low-income families helped one-to-one",
    # "15 children in difficulty were tutored by member teachers")
    Rule("students_assisted", ("23 pupils from low-income families helped one-to-one",
                               "15 children in difficulty were tutored by member teachers"),
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS})\b[^.;,]{{0,40}}?\b(?:(?:were|have been|had been) )?"
               r"(?:supported|helped|assisted|tutored|mentored) (?:one-to-one|one-on-one|by (?:party )?members|"
               r"by (?:party )?member teachers)\b"),
    # pupils in pairs of help: "48 pupils in one-to-one pairs"
    Rule("students_assisted", ("48 pupils in one-to-one pairs", "the branch has 20 students on its help scheme",
                               "Number of pupils in the branch's mentoring scheme: 16"),
         after=r"^(?:[a-z-]+ )?(?:pupils|students|children) (?:in|on) (?:its |the |our |the (?:branch|school)['’]s )?"
               r"(?:one-to-one |one-on-one )?(?:pairs|pairings|(?:help|mentoring|support|tutoring) (?:schemes?|programmes?))\b"),
    # the pupils in a scheme of help, the help said before them: "every member pairs with one pupil who needs help; 31
    # pupils are in the programme this year")
    Rule("students_assisted", ("each member is paired with a pupil who needs help; 24 pupils are in the scheme",),
         frame=r"\b(?:pair(?:s|ed)?|help(?:s|ed)?|tutor(?:s|ed)?|mentor(?:s|ed)?|support(?:s|ed)?)\b",
         after=r"^(?:[a-z-]+ )?(?:pupils|students|children) (?:are|were|have been) (?:in|on|part of) (?:the|this|our) "
               r"(?:[a-z-]+ )?(?:programme|program|scheme)\b"),
    # (or told in the sentence before: "Each member takes care of a pupil who is falling behind. 27 pupils are in the scheme now.")
    Rule("students_assisted", ("Each member takes care of a pupil who is falling behind. 27 pupils are in the scheme now.",),
         earlier=_HELP_OF_PUPILS,
         after=r"^(?:[a-z-]+ )?(?:pupils|students|children) (?:are|were|have been) (?:in|on|part of) (?:the|this|our) "
               r"(?:[a-z-]+ )?(?:programme|program|scheme)\b"),
    # (or told before them in the same sentence, after what each one does: "Each member looks after three pupils; 45 pupils
    # are in the scheme this year")
    Rule("students_assisted", ("Each member looks after three pupils; 45 pupils are in the scheme this year.",),
         frame=rf"(?:{_HELP_OF_PUPILS})[^.;]*;\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:are|were) (?:now )?(?:in|on) the (?:scheme|programme|program|project)\b"),
    # (or the pupils the scheme covers, the help told in the sentence before: "… members look after pupils who need help.
    # The scheme now covers 40 pupils.")
    Rule("students_assisted", ("Each member looks after pupils who need support. The scheme now covers 38 pupils.",),
         earlier=_HELP_OF_PUPILS,
         before=r"\b(?:the|this|our) (?:[a-z-]+ )?(?:programme|program|scheme)\s+(?:now\s+)?(?:covers|reaches|includes)\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|students|children)\b"),
    # (or what the help told in the sentence before comes to: "Each member looks after two pupils. This year that is 96
    # pupils.")
    Rule("students_assisted", ("Every member takes care of two pupils in need. In all that makes 54 pupils.",),
         earlier=_HELP_OF_PUPILS, before=r"\b(?:that|this|which) (?:is|makes|comes to|means)\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|students|children)\b"),
    # (or in the same sentence, after a comma: "Each member supports three pupils who struggle, so 60 pupils in all")
    Rule("students_assisted", ("Each member supports three pupils who struggle, so 60 pupils in all",),
         # (or the members said each to help, then the pupils in all: "21 members are each mentoring one or two pupils, 30
         # pupils in all")
         frame=rf"\b(?:every|each) (?:party )?member (?:[a-z]+ )?{_HELP_OF_PUPILS}[^.;]*,\s*(?:so|that is|which (?:is|makes))\s*$|"
               r"\bmembers (?:are|were|have) each (?:been )?(?:mentoring|helping|tutoring|supporting|looking after|caring for|"
               r"paired with)\b[^.;]*,\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:in all|in total|altogether)\b"),
    # pupils given lessons in free tutoring, told in their sentence or the one before: "… In a week, 9 teachers taught 20
    # lessons to 31 pupils."
    Rule("students_assisted", ("Members gave free lessons in the holidays. In a week, 9 teachers taught 20 lessons to 31 pupils.",),
         earlier=_FREE_TUTORING, before=_LESSONS_GIVEN_TO, after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or whose questions it answered: "… gave free online tutoring. They held 40 sessions, answering questions from 200 students.")
    Rule("students_assisted", ("Members gave free online tutoring in the holidays. They answered questions from 120 students.",),
         earlier=_FREE_TUTORING, before=r"\b(?:answering|answered) (?:the )?questions (?:from|of)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or who came to its classes, and the classes they came to: "… ran free revision classes for pupils from low-income
    # families. Eighty-six students attended the 30 classes.")
    Rule("students_assisted", ("Members ran free revision classes for pupils in need. 40 students attended the 12 classes.",),
         earlier=_FREE_TUTORING, after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:attended|came to|joined|took part in)\b"),
    Rule("volunteer_sessions", ("Members ran free revision classes for pupils in need. 40 students attended the 12 classes.",),
         earlier=_FREE_TUTORING, before=r"\b(?:attended|came to|joined|took part in) (?:the|its|their|all)\s*$",
         after=r"^(?:free )?(?:classes|lessons|sessions)\b"),
    # afternoons or mornings of an activity the branch ran for children or people from outside the school, and those who
    # came: "held four craft mornings for children from a nearby estate, attended by about 50 children"
    Rule("volunteer_sessions", ("the branch held four craft afternoons for children from a nearby estate",
                                "members held four craft mornings for local children"),
         before=r"\b(?:ran|held|gave|put on|organi[sz]ed|hosted)\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?(?:afternoons|mornings|evenings|sessions)\s+{_FOR_OUTSIDERS}"),
    Rule("volunteer_beneficiaries", ("the branch held four craft afternoons for children from a nearby estate, attended by about "
                                     "50 children",),
         frame=rf"\b(?:afternoons|mornings|evenings|sessions)\s+{_FOR_OUTSIDERS}[^.;]{{0,60}}?,?\s*(?:which were |and were )?"
               r"attended by\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|people|residents|villagers|families|parents)\b"),
    # what each of several did, its total said next: no figure of its own ("the three branches each held five theme Party
    # days, 15 in all")
    Rule(None, ("on the fair's day the four teams each ran three stalls, 12 in all",),
         before=r"\beach (?:held|gave|ran|organi[sz]ed|made|hosted|carried out)\s*$",
         after=r"^(?:[a-z-]+ ){0,3}?[a-z-]+,\s*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) in (?:all|total)\b", name="each one's share of a total"),
    # the kinds of people a team's members are, after a colon, are parts of its count: "the volunteer team has 28 members:
    # 18 Party members, 4 activists and 6 other teachers"
    Rule(None, ("the reading group has 30 members: 20 Party members, 4 activists and 6 other teachers",),
         frame=r"\b(?:team|group|corps|squad)\b[^.;:]*\b\d[\d,]* (?:members|volunteers)\s*:\s*(?:[^.;]*?(?:,|\band)\s*)?$",
         name="the kinds of a team's members"),
    # the pupils led with the members to the homes of veterans or older people (before enrolment reads them as the school's):
    # "led 10 members and 20 pupils to the homes of four veterans"
    Rule("volunteer_participants", ("the secretary led 8 members and 15 pupils of Elm School to the homes of three veterans",),
         before=r"\bled (?:\d[\d,]*|[a-z-]+) (?:party )?members and\s*$",
         after=rf"^(?:pupils|students|young pioneers)(?: of [^.;,\d]{{1,40}}?)? {_TO_THE_HOMES_OF_THE_OLD}"),
    # people listed who cleaned up a public place, each count of them (before enrolment reads pupils as the school's, and the
    # activists' rules their stock): "Eleven members, four activists and 30 pupils picked up litter along the river"
    # (not its own, all of them, its counts of them: "its 20 members and five activists cleared the beach")
    Rule("volunteer_participants", ("Eleven members, four activists and 30 pupils picked up litter along the river",
                                    "nine members and 40 pupils of Elm School swept the streets of the old town",
                                    "nine members and 30 pupils of Elm School spent Sunday clearing litter from the canal path",
                                    "on the beach 14 members collected some thirty bags of rubbish",
                                    "since the spring 8 members and 5 activists of Elm School have patrolled the reservoir on Sundays",
                                    "on Saturday nine members went to the county's martyrs' cemetery, where they wiped the "
                                    "headstones",
                                    "after the snow 12 members and 3 activists of Elm School turned out at dawn to clear the "
                                    "pavements"),
         # (their school or branch may be named before the others: "19 members of Elm School's branch and 50 Young Pioneers
         # swept the graves")
         # (or patrolled waters where children swim: "… and 5 activists of Elm School have patrolled the reservoir")
         after=rf"^(?:[a-z-]+ )?{_PEOPLE_OF_A_SCHOOL}(?: (?:of|from) [^.;,\d]{{1,40}}?(?=,?\s+and\s))?{_AND_OTHERS_LISTED}"
               rf"(?: (?:of|from) [^.;,\d]{{1,40}})? (?:have |had )?(?:{_PUBLIC_CLEAN_UP}|{_PATROLLED}|{_TURNED_OUT_TO_CLEAR})",
         not_before=rf"{ITS_OWN}|{_AFTER_ITS_MEMBERS}"),
    # (or the pupils the members cleaned it up with: "members cleared rubbish from the lake shore with 18 pupils")
    Rule("volunteer_participants", ("On Sunday members cleared litter along the canal with 18 pupils of Class 4.",
                                    "the branch's members swept the square with 30 young pioneers"),
         before=rf"\b(?:members|member teachers|the branch)\b[^.;,]{{0,20}}?(?:{_PUBLIC_CLEAN_UP})[^.;,\d]{{0,40}}? with\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|students|young pioneers|pioneers)\b"),
    # people listed who did something with those a volunteer service the sentence before named served (before the activists'
    # rules read their stock): "The branch volunteered at the care home. Nine members and four activists played chess with
    # 30 residents."
    Rule("volunteer_participants", ("The branch volunteered at the care home. Nine members and four activists played chess with "
                                    "30 residents.",),
         earlier=rf"\b{VOLUNTEERING}",
         after=rf"^(?:[a-z-]+ )?{_PEOPLE_OF_A_SCHOOL}{_AND_OTHERS_LISTED} (?:played|sang|read|performed|chatted|talked|cooked|"
               r"danced|cleaned|tidied) (?:[a-z-]+ )?(?:with|for|to)\b"),
    # (and those they did it with: "… played games with 45 children")
    Rule("volunteer_beneficiaries", ("The branch volunteered at the care home. Nine members and four activists played chess with "
                                     "30 residents.",),
         earlier=rf"\b{VOLUNTEERING}",
         before=r"\b(?:played|sang|read|chatted|talked|danced)\b(?: [a-z-]+){0,2}? with\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|residents|pupils|patients|villagers|seniors|people|veterans)\b"),
    # (the members who led them too: "nine members of Elm School led 60 pupils in a litter pick")
    Rule("volunteer_participants", ("nine members of Elm School led 60 pupils in a litter pick along the canal",),
         after=rf"^(?:party )?(?:members|member teachers)\b(?: (?:of|from) [^.;,\d]{{1,60}}?)? (?:led|took) (?:{QUALIFIER} )?"
               r"\d[\d,]* (?:[a-z-]+ )?(?:pupils|students|children|young pioneers|pioneers|residents|parents|volunteers) "
               rf"(?:in (?:a|the) (?:litter[- ]pick(?:ing)?|clean-?up)\b|{_TO_CLEAN_UP})"),
    # (or the branch led its members and others in a clean-up: "the committee led 12 members and 35 pupils in a clean-up of
    # the canal")
    Rule("volunteer_participants", ("the committee led 12 members and 35 pupils in a clean-up of the canal",),
         before=r"\b(?:led|took)\s*$",
         after=r"^(?:party )?(?:members|member teachers) and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?(?:pupils|students|young pioneers) "
               r"in (?:a|the) (?:litter[- ]pick(?:ing)?|clean-?up)\b"),
    Rule("volunteer_participants", ("the committee led 12 members and 35 pupils in a clean-up of the canal",),
         before=r"\b(?:led|took) (?:\d[\d,]*|[a-z]+) (?:party )?(?:members|member teachers) and\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|students|young pioneers) in (?:a|the) (?:litter[- ]pick(?:ing)?|clean-?up)\b"),
    # (or the people members led in a clean-up of a public place: "members led 60 pupils in a litter pick along the canal")
    Rule("volunteer_participants", ("nine members led 60 pupils in a litter pick along the canal",
                                    "the members led 45 students to pick up litter in the park"),
         before=r"\b(?:led|leading|took|taking)\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|students|children|young pioneers|pioneers|residents|parents|volunteers) "
               rf"(?:in (?:a|the) (?:litter[- ]pick(?:ing)?|clean-?up)\b|{_TO_CLEAN_UP})"),
    # pupils in need given free lessons, said after them: "gave free catch-up lessons to 40 pupils who had fallen behind"
    Rule("students_assisted", ("member teachers gave free catch-up lessons to 40 pupils who had fallen behind",),
         # (when and where may be said between: "free maths sessions on Sunday mornings for 30 Grade 8 pupils from …")
         before=r"\bfree (?:[a-z-]+ ){0,2}?(?:lessons|classes|tutoring|coaching|sessions)\b[^.;,\d]{0,30}? (?:to|for)\s*$",
         after=rf"^(?:[a-z-]+ (?:\d{{1,2}} )?)?{STUDENTS} (?:who (?:had |have )?(?:fallen|fell) behind|who (?:struggle|struggled|need|needed)\b|"
               r"(?:in|from) (?:[a-z-]+ ){0,2}?(?:need|difficulty|hardship|poor|low-income|migrant))"),
    # pupils taught by volunteers, after a comma (some of a school's: "45 of its pupils"): "volunteered at Cedar Hill School,
    # teaching art lessons to 45 of its pupils"
    Rule("students_assisted", ("seven members volunteered at Cedar Hill School, teaching art lessons to 45 of its pupils",
                               "four member teachers volunteered at Pine Village Kindergarten, reading stories with its 30 children"),
         # (a school's children read with, its own: not children read to at a library)
         frame=rf"\b{VOLUNTEERING}[^.;]*,\s*(?:(?:teaching|tutoring|coaching)\b[^.;,]{{0,40}}?\bto(?: (?:its|their))?|"
               rf"reading\b[^.;,]{{0,30}}? (?:with|to) (?:its|their))(?: {QUALIFIER})?\s*$",
         after=rf"^(?:of (?:its|their|the school['’]s) )?(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the count of the children each member was paired with one of, after a comma: "paired each of its 15 members with a
    # pupil from a migrant family, 15 pupils in all")
    Rule("students_assisted", ("the branch paired each of its 12 members with a pupil from a migrant family, 12 pupils in all",
                               "each of its 11 members keeps in touch with a pupil whose family is in need, 11 pupils in all"),
         frame=rf"\b{_HELP_OF_PUPILS}[^.;]*\b(?:a|one) (?:child|pupil|student)\b[^.;]*,\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS} in (?:all|total)\b"),
    # pupils taught at home by members: "tutor three sick pupils at home once a week"
    Rule("students_assisted", ("every week two member teachers tutor four pupils with disabilities at home",),
         before=r"\b(?:taught|tutored|teach|tutor|teaching|tutoring)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}(?: with (?:[a-z-]+ )?disabilit(?:y|ies))? at (?:their )?homes?\b"),
    # (or the pupils free classes for pupils in need reached, said after a comma: "… free maths classes for pupils from poor
    # families, reaching 120 pupils")
    Rule("students_assisted", ("member teachers gave 25 free maths classes to pupils from poor families, reaching 90 pupils",),
         frame=rf"\bfree (?:[a-z-]+ ){{0,2}}?(?:classes|lessons|sessions|tutoring)\b[^.;]*?\b{_PUPILS_IN_NEED}[^.;]*,\s*"
               rf"(?:reaching|helping|benefiting)(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # the pupils there given things, after a show or lessons taken to a village's school: "… took a puppet show to Hill Village
    # Kindergarten and gave story books to its 40 children"
    Rule("students_assisted", ("four members took a magic show to a village school and handed out notebooks to its 60 pupils",
                               "four member teachers visited Oak Village School, where they painted murals with its 50 pupils",
                               "five member teachers took a puppet show to a mountain school, where they ran a workshop with 80 "
                               "pupils",
                               "six member teachers visited Pine Village Kindergarten, where they put on a play and danced with "
                               "its 40 children"),
         # (the taking is one group: the giving after it is asked of either way of saying it)
         frame=rf"\b(?:{_TOOK_TO_A_VILLAGE})[^.;]*\b(?:(?:gave|donated|presented|handed out|handing out|giving) [^.;]{{0,40}}?\bto"
               r" (?:its|their|the)|where they\b[^.;]{0,40}?\b(?:[a-z]+ed|ran|did|held|made|sang|read|taught)\b[^.;]{0,30}? "
               r"with(?: its| their| the)?)"
               r"\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or, where the members delivered them, each of its pupils who received one: "took the books to Oak Mountain School,
    # where all its 70 pupils received one")
    Rule("students_assisted", ("five members took the donated books to Oak Mountain School, where all its 70 pupils "
                               "received one",),
         frame=rf"{_DELIVERED_DONATIONS}[^.;]*,\s*where (?:each of |all )?(?:its|their|the school['’]s)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:received|got|were given)\b"),
    # (or who read with the members who took the books there: "took 180 books to Oak Village School and read with its 45
    # pupils")
    Rule("students_assisted", ("six members took 150 picture books to Oak Hill School and read with its 40 pupils",),
         before=rf"{_DELIVERED_DONATIONS}[^.;]*\band (?:read|played|sang|painted|drew) (?:stories )?with (?:its|their|the)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the donations collected for another school delivered to its pupils: "… gathered 500 books for Oak Village School,
    # and four of them handed the gifts over to its 70 pupils")
    Rule("students_assisted", ("members gathered books for Oak Village School, and four of them handed the gifts over to its 70 pupils",),
         before=r"\b(?:delivered|handed|gave|took|brought) (?:the |these |their )?(?:donations|gifts|books|clothes|supplies)\b"
                r"(?: over| out)? to (?:its|their)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or things given to pupils said to be in need: "bought school bags and gave them to 20 children from low-income
    # families")
    Rule("students_assisted", ("the members bought pencil cases and gave them to 20 children from low-income families",
                               "the branch handed the donated books out to 40 pupils in need"),
         before=r"\b(?:handed|gave|delivered|presented|distributed|brought)\s+(?:them|(?:the |these |their )?(?:[a-z-]+ )?"
                r"(?:donations|gifts|books|clothes|coats|supplies|stationery|bags|parcels|quilts))(?: over| out)? to\s*$",
         after=rf"^(?:[a-z-]+ )?{_PUPILS_IN_NEED}"),
    # (their grade may be said before them: "free extra lessons to 48 Grade 6 pupils")
    Rule("students_assisted", ("the branch ran free lessons in July, giving 18 classes to 25 children",
                               "members gave free extra lessons to 30 Grade 9 pupils"),
         frame=_FREE_TUTORING, before=_LESSONS_GIVEN_TO, after=rf"^(?:(?:grade|year) \d{{1,2}} )?(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the free lessons counted, then what they were in, then the pupils: "giving 30 free lessons in art and music to
    # 80 pupils")
    Rule("students_assisted", ("members have taught there since May, giving 30 free lessons in art and music to 80 pupils",),
         frame=r"\b(?:giving|gave|given|taught|teaching)\s+(?:\d[\d,]*|[a-z-]+)\s+free\s+(?:[a-z-]+\s+)?(?:lessons|classes)\b"
               r"[^.;]{0,40}?\bto\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the pupils its classes reached, after them: "… taught free online classes to village pupils. They gave 40 classes,
    # reaching some 80 pupils.")
    Rule("students_assisted", ("Members taught free reading classes in the village. They gave 30 classes, reaching 64 pupils.",),
         earlier=_FREE_TUTORING, before=r"^reaching$",
         frame=rf"\b(?:lessons|classes|sessions)\b[^.;]{{0,12}}?,\s*reaching(?:\s+{QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the pupils taught at home, counted in the sentence after the teaching was told: "… takes lessons to the homes of
    # children too ill to come to school. It now teaches 4 pupils.")
    Rule("students_assisted", ("Teachers take lessons to the homes of children who cannot come to school. They now teach 4 pupils.",),
         earlier=SENT_TEACHING, before=r"\b(?:teach(?:es)?|taught|serves?|served|visits?|visited)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # the classes taught in free teaching the sentence before tells, and the members who taught them: "… teach free classes
    # in the community. Since then, 20 member teachers have taught 150 classes."
    Rule("volunteer_sessions", ("Members teach free classes in the village. Since then they have taught 150 classes.",),
         earlier=_FREE_TUTORING, before=r"\b(?:taught|teach|teaches|given|gave|held|ran|run)\s*$",
         after=r"^(?:free )?(?:classes|lessons)\b"),
    Rule("volunteer_participants", ("Members teach free classes in the village. So far 20 member teachers have taught there.",),
         earlier=_FREE_TUTORING,
         after=r"^(?:party )?(?:member teachers|members|teachers who are (?:party )?members)\b (?:have |had )?(?:taught|tutored)\b"),
    # (and the pupils who signed up for it, where they are from said maybe: "Some 110 students from 12 classes have signed up")
    # (or took part: "About 60 children took part.")
    Rule("students_assisted", ("Members give free evening tutoring to pupils who are behind. So far 45 pupils have signed up.",
                               "Members gave free music lessons to village children in July. About 60 children took part."),
         earlier=rf"{_FREE_TUTORING}",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students)\b(?: from [^.;,]{1,30}?)? (?:have |had )?(?:signed up|enrolled|"
               r"took part|taken part)\b"),
    # (and the lessons given, said after them: "… gave free lessons in drawing to the hamlet's children, 40 lessons over a
    # month")
    Rule("volunteer_sessions", ("Eight members gave free lessons in drawing to the hamlet's children, 40 lessons over a month.",),
         frame=rf"(?:{_FREE_TUTORING})[^.;]*,\s*$", after=r"^(?:lessons|classes|sessions)\b"),
    # the activists a party school has trained since a year, all told, are no count of activists now: "Since 2012 the
    # Party school has trained 1,020 activists"
    Rule(None, ("Since 2012 the committee's Party school has trained 980 activists.",),
         frame=r"\bsince (?:19|20)\d{2}\b", before=r"\b(?:has|have|had) (?:trained|taught|cultivated)\s*$",
         after=r"^(?:(?:party|membership) )?activists\b", name="activists trained over the years"),
    # (or the members its volunteers are, set off by dashes after them: "Our volunteers – 30 members in all – gave …")
    Rule("volunteer_participants", ("Our volunteers – 30 members in all – gave 900 hours.",),
         before=r"\bvolunteers\s*[-–—]\s*$", after=r"^(?:party )?members (?:in all|in total|altogether)\b"),
    # the people a training course for activists is attended by, told after it: "… opened its training course for
    # membership activists. Thirty-four teachers and students attend the four-week course."
    # the kinds of people counted, set off by dashes after their count, are its parts: "40 teachers — 25 members and 15
    # activists — staffed the water stations"
    Rule(None, ("40 teachers — 25 members and 15 activists — staffed the water stations at the fun run",),
         frame=r"\b\d[\d,]* (?:[a-z-]+ ){0,3}?(?:volunteers|teachers|members|people|staff)\b[^.;—–\d]{0,60}?\s?[—–]{1,2}\s*"
               r"[^.;—–]{0,40}?$",
         after=r"^[^.;—–]{0,60}?[—–]", name="kinds of the people counted, set off by dashes"),
    # (or counted after the members who took part, where no service is told: "Twenty members and three activists took part";
    # not after all the members, or its own, the activists all of them too: "All 16 members and 2 activists attended", "The
    # school's 64 Party members and 9 activists attended")
    Rule(None, ("The branch held its theme Party day at the museum. Twenty members and three activists took part.",),
         frame=r"^(?![^.]*\b(?:volunt\w*|clean(?:ed|ing)?|litter|planted|blood|service)\b)"
               r"(?![^.]*(?:\b(?:all|its|our|their)\s|['’]s\s+\d))[^.]*\bmembers and\s*$",
         earlier=r"^(?![^.]*\b(?:volunt\w*|service|free)\b)",
         after=r"^activists (?:took part|attended|were present|came)\b(?![^.]*\b(?:volunt\w*|clean(?:ed|ing)?|litter|planted|blood|"
               r"service)\b)",
         name="activists who came with the members"),
    # activists who came to an event beside the members, as members who came are no count of the members: "All 40 members
    # attended, along with 6 activists"
    Rule(None, ("38 members attended the lecture, along with 6 activists",),
         frame=r"\b(?:attended|were present|took part|listened)\b[^.;]{0,60}?,?\s*(?:along with|together with)\s*$",
         after=r"^(?:party |membership )?activists\b", name="activists who came with the members"),
    Rule("activists", ("The committee opened its training course for membership activists. Thirty teachers and students attend it.",),
         earlier=r"\btraining (?:course|class|programme|program) for (?:(?:party|membership) )?activists\b",
         after=r"^(?:(?:[a-z-]+ )?(?:teachers|students|staff|people|trainees)(?: and (?:[a-z-]+ )?(?:teachers|students|staff))? )?"
               r"(?:attend|attended|are attending|took part|take part|joined|enrolled)\b"),
    # (or people said to have finished such a course, trainees counted as activists: "29 students of Oak School completed
    # the town's training course for new activists")
    Rule("activists", ("29 students of Oak School completed the town's training course for new activists",),
         after=r"^(?:[a-z-]+ )?(?:students|teachers|staff|people)\b(?: (?:of|from) [^.;,\d]{1,60}?)? (?:finished|completed|"
               r"graduated from|passed|attended|took) (?:the |a |an )?(?:[a-z'’-]+ ){0,4}?(?:course|class|training|programme|"
               r"program) for (?:(?:young|new|party|membership|student) )*activists\b"),
    # a line labelled with the new members, each kind counted (before enrolment reads pupils as the school's): "New
    # members: 5 teachers and 12 students"
    Rule("members_developed", ("New members: 4 teachers and 9 students", "New members admitted in 2023: 3 teachers"),
         before=r"^\W*new (?:party )?members(?: admitted)?(?: (?:in|during) (?:19|20)\d{2}| this year| during the year)?"
                r"\s*:(?:\s*[\d,]+ (?:[a-z-]+ ){1,2}?(?:and|,))?\s*$",
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b"),
    # the members on a line labelled with them, counted by kind and no total said: "Members: 60 staff and 3 students"
    Rule(None, ("Members: 60 staff and 3 students",),
         before=r"^\W*(?:party )?members\s*:\s*$",
         after=r"^(?:staff|teachers|teaching staff|faculty)(?: members)? and (?:\d+|[a-z]+) students\b", review=True,
         name="members of one kind beside another"),
    # (or the members who volunteer, on a line labelled with them: "Members who volunteer each week: 20")
    Rule("volunteer_participants", ("Members who volunteer each week: 20", "- Members who are registered volunteers: 18"),
         before=r"^\W*(?:party )?members who (?:volunteer|are (?:registered |regular )?volunteers|do volunteer work)"
                r"(?: regularly| often| each week| every week)?\s*:\s*$"),
    # (or the applicants to join, each kind counted: "Applicants to join: 30 students and 4 teachers")
    Rule("applicants", ("Applicants to join: 30 students and 4 teachers", "Applicants for membership this year: 6 teachers"),
         before=r"^\W*applicants(?: (?:to join|for joining)(?: the (?:communist )?party)?| for (?:party )?membership)?"
                r"(?: (?:in|during) (?:19|20)\d{2}| this year| during the year)?\s*:(?:\s*[\d,]+ (?:[a-z-]+ ){1,2}?(?:and|,))?\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{PEOPLE}|pupils)\b"),
    # the pupils with disabilities a day given was for, said after it, people served (before enrolment reads them as the
    # school's): "spent the day at the special school, helping its teachers run classes for 40 pupils with disabilities"
    Rule("volunteer_beneficiaries", ("six members spent the day at the special school, helping its teachers run classes for 40 "
                                     "pupils with disabilities",),
         frame=rf"\b{_GAVE_THEIR_TIME}[^.;]*\bfor(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b(?= with disabilities| with special needs)"),
    # the children a free class or school opened taught, after a comma (before enrolment reads them as the school's): "ran a
    # free summer school in the village, teaching 40 children every morning"
    Rule("students_assisted", ("five members ran a free summer school in Pine village, teaching 40 children every morning",),
         frame=rf"(?:{_FREE_CLASS_OPENED})[^.;]*,\s*(?:teaching|tutoring|coaching)(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # the children free sessions were given to, said after them: "ran free chess sessions for 25 children of the estate"
    Rule("students_assisted", ("On four Sunday afternoons, two members ran free chess sessions for 25 children of the estate.",),
         frame=r"\bfree (?:[a-z-]+ ){0,2}?(?:sessions|lessons|classes|training|tutoring) for(?: {QUALIFIER})?\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the pupils the members joined to plant trees or clear litter: "twelve members joined 40 pupils to plant trees")
    Rule("volunteer_participants", ("twelve members joined 40 pupils on Sunday to plant trees along the canal",),
         before=r"\b(?:party )?(?:members|member teachers)\b[^.;\d]{0,80}?\bjoined\s*$",
         after=rf"^(?:[a-z-]+ )?(?:pupils|students|young pioneers)\b(?:[^.;\d]|{_A_DATE}){{0,40}}?"
               r"\bto (?:plant|pick up|collect|clear|clean up|sweep)\b"),
    # the others led with members in a volunteer event, pupils too: "led 26 members and 120 students in a volunteer clean-up"
    Rule("volunteer_participants", ("the branch led 14 members and 60 pupils in a volunteer clean-up of the river bank",
                                    "the branch led 20 teachers and 150 pupils to the beach for a day of volunteer work"),
         before=rf"\bled \d[\d,]* (?:[a-z-]+ )?{SERVING} and\s*$",
         after=rf"^(?:[a-z-]+ )?{SERVING}\b{_LED_TO_VOLUNTEERING}"),
    # pupils or others the members were joined by, in a service to the public the sentence then names: "led its 19 members,
    # together with 120 pupils, in sweeping the lanes of the old town"
    Rule("volunteer_participants", ("the branch led 15 members, together with 90 pupils, in sweeping the streets of the old town",),
         frame=r"\b(?:members|teachers|activists)\b[^.;]{0,60}?\b(?:together|along) with\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|students|parents|residents|villagers|children)\b,? (?:in |by )?"
               r"(?:sweeping|planting (?:[^.;]{0,20}?\b)?(?:trees|saplings)|(?:clearing|picking up|cleaning up|collecting) "
               r"(?:[^.;]{0,20}?\b)?(?:litter|rubbish|garbage|trash))\b"),
    # the sessions of a free service the sentence before tells of, held since: "… have run a free pottery class for village
    # children. By June they had held 14 classes."
    Rule("volunteer_sessions", ("Members have run a free pottery class for village children. By June they had held 14 classes.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,3}?(?:class(?:es)?|lessons?|talks?|workshops?|clinics?)\b",
         before=r"\b(?:held|given|run|ran|gave|taught)\s*$",
         after=r"^(?:such )?(?:classes|lessons|talks|workshops|clinics|sessions)\b"),
    # others who gave blood or volunteered with the members, said after them: "19 members gave blood at the blood centre,
    # together with 6 other teachers"
    Rule("volunteer_participants", ("19 members gave blood at the blood centre, together with 6 other teachers",),
         frame=r"\b(?:gave blood|donated blood|volunteered|served as volunteers)\b[^.;]{0,80}?,\s*(?:together with|along with|"
               r"joined by)\s*$",
         after=r"^(?:other |more )?(?:teachers|staff|staff members|colleagues|pupils|students|parents|activists)\b"),
    # the people who did the work of a volunteer clean-up or planting the sentence before named, pupils and parents too:
    # "The branch organised a volunteer clean-up of the river path. 20 members, 40 parents and 70 pupils collected litter."
    Rule("volunteer_participants", ("The branch organised a volunteer clean-up of the river path. 20 members, 40 parents and 70 "
                                    "pupils collected litter along it.",),
         earlier=r"\bvolunt(?:eer|ary)\b[^.]{0,40}?\b(?:clean-?ups?|clean up|litter|tree[- ]planting|planting)\b",
         after=rf"^(?:[a-z-]+ )?{SERVING}\b(?:, [\d,]+ (?:[a-z-]+ )?{SERVING}\b)*(?:,? and [\d,]+ (?:[a-z-]+ )?{SERVING}\b)? "
               r"(?:have |had )?(?:planted|picked up|collected|cleaned up|cleared|swept)\b"),
    # students paired with members, said of the students: "320 students from low-income families paired with members"
    Rule("students_assisted", ("Service: 320 students from low-income families paired with members.",),
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b[^.;]{{0,40}}? (?:were |are |have been )?(?:paired|matched) (?:up )?with "
               r"(?:party |our |its )?members\b"),
    # (or the pupils named first, then how they were helped, set off by a comma: "Whom we helped: 30 pupils from poor
    # families, each tutored weekly by a member")
    Rule("students_assisted", ("Whom we helped: 30 pupils from poor families, each tutored weekly by a member",),
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b[^.;,]{{0,40}}, (?:each |all )?(?:tutored|helped|mentored|coached|supported)\b"),
    # (or their total after a clause of what each member took on: "each member has taken two pupils under their wing, 40
    # pupils in all")
    Rule("students_assisted", ("each of our 20 members has taken two struggling pupils under their wing, 40 pupils in all",),
         frame=rf"\b(?:{HELPED}|under (?:their|his|her|our) wings?|taken on|took on|adopted)\b[^.;]*,\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:in all|in total|altogether)\b"),
    # the families of pupils in need given what the members collected: "gave them to 25 families of pupils in need"
    Rule("students_assisted", ("the branch collected winter coats and gave them to 25 families of pupils in need",),
         before=r"\b(?:delivered|gave|brought|took|sent|donated)\b[^.;]{0,40}?\bto\s*$",
         after=rf"^(?:[a-z-]+ )?families of (?:[a-z-]+ ){{0,2}}?{STUDENTS} (?:in need|from poor|who need)\b"),
    # (or the pupils matched with members in the sentence before, in all: "… matched each member with a pupil who needs help.
    # In all, 30 pupils were matched.")
    Rule("students_assisted", ("The branch matched each member with one or two pupils who need help. In all, 30 pupils were "
                               "matched.",),
         earlier=rf"\b(?:matched|paired)\b[^.]*\b{STUDENTS}\b", frame=r"^\s*(?:in all|in total|altogether),?\s*$",
         after=rf"^{STUDENTS} (?:were|have been) (?:matched|paired)\b"),
    # (or in the sentence after, a total said to be one: "Each of our 15 members has taken two pupils under their wing. That
    # is 30 pupils in all.")
    Rule("students_assisted", ("Each of our 15 members has taken two pupils under their wing. That is 30 pupils in all.",),
         earlier=rf"\b(?:{HELPED}|under (?:their|his|her|our) wings?|taken on|took on|adopted)\b",
         before=r"^(?:that|this) (?:is|makes|comes to)\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:in all|in total|altogether)\b"),
    # after members are said to take turns to teach a class, the classes held so far (before enrolment reads classes) and
    # those who came (further below): "Four members take turns to teach the class. Up to now 18 classes have been held, and
    # 40 residents have come."
    Rule("volunteer_sessions", ("Five member teachers take turns to teach the class. Up to now 20 classes have been held.",),
         earlier=r"\btak(?:e|es|ing|en) turns to (?:teach|run|lead|take) (?:it|the class|the classes)\b",
         after=r"^(?:classes|sessions|lessons) (?:have been|had been|were) (?:held|given)\b"),
    # (the school's pupils with special needs or disabilities, whom members give their time to, are pupils helped, no
    # enrolment: "spend Friday mornings helping the school's five pupils with disabilities")
    Rule("students_assisted", ("since March three members have spent an afternoon a week with the school's seven pupils with "
                               "special educational needs",),
         before=r"\b(?:with|helping|helped|help|tutoring|tutored|tutor|supporting|supported|support) (?:the (?:school|kindergarten)['’]s|its|our)\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS}|children) (?:with (?:special (?:educational )?needs|disabilities|learning difficulties)|"
               r"who have (?:special (?:educational )?needs|disabilities))\b"),
    # (or the school's children in need, whom the members' help is said to be given: "for the care its members give to the
    # school's 35 left-behind children")
    Rule("students_assisted", ("the branch was commended for the care its members give to the school's 35 left-behind children",),
         before=r"\b(?:help|support|care|attention)\b[^.;,]{0,40}?\b(?:give|gives|gave|given|offer|offers) to "
                r"(?:the (?:school|kindergarten)['’]s|its|our)\s*$",
         after=rf"^(?:left-behind children|needy students|poor students|(?:[a-z-]+ )?{STUDENTS} (?:in need|from low-income families|"
               r"with special (?:educational )?needs|with disabilities))\b"),
    # (or the school's pupils who cannot come to school, taught at home: "three children of Oak School who are unable to
    # come to school are tutored at home")
    Rule("students_assisted", ("four children of Oak School who are unable to come to school after an operation were tutored "
                               "at home",),
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS}|children)\b(?: (?:of|at|from) [^.;,\d]{{1,50}}?)? who (?:cannot|can't|could not|"
               r"are unable to|were unable to) (?:come|go|get) to school\b[^.;]{0,60}?\b(?:are|were|have been) (?:now )?"
               r"(?:taught|tutored) at home\b"),
    # (the pupils or students sent with members to a home of care are volunteers with them, no enrolment: "sent 16 members
    # and 40 students to the Xinghe care home")
    Rule("volunteer_participants", ("On the festival the branch sent 12 members and 30 pupils to the Hexi care home.",),
         before=r"\bsent (?:\d[\d,]*|[a-z-]+) (?:party )?members and\s*$",
         after=rf"^(?:[a-z-]+ )?(?:students|pupils|teachers) to (?:the |a )?(?:[a-z'’-]+ ){{0,3}}?{CARE_HOME}"),
    # (the pupils members read with, a reading club's regulars: "members of our reading club read with 30 pupils from the
    # village school every Friday")
    Rule("students_assisted", ("members of our reading club read with 30 pupils from the village school every Friday",),
         before=r"\bmembers\b[^.;,]{0,20}? read (?:stories )?(?:with|to)\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the children there members read with, after things given were delivered: "… delivered 400 donated books to three
    # village schools. Six members went along and read with about 90 children.")
    Rule("students_assisted", ("The branch delivered 400 donated books to three village schools. Six members went along and "
                               "read with about 90 children.",),
         earlier=_DELIVERED_DONATIONS, before=r"\bread (?:stories |books )?(?:with|to)\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (the pupils or activists members took to a martyrs' cemetery, where they swept the graves, are volunteers: "4 member
    # teachers took 30 pupils of Elm School to the martyrs' park, where they swept the graves")
    Rule("volunteer_participants", ("4 member teachers took 30 pupils of Elm School to the martyrs' park, where they swept the "
                                    "graves",),
         before=r"\b(?:members|member teachers)\b[^.;,]{0,40}? (?:took|led|brought)\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?(?:pupils|students|activists|young pioneers)(?: (?:from|of) [^.;,\d]{{1,50}}?)? "
               rf"{_TO_SWEEP_MARTYRS_GRAVES}"),
    # the pupils of a village's schools who received what the members sent there, after "where", are people served (before
    # enrolment reads them as the school's): "took them to a mountain village school, where 70 pupils received them"
    Rule("volunteer_beneficiaries", ("members took 120 picture books to a rural school in the county, where 45 pupils received "
                                     "them",),
         frame=r"\b(?:sent|delivered|took|gave|donated)\b[^.;]{0,60}?\b(?:village|rural|mountain|hill)\b[^.;]*\bwhere\s*$",
         after=r"^(?:[a-z-]+ )?(?:pupils|children|students) (?:received|got|were given)\b"),
    # the classes or sessions of a service the members gave, counted after a comma (before "classes" reads as the school's
    # own): "… have given maths lessons at a school for migrant children, 8 lessons so far"
    Rule("volunteer_sessions", ("since the spring five members have given music lessons at a school for migrant children, 9 "
                                "lessons so far",),
         frame=rf"\b(?:{_GAVE_THEIR_TIME})[^.;]*,\s*$", after=r"^(?:classes|lessons|sessions) (?:so far|in all|in total|to date)\b"),
    # the classes of a free course given to the people of a village or a community, counted after a semicolon, and those who
    # came: "have given free safety classes to older residents in the town; 5 classes were held in all, with 70 older
    # residents attending"
    Rule("volunteer_sessions", ("members have given free safety classes to older residents in the town; 5 classes were held in all",),
         frame=r"\b(?:gave|given|give|run|ran|held) free (?:[a-z-]+ ){0,3}?(?:classes|lessons|talks|sessions) to (?:the )?"
               r"(?:[a-z-]+ )?(?:villagers|residents|people|parents|older people)\b[^.]*;\s*$",
         after=r"^(?:classes|lessons|talks|sessions) (?:have been|were|had been) (?:held|given|run)\b"),
    Rule("volunteer_beneficiaries", ("members have given free safety classes to older residents in the town; 5 classes were "
                                     "held in all, with 70 older residents attending",),
         frame=r"\b(?:gave|given|give|run|ran|held) free (?:[a-z-]+ ){0,3}?(?:classes|lessons|talks|sessions) to (?:the )?"
               r"(?:[a-z-]+ )?(?:villagers|residents|people|parents|older people)\b[^.]*,? with\s*$",
         after=r"^(?:[a-z-]+ )?(?:villagers|residents|people|parents|older people) (?:attending|taking part|coming)\b"),
    # (or, after the sentence that told of the free course, those of them who finished it: "… taught a free smartphone
    # course to older people of Pine Street. 18 of them have completed it.")
    Rule("volunteer_beneficiaries", ("Since May two members have taught a free smartphone course to older people of Pine Street. "
                                     "18 of them have completed it.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,3}?(?:class|classes|course|lessons|sessions)\b[^.;]{0,40}?\b(?:to|for) (?:the )?"
                 r"(?:[a-z-]+ )?(?:villagers|residents|people|parents|older people)\b",
         after=r"^of them (?:have |had )?(?:finished|completed|passed|attended|taken) (?:the (?:course|class|classes)|it)\b"),
    # the pupils who came to free lessons the members gave them, counted after "with": "gave 12 free Saturday lessons to
    # pupils from low-income homes, with 40 pupils attending"
    Rule("students_assisted", ("the members gave 12 free Saturday lessons to pupils from low-income homes, with 40 pupils attending",),
         frame=r"\bfree (?:[a-z-]+ ){0,3}?(?:tutoring|coaching|lessons|classes|sessions)\b[^.;]{0,60}?\b(?:to|for) (?:[a-z-]+ )?"
               r"(?:students|pupils|children)\b[^.;]{0,60}?,? with\s*$",
         after=r"^(?:[a-z-]+ )?(?:students|pupils|children) (?:taking part|attending|participating|coming)\b"),
    # pupils taken to a care home, where they sang or played for its people: volunteers, as those who sang there are
    # ("brought 25 pupils to the Pine care home, where they performed a play"; or to sweep martyrs' graves)
    Rule("volunteer_participants", ("in May the branch brought 25 pupils to the Pine care home, where they performed a play for "
                                    "the old people",
                                    "in April the branch led 50 pupils to the martyrs' park, where they swept the tombs"),
         before=r"\b(?:took|led|brought)\s*$",
         after=rf"^{_PUPILS_TAKEN_TO_SERVE}"),
    # (and the members who went with them, said in the sentence after: "… Four members went along with them.")
    Rule("volunteer_participants", ("In May the branch brought 25 pupils to the Pine care home, where they performed a play for the "
                                    "old people. Four members went along with them.",
                                    "The branch led 50 pupils to the martyrs' park, where they swept the tombs. Nine members "
                                    "came with them."),
         earlier=rf"\b(?:took|led|brought) (?:\d[\d,]*|[a-z]+) {_PUPILS_TAKEN_TO_SERVE}",
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|member teachers)\b (?:also )?(?:went|came|travell?ed) (?:along )?with them\b"),
    Rule(None, ("the school has 1,154 students",),
         # (what they did may follow a second kind of people joined to them: "68 students and 9 teachers have joined")
         # (or their school, or where they are from: "40 students from Maple Leaf School volunteered")
         after=r"^(?:students|pupils|teaching classes|classes|faculty and staff)\b"
               r"(?!(?: and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?(?:teachers?|staff|staff members?|faculty members?))?"
               # (their school's number with a point too: "150 pupils of Dali No. 2 Middle School planted 600 trees")
               r"(?: (?:from|of|at) (?:[^.;,\d]|\bno\.\s?\d{1,2}\b){1,60}?(?=(?:,[^.;,]{1,40},)? (?:volunteered|took part|"
               r"participated|joined|have|has|had|were|submitted|applied|helped|assisted|supported|tutored|visited|took|"
               r"planted|picked up|collected|cleaned up|walked|performed|sang|gave blood|donated|served as volunteers|repaired|"
               r"fixed|mended|"
               r"serviced|cut|painted|gave free|offered free|provided free|set up|spent)\b)| who (?:had |have )?"
               r"(?:[^.;,\d]|\d{1,2}\b(?! (?:[a-z-]+ )?(?:members|teachers|students|pupils)\b)){1,30}?"
               r"(?= (?:were|have been|had been) (?:helped|assisted|supported|tutored|admitted|accepted)\b))?"
               # (or words set off by commas between: "six students, all in their final year, were admitted")
               r"(?:,(?:[^.;,\d]|\d{1,2}\b(?! (?:[a-z-]+ )?(?:members|teachers|students|pupils)\b)){1,40},)?"
               # (or described by what they need: "85 students judged to need support were each matched with a member")
               r"(?: (?:judged|found|identified|thought|considered|assessed) [^.;,\d]{1,30}?(?= (?:were|are|have been) "
               r"(?:each )?(?:paired|matched)\b))?"
               r"(?: there| here)?(?: (?:(?:were|have been|had been) )?(?:each )?"
               r"(?:paired (?:up )?and )?(?:visited|helped|assisted|tutored|admitted|developed|paired|matched|"
               r"accepted|approved|recruited|identified|selected|designated|chosen|confirmed|listed|taken)|"
               rf" {GOT_HELP}|"
               # (or pupils said to be in need, whom something given helps: "gave coats to the school's 19 pupils in need")
               r" in (?:need|difficulty|hardship)\b| from (?:poor|low-income|needy|struggling) (?:families|homes)\b|"
               r" from (?:families|homes) in (?:need|difficulty|hardship)\b|"
               r" (?:who )?(?:have |had )?"
               r"(?:joined the (?:communist )?party|became (?:probationary |party )?members)|"
               r" (?:have |has |had )?benefited from| were sworn in| took (?:the|their) (?:admission |membership |party )?oath|"
               # (pupils who volunteered: "30 students took part in 12 volunteer activities"; or planted trees or picked
               # up litter, said to be as volunteers: "150 pupils of Dali No. 2 Middle School planted 600 trees … as
               # volunteers"; not said so, they are no volunteers, the members with them are)
               # (or as part of a body's volunteer work: "… planted 600 saplings, as part of the branch's volunteer work")
               # (or in a clause of their own: "thanked the 30 members and 45 pupils who volunteered")
               rf" (?:who )?(?:have |had )?(?:volunteered\b|served as volunteers\b|{JOINED_VOLUNTEERING})|"
               # (or joined a day of work for the public: "about 100 students joined the town's clean-up day, picking up
               # litter")
               # (or gave a show at a place of care: "20 pupils of Elm School sang for 40 residents of the care home")
               rf" {_PERFORMED_AT_A_CARE_HOME}|"
               # (or walked somewhere doing it: "40 pupils walked the canal path, picking up litter")
               r" (?:have |had )?(?:joined|took part in|walked)\b[^.;]{0,80}?,\s*(?:picking up|planting|collecting|clearing|"
               r"cleaning up)\b|"
               # (or took part in what the text told before: "… and about 60 students of the school have taken part.";
               # or joined it: "so far 25 children have joined it")
               r" (?:have |had )?(?:taken part|took part|participated|joined in)\s*(?:[.;,]|$)|"
               # (or signed up, the students or pupils themselves: "160 students have signed up")
               r"(?<=nts|ils) (?:have |had )?signed up\s*(?:[.;,]|$)|"
               r" (?:have |had )?(?:joined|signed up for|enrolled in) (?:it|the club|the class)\b|"
               r" (?:have |had )?(?:planted|picked up|collected|cleaned up)\b[^.;]{0,80}?\bas (?:volunteers\b|part of "
               r"[^.;]{0,40}?\bvolunteer (?:work|service|activities|programme|program|project|days?|campaign)\b)|"
               # (their school may be named between: "42 students of Elm College handed in applications")
               r"(?: (?:of|at|from) (?:[a-z.'-]+ ){1,5}?(?:school|college|academy))?"
               # (or were made activists: "18 students of Pine College were made activists")
               rf"(?: (?:who )?{APPLIED}| (?:have |had )?applied\s*(?:[.;,]|$)| {MADE_ACTIVISTS})|"
               # (or who did what the clause says later as volunteers: "35 pupils to the park, where they planted trees as
               # volunteers")
               r" [^.;]{0,100}?,? as volunteers\b|"
               # (or did some work for the public, for free: "25 students repaired 63 bicycles for residents free of charge")
               rf" (?:{_DONE_FOR_THE_PUBLIC_FREE}|{_REPAIRED_FOR_THE_PUBLIC}|{_GAVE_A_FREE_SERVICE})|"
               # (or who are activists: "Another 86 students are activists")
               r" (?:are|were) (?:currently |now |also )?(?:being [a-z]+ as )?(?:party |membership )?activists\b|"
               # (or all of whom are: "46 students, all of them activists")
               r",? (?:all of (?:them|whom)|each of (?:them|whom)|every one of them) (?:are |were |being )?"
               r"(?:party |membership )?activists\b|"
               # (or taken as activists, the verb before them: "accepted six teachers and two students as activists")
               r" as (?:party |membership )?activists\b|"
               r",? (?:who|that) (?:were|have been|had been) (?:admitted|accepted|recruited)|"
               # (or the clause cut short to its participle: "three students, admitted as probationary members in May, …")
               r",? (?:newly )?(?:admitted|accepted) (?:as|into|to)\b|"
               # (or made activists after what they did first: "58 students completed the course and were identified as
               # activists")
               rf"[^.;]{{0,80}}?\band {MADE_ACTIVISTS}))",
         not_before=rf"(?:\b(?:{HELPED}|visit(?:ed|ing)?|identified|called on|went to see|the homes of(?: all| the| all the)?|"
                    r"the families of(?: all| the| all the)?|served|"
                    r"(?:answering|answered) (?:the )?questions (?:from|of)|"
                    r"benefited|admitted|recruited|developed|absorbed|admission of|(?:assistance|help|support) (?:for|to)|"
                    # (nor the people applications came from: "took in the applications of 25 students")
                    r"applications (?:of|from)|"
                    r"home[- ]teaching (?:visits|sessions|lessons) (?:to|for)|"
                    # (the second kind of people admitted: "took in five students and one teacher as probationary members")
                    r"(?:admitted|accepted|recruited) (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?(?:teachers|students|staff members) and)|"
                    # (those of a place, "the", maybe: "took them to the 40 pupils of Pine Village School")
                    rf"{TUTORED}|{GIVEN_TO}|{STOOD_IN}|\bpair(?:ed|s)? (?:up )?[^.;]{{0,40}}\bwith)(?:\s+(?:a total of|the))?\s*$",
         name="enrolment"),
    # "party member" before another noun names a thing of theirs, not people: "4 party member demonstration posts"
    Rule(None, ("set up 4 party member demonstration posts", "3 party member service teams", "2 party member conferences",
                "divided the campus into 12 party members' responsibility areas"),
         after=r"^(?:communist )?party (?:member|members['’]) (?:[a-z-]+ ){0,2}?(?:posts?|teams?|positions?|stations?|windows?|zones?|"
               r"(?:responsibility )?areas?|"
               r"classes|groups?|projects?|households?|badges?|pioneer|conferences?|meetings?|assembl(?:y|ies)|"
               r"congress(?:es)?)\b", name="a thing of party members"),
    # members doing something are not a head count: what they do says what they count, or nothing
    Rule("home_visits", ("over 40 party members visited the homes of left-behind children",
                         "12 teachers went to the students' homes"),
         # (not a home of the elderly, which volunteers go to: "visited the Hexi nursing home")
         after=rf"^(?:communist )?(?:{PEOPLE}|party member teachers)\b[^.;]{{0,30}}?\b(?:visited|went to|went into|"
               rf"called at)\b(?![^.;]{{0,30}}?\b{CARE_HOME})[^.;]{{0,30}}?\bhomes?\b",
         # (the homes counted themselves, "visited the homes of 143 students", "visited 45 pupils' homes": the visitors are
         # not the visits)
         # (nor each one's share, a norm: "each of its 25 member teachers went to at least four pupils' homes")
         not_after=r"^[^.;]{0,60}?\bhomes?\b (?:of|of (?:some|about|over|more than|nearly|all|all the|the)) \d|"
                   r"^[^.;]{0,40}?\b(?:visited|went to|called at) (?:at least|no fewer than|up to) |"
                   r"^[^.;]{0,60}?\b(?:visited|went to|called at) (?:some |about |over |more than |nearly |all |all the )?"
                   r"\d[\d,]*\s+"
                   r"(?:[a-z-]+ )?[a-z]+(?:'|'s) homes\b|"
                   # (or the people visited at home, counted: "3 members visited six retired teachers at home")
                   r"^[^.;]{0,60}?\bvisited (?:some |about |over |more than |nearly |all |all the )?"
                   r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)\s+"
                   r"(?:[a-z-]+ ){0,2}[a-z]+ (?:at (?:their )?homes?|in their homes)\b|"
                   # (or one person visited at home: "two committee members visited her at home")
                   r"^[^.;]{0,40}?\bvisited (?:him|her) (?:at (?:his |her )?home|in (?:his|her) home)\b",
         # (nor all of the school's, whatever they did: "the school's 31 Party members have visited the home of every …")
         not_before=r"\b(?:the (?:school|branch|committee|kindergarten)['’]s|its|our|their|all(?: the)?)\s*$"),
    # (and the visits they made, in all, said after a dash or a comma: "… have visited the home of every such pupil once a
    # year — more than 1,200 visits in three years")
    Rule("home_visits", ("members have visited the home of every such pupil once a year — more than 1,200 visits in three years",),
         frame=r"\bvisit\w* (?:the )?homes? of\b[^.;]{0,80}?[—–,]\s*(?:(?:more than|over|about|nearly|some|almost)\s+)?$",
         after=r"^(?:home )?visits\b"),
    # the members of a branch's committee (支部委员) are its officers, no count of its members
    Rule(None, ("The 5 members of the branch committee made self-criticisms", "its 7 committee members met on Monday"),
         after=r"^members of the (?:party )?(?:branch|general branch|sub-branch) committee\b|"
               r"^(?:branch |party branch )?committee members\b"),
    # activists counted as a pool or a reserve the branch keeps: "Our activists' pool stands at 7"
    Rule("activists", ("Our activists' pool stands at 7.", "the reserve of activists now numbers 9"),
         before=r"\b(?:activists['’]? (?:pool|reserve|pipeline)|(?:pool|reserve|pipeline) of (?:membership )?activists)\b"
                r"(?: (?:now|currently))? (?:stands at|is|numbers|totals|has reached|reached)\s*$"),
    # (and its activists: "of the branch's 6 activists, 2 were confirmed as development targets")
    Rule("activists", ("Of the branch's 6 activists, 2 were confirmed as development targets.", "its 4 activists attended"),
         before=ITS_OWN,
         after=r"^(?:party |membership )?activists\b"),
    # (or the activists, all of them, at their training: "the 6 activists attended a 3-day course at the Party school")
    Rule("activists", ("the 6 activists attended a 3-day course at the district Party school",),
         before=r"\bthe\s*$",
         after=r"^(?:party |membership )?activists (?:attended|took|completed|went to|joined) (?:a|an|the)\b[^.;]{0,40}?"
               r"\b(?:course|training|party school|class)\b"),
    # a line of a timeline, a year and the members it had, nothing else said of them: "2020 – 15 members; …"
    Rule("members_total", ("2020 – 15 members; a volunteer team set up", "2022: 21 party members"),
         before=r"^(?:19|20)\d{2}\s*(?:[:–—-]|--)\s*$",
         after=r"^(?:communist |cpc )?(?:party )?members\s*(?:[;,.(\n]|$)"),
    # a membership said with how it changed from a year before ("Nineteen members, three more than last year"): a head
    # count, even in a verbless line of a review
    Rule("members_total", ("Thirty-one members, four more than last year.", "the branch has 18 members, 2 fewer than in 2021"),
         after=r"^(?:communist |cpc )?(?:party )?members,\s*(?:\d+|[a-z]+(?:-[a-z]+)?) (?:more|fewer|less) than "
               r"(?:last year|the year before|a year (?:ago|before|earlier)|in (?:19|20)\d{2})\b"),
    # (or with the day it stands at, opening a verbless line: "28 members at the end of the year", "41 party members as of
    # June")
    Rule("members_total", ("28 members at the end of the year", "41 party members as of June", "33 members at the year's end"),
         before=r"^$",
         after=r"^(?:communist |cpc )?(?:party )?members (?:at|by) (?:the )?(?:year['’]s end|end of (?:the )?(?:year|term|"
               r"school year|(?:19|20)\d{2}))\b|^(?:communist |cpc )?(?:party )?members as (?:of|at)\b"),
    # "each of the 35 members": all the members, each doing what follows
    Rule("members_total", ("each of the 35 members has pledged to help a pupil", "every one of our 22 party members took part"),
         # (or of the school named: "each of Elm School's 30 member teachers")
         before=rf"\b(?:each|every one) of (?:the|its|our|their|the branch's|{_NAMED_SCHOOLS})\s*$",
         after=r"^(?:communist |cpc )?(?:party )?(?:members|member teachers)\b(?! of the (?:branch |party )?committee)"),
    # (or said after its branches, with them: "the committee leads 11 branches, with 386 members in all")
    # (or its branches and party groups: "Our committee has 4 branches and 9 party groups, with 88 members")
    Rule("members_total", ("the college committee leads 11 branches, with 386 members in all",
                           "the school's committee oversees 5 branches and 11 party groups, with 140 members"),
         # (not one of them: "The third branch, with 28 members, is the largest")
         frame=r"\b(?:branches|branches and [\w-]+ (?:party )?groups)\s*,?\s*with(?: a total of)?\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # (or its own, listed after its branches: "the committee, with its 4 branches and 96 members, …")
    Rule("members_total", ("the committee, with its 4 branches and 96 members, led the work",
                           "the committee, its 6 branches and their 140 members all took part"),
         before=r"\b(?:its|our|their|(?:the )?(?:branch|committee|school)'s)\s+(?:\d[\d,]*|[a-z]+)\s+(?:party\s+)?"
                r"(?:branches|sub-branches|party groups|groups)\s+and(?:\s+(?:its|their|our))?\s*$",
         after=r"^(?:communist |cpc )?(?:party )?members\b"),
    # (or all the members who attended, after the sentence that told of the review's meeting: "… held its 2023
    # organizational life meeting and democratic appraisal of members. All 31 members attended.")
    Rule("member_reviews", ("The branch held its democratic appraisal of members on 12 January. All 28 members attended.",),
         earlier=rf"\b{DEMOCRATIC_REVIEW}\b", before=r"^(?:all|all of (?:its|the branch's|the school's))?\s*$",
         after=r"^(?:full |communist )?(?:party )?members\b (?:attended|were present|took part)\b"),
    # (or the members who took part in the review the sentence opens with: "In the branch's annual democratic appraisal,
    # all 25 members took part")
    # (or the members appraised, counted after "of": "Of 52 members appraised, 11 were rated excellent")
    Rule("member_reviews", ("Of 40 members appraised, 9 were rated excellent.",),
         before=r"^of(?: the| its| all)?\s*$", after=r"^(?:party )?members (?:appraised|reviewed|evaluated|assessed)\b"),
    Rule("member_reviews", ("In the branch's annual democratic appraisal, all 25 members took part.",),
         frame=rf"\b{DEMOCRATIC_REVIEW}\b[^.;]*$",
         after=r"^(?:full |communist )?(?:party )?members\b (?:took part|participated|were (?:appraised|reviewed|evaluated|"
               r"assessed))\b"),
    # some of all the members, reviewed: "40 of the committee's 44 members were reviewed" (the 40 the members reviewed, the
    # 44 its head count)
    Rule("member_reviews", ("This year 40 of its 42 members were reviewed.",),
         after=r"^of (?:its|the|our|the (?:branch|committee)['’]s) \d[\d,]* (?:party )?members (?:were|have been|had been) "
               r"(?:reviewed|appraised)\b"),
    Rule("members_total", ("This year 40 of its 42 members were reviewed.",),
         before=r"\b\d[\d,]* of (?:its|the|our|the (?:branch|committee)['’]s)\s*$",
         after=r"^(?:party )?members (?:were|have been|had been) (?:reviewed|appraised)\b"),
    # (or the members said to have been appraised, after what else they did: "its 24 members looked back on the year and
    # were democratically appraised")
    Rule("member_reviews", ("At the meeting its 24 members looked back on the year and then were appraised.",),
         after=r"^(?:full |communist )?(?:party )?members\b[^.;,]{0,40}?\b(?:were|was) (?:democratically )?(?:appraised|reviewed|"
               r"evaluated|assessed)\b"),
    # (or the members the review is said to be of: "a democratic appraisal of all 22 members in January")
    Rule("member_reviews", ("the branch carried out a democratic appraisal of all 22 members in January",
                            "a democratic review of its 17 party members"),
         before=rf"\b{DEMOCRATIC_REVIEW}\s+of(?:\s+(?:all|its|the|our))*\s*$",
         after=r"^(?:full |communist )?(?:party )?members\b"),
    # (or the verb: "reviewed all 9 members in December", "appraised its 30 members democratically")
    # (or their work: "reviewed the work of its 17 members in 2021")
    Rule("member_reviews", ("In December the branch reviewed all 14 members.", "the committee appraised its 60 members democratically",
                            "the branch reviewed the year's work of all its 18 members", "the branch appraised all 26 of its members"),
         before=r"\b(?:(?:democratically|annually) )?(?:reviewed|appraised|evaluated|assessed)"
                r"(?: the (?:year's |annual )?(?:work|performance|conduct) of)?(?:\s+(?:all|its|the|our|of))*\s*$",
         # (or all of them: "appraised all 29 of its members")
         after=r"^(?:of (?:its|our|the|their) )?(?:full |communist )?(?:party )?members\b(?!['’])"),
    # (a volunteer team the sentence before names: its members are its volunteers: "Our "Bright Lamp" volunteer team. Its
    # 25 members have tutored 90 children")
    Rule("volunteer_participants", ('Our "Morning Star" volunteer team. Its 18 members help pupils across the road.',),
         earlier=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad|corps)\b[^.;]{0,30}[.;]?\W*$",
         before=r"^\s*its\s*$", after=r"^(?:[a-z-]+ )?members\b"),
    # (not the volunteers of a village or a community the members worked beside: "working alongside 20 village volunteers")
    Rule(None, ("members spent a day helping older farmers, working alongside 15 village volunteers",),
         before=r"\b(?:alongside|beside|together with|joined by)\s*$",
         after=r"^(?:[a-z-]+ )?(?:village|community|local|residents['’]?|town|neighbourhood) volunteers\b", review=True,
         name="another body's people"),
    # (not the members of a studio, club or team the sentence before set up: "The branch opened a teachers' studio. Its 7
    # members will record 30 micro-lessons.")
    Rule(None, ("The branch opened a reading studio in May. Its 6 members meet every week.",
                "The branch has set up a calligraphy club. Its 10 members meet on Fridays."),
         earlier=r"\b(?:opened|set up|established|formed|launched|founded|started) (?:a|an|its|the) [^.;]{0,40}?"
                 r"\b(?:studio|workshop|club|team|society|choir|troupe|group|circle)\b[^.;]{0,40}[.;]?\W*$",
         before=r"^\s*its\s*$", after=r"^(?:[a-z-]+ )?members\b", review=True, name="another body's people"),
    # some of them on the rota of a service the sentence before told: "Members take turns to help pupils across the road
    # at the gate. Nine of the branch's 12 members are on the rota."
    Rule("volunteer_participants", ("Members take turns to guide pupils across the road at the gate. Nine of the branch's 12 "
                                    "members are on the rota.",),
         earlier=rf"{GUARD_DUTY}|{VOLUNTEERING}|\b(?:take|takes|taken|took|taking) turns\b[^.]{{0,60}}?\b(?:gate|crossing|road|"
                 r"traffic|across)\b",
         after=rf"^of (?:the|its|our|{_THE_SCHOOLS}) \d[\d,]* (?:party )?members (?:are|were|have been) on (?:the|its) "
               r"(?:duty )?(?:rota|roster|rotation)\b"),
    # the whole a part of it is said of: "More than half of the 60 Party members at X donated blood" (the 60 are all of
    # them; those who did it are not counted)
    # (or a part counted: "14 of the 22 members took turns at the crossing"; not a part of those who did something, "5 of
    # the 30 members who came")
    Rule("members_total", ("More than half of the 60 Party members at Elm School donated blood.",
                           "About a third of the branch's 42 members are under 35.",
                           "over the summer 14 of the 22 members took turns to help at the crossing"),
         before=r"\b(?:half|a third|a quarter|two-thirds|three-quarters|most|many|some|all but (?:one|two|three|\d+)|"
                r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) of "
                r"(?:the|its|our|their|the (?:school|branch|committee|kindergarten)['’]s)\s*$",
         after=r"^(?:communist )?(?:party )?members\b(?! (?:who|that|present|attending)\b)",
         # (those with a vote are its full members: a rule below)
         not_after=rf"^(?:communist )?(?:party )?members {WITH_A_VOTE}"),
    # "its 19 party members": all the members of the organization just named
    # (or the branch said to have so many of its people as members: "the branch, which has 14 teachers as members, …")
    Rule("members_total", ("The branch, which has 12 teachers as members, met on Friday.",),
         before=r"\b(?:which|that|it|the branch|the committee) (?:now |currently )?(?:has|had)\s*$",
         after=r"^(?:[a-z-]+ )?(?:teachers|staff|people) as (?:its )?(?:party )?members\b"),
    # (not those of a volunteer team the sentence before named, "its" the team's: "The branch's volunteer team was named a
    # model team. Since it was formed in 2018, its 30 members have given 6,000 hours.")
    Rule("volunteer_participants", ("The branch's volunteer team was named a model team. Since it was formed in 2018, its 30 "
                                    "members have given 6,000 hours.",),
         earlier=r"\bvolunteer (?:service )?(?:team|group|corps|squad)\b",
         frame=r"\b(?:since|when) it was (?:formed|founded|set up|started|launched)\b[^.;]*\bits\s*$", after=r"^members\b"),
    Rule("members_total", ("Its 19 party members visited the homes of 143 students.",
                           "The branch's 23 members did the same.", "Our 17 members met every week.",
                           "all 900 pupils and staff came, including the school's 31 party members",
                           "Each of its 11 party member teachers gave a lesson."),
         before=ITS_OWN,
         after=r"^(?:communist )?(?:party )?(?:members|member teachers)\b",
         # (those with a vote are its full members: a rule below; nor those it had before a change, "Until then its 3 Party
         # members had belonged to the office's branch")
         # (nor those in some posts, a part of them: "its 40 members in management posts")
         # (nor those of an age, a part of them: "a Party group for its 8 members under 35")
         not_after=rf"^(?:communist )?(?:party )?members {WITH_A_VOTE}|^(?:communist )?(?:party )?members had (?:belonged|been)\b|"
                   r"^(?:party )?members in (?:[a-z-]+ (?:and )?){1,3}?(?:posts|positions|roles)\b|"
                   r"^(?:party )?members (?:under|over|aged|below|above) (?:\d|the age)"),
    # people honoured, the members among them counted next: not all of them members (for review; the members among them
    # are the figure, below)
    # (the title given them may come between: 'honoured 20 teachers as "Model Educators", four of them Party members')
    Rule(None, ("the school commended 15 outstanding teachers, several of whom are party members",
                'the district honoured 20 teachers as "Model Educators", most of them party members'),
         after=rf"^(?:[a-z-]+ ){{0,3}}?(?:teachers|staff|staff members|educators|individuals|people|workers)\b"
               rf"(?: (?:from|of|at) [^.;,]{{1,50}})?(?: as [^.;,]{{1,50}})?[,;]\s*(?:\d[\d,]*|[a-z-]+) {_MEMBERS_AMONG_THEM}",
         frame=r"\b(?:commend|honou?r|award|recogni[sz]|named|rated|selected)\w*\b", review=True,
         name="people honoured, not all of them members"),
    # (or the members among them counted in the sentence after: 'The branch named eight teachers "Model Mentors". Five of
    # them are Party members.')
    Rule(None, ('The branch named eight teachers "Model Mentors". Some of them are Party members.',),
         after=r"^(?:[a-z-]+ ){0,3}?(?:teachers|staff|staff members|educators|individuals|people|workers|colleagues)\b",
         frame=r"\b(?:commend|honou?r|award|recogni[sz]|named|rated|selected)\w*\b",
         later=rf"^\s*(?:\d[\d,]*|[a-z-]+) {_MEMBERS_AMONG_THEM}", review=True, name="people honoured, not all of them members"),
    # (or in the sentence after them, of all those honoured: 'It honoured 30 "Excellent Teachers" and 12 "Excellent Class
    # Teachers". Of the 42, 23 are Party members.': the members are the figure, the sum no count of its own; the honoured
    # before are for review, etl.extract._honoured_then_members_among_them)
    Rule("awards_individual", ('It honoured 30 "Excellent Teachers" and 12 "Excellent Class Teachers". Of the 42, 23 are Party '
                               "members.",),
         earlier=r"\b(?:commended|honou?red|awarded|named|recogni[sz]ed|selected)\b",
         frame=r"^\W*of the (?:\d[\d,]*|[a-z]+),\s*$", after=r"^(?:are|were) (?:communist )?party members\b"),
    # (or among those of one title: '… honoured 30 "Excellent Teachers". The branch noted that 19 of the 30 Excellent Teachers
    # are Party members.')
    # (the count in words: "Five of the eight are Party members")
    Rule("awards_individual", ('It honoured 30 "Excellent Teachers". The branch noted that 19 of the 30 Excellent Teachers are '
                               "Party members.", "The committee named 8 teachers Models of Teacher Ethics. Seven of the ten "
                                                 "are Party members."),
         earlier=r"\b(?:commended|honou?red|awarded|named|recogni[sz]ed|selected)\b",
         after=r"^of the (?:\d[\d,]*|[a-z]+)\b[^.;]{0,40}?(?:are|were) (?:communist )?party members\b"),
    Rule(None, ('It honoured 30 "Excellent Teachers" and 12 "Excellent Class Teachers". Of the 42, a few are Party members.',),
         earlier=r"\b(?:commended|honou?red|awarded|named|recogni[sz]ed|selected)\b", before=r"^\W*of the\s*$",
         after=r"^,\s*(?:\d[\d,]*|[a-z-]+(?: [a-z-]+)?) (?:are|were) (?:communist )?party members\b", name="people honoured, summed"),
    # (or honoured in the passive, after them: '12 teachers were honoured as "Excellent Educators", 7 of them Party members')
    Rule(None, ('9 teachers were honoured as "Model Educators", most of them party members',),
         after=rf"^(?:[a-z-]+ ){{0,3}}?(?:teachers|staff|staff members|educators|individuals|people|workers)\b[^.;,]{{0,50}}?"
               r"\b(?:were|have been|had been) (?:commended|honou?red|named|awarded|recogni[sz]ed|selected)\b[^.;]{0,80}?,\s*"
               rf"(?:\d[\d,]*|[a-z-]+) {_MEMBERS_AMONG_THEM}", review=True, name="people honoured, not all of them members"),
    # the many an area so honoured, the school's among them: "was named one of the city's 20 Model Party Workers" (no count
    # of the school's)
    Rule(None, ("the secretary was named one of the city's 20 Model Party Workers",
                "the branch was selected as one of the province's 100 model branches"),
         before=r"\b(?:named|selected|chosen|recogni[sz]ed|listed|rated)(?: as)? (?:one of|among)(?: the)?"
                r"(?: [a-z-]+['’]s)?(?: first| top)?\s*$",
         name="the many an area honoured"),
    # (or honoured by an area's body from all its schools: "the city commended 50 teachers from all its schools";
    # those of the school among them are, said after: "Two of them are members of Elm School's branch")
    Rule(None, ("the district bureau commended 45 model teachers from the district's schools",),
         frame=r"\b(?:honou?red|commended|named|recogni[sz]ed|awarded)\s*$",
         after=r"^(?:[a-z-]+ ){0,4}?(?:members|teachers|workers|educators|individuals)\b (?:from|across|in|of) "
               r"(?:its|all its|the (?:county|district|city|province)['’]s|(?:the )?(?:county|district|city|province)) schools\b",
         name="the many an area honoured"),
    Rule("awards_individual", ("The city named 40 Model Teachers from its schools. Three of them, all mathematics teachers, "
                               "are members of Elm School's branch.",),
         earlier=r"\b(?:honou?red|commended|named|recogni[sz]ed|awarded)\b",
         after=r"^of them,(?: [^.;,]{1,40},)? (?:are|were) (?:(?:communist )?party )?members of (?:[a-z0-9.'’-]+ ){1,6}?"
               r"(?:school|academy|kindergarten)['’]s (?:party )?branch\b"),
    # (the many of an area some of the school's people are among are no honour of the school's: "Two members were among the
    # district's 20 'Outstanding Party Members'"; those among them are)
    Rule(None, ("the school's teacher was among the district's 20 outstanding party members",),
         before=r"\b(?:among|one of|two of|three of) the (?:district|city|county|province|country|municipality|region)['’]s\s*$",
         name="an area's many honoured"),
    Rule("awards_individual", ("Two members of Elm School were among the district's 20 outstanding party members",),
         after=r"^(?:party )?(?:members|member teachers|teachers)\b(?: (?:of|from) [^.;,\d]{1,60}?)? (?:were|are) (?:among|one of) the "
               r"(?:district|city|county|province|country|municipality|region)['’]s\b"),
    Rule("awards_individual", ("twelve outstanding party members were commended", "6 excellent communist party members",
                               "2 excellent party affairs workers", "commended 6 outstanding party member teachers"),
         after=r"^(?:outstanding|excellent|advanced|model) (?:communist )?(?:party members|"
               r"party (?:affairs )?workers|party member teachers)\b"),
    # (or outstanding members, "party" left out, where the sentence commends them: "commended three advanced branches, 15
    # outstanding members and two Party workers")
    Rule("awards_individual", ("the committee commended three advanced branches, 15 outstanding members and two party workers",),
         frame=r"\b(?:commended|honou?red|recogni[sz]ed)\b[^.;]*$",
         after=r"^(?:outstanding|excellent|model|exemplary) (?:communist )?members\b"),
    # (one person so named only where the sentence commends: "… and one excellent party worker were commended", not "One
    # excellent party member spoke")
    # (or teachers so described, listed before the passive verb that commends them: "3 excellent party members, 5 excellent
    # teachers and 2 excellent class teams were commended")
    Rule("awards_individual", ("2 outstanding members, 6 excellent teachers and 1 advanced group were commended at the meeting",),
         after=r"^(?:outstanding|excellent|advanced|model) (?:teachers|educators|class teachers|head teachers)\b[^.;]{0,80}?"
               r"\b(?:were|have been) (?:all |also )?(?:commended|honou?red|recogni[sz]ed)\b"),
    Rule("awards_individual", ("Five outstanding members and one excellent party worker were commended",),
         after=r"^(?:outstanding|excellent|advanced|model) (?:communist )?(?:party member|party (?:affairs )?worker|"
               r"party member teacher)\b[^.;]{0,80}?\b(?:was|were) (?:all |also )?(?:commended|honou?red|recogni[sz]ed)\b"),
    # (or said to be commended now, at the meeting a speech is given at: "Today we commend 5 outstanding members and one
    # excellent Party worker")
    # (or honoured as them, said by the one who honours: "today we honour eight comrades as Outstanding Party Members")
    Rule("awards_individual", ("today we honour six comrades as the school's Outstanding Party Members",),
         before=r"\b(?:we|the (?:school|branch|committee|academy)) (?:honou?rs?|commends?|recogni[sz]es?)\s*$",
         after=r"^(?:[a-z-]+ )?(?:comrades|members|teachers|colleagues) as (?:the [a-z'’]+['’]s )?(?:outstanding|excellent|model|"
               r"advanced)\b"),
    Rule("awards_individual", ("The branch commended 5 outstanding members and one excellent party worker",
                               "Today we commend 4 outstanding members and one excellent Party worker",
                               "the branch named five Model Party Members and also one Excellent Party Worker"),
         before=r"\b(?:commended|honou?red|recogni[sz]ed|named|selected|(?:we|the (?:school|branch|committee)) (?:commends?|honou?rs?))\b"
                r"[^.;]{0,80}$",
         after=r"^(?:outstanding|excellent|advanced|model) (?:communist )?(?:party member|party (?:affairs )?worker|"
               r"party member teacher)\b"),
    # (teachers or individuals so described are honoured only where the sentence honours someone: "6
    # outstanding teachers gave lessons" describes them)
    # (or the second of them: "honoured 6 outstanding party members and 2 model teachers")
    Rule("awards_individual", ("the school commended 9 outstanding teachers", "the county awarded 4 model teachers",
                               "the branch honoured 6 outstanding party members and 2 model teachers",
                               "the school honoured 12 excellent teachers and 5 excellent class teachers",
                               "the kindergarten honoured 4 excellent teachers and 3 excellent childcare workers",
                               "the principal presented certificates to 7 excellent educators",
                               'It honoured 20 "Excellent Teachers", 15 "Excellent Class Teachers" and 3 "Model Educators"'),
         # (the titles may be quoted, and more than two listed: 'honoured 20 "Excellent Teachers", 15 "Excellent Class
         # Teachers" and 3 "Model Educators"')
         frame=r"\b(?:(?:commend|honou?r|award|prais|recogni[sz]|elected|selected)\w*(?:\s+to)?|"
               r"(?:certificates|prizes|trophies|medals|plaques)\s+to)\s*"
               r"(?:\S+ (?:outstanding|excellent|advanced|model) [a-z -]{3,40}? and\s*|"
               r"(?:\S+ [\"“](?:outstanding|excellent|advanced|model) [a-z -]{2,40}?[\"”]\s*(?:,\s*(?:and\s+)?|and\s+)){1,4})?$",
         after=r"^(?:outstanding|excellent|advanced|model) (?:[a-z-]+ )?(?:individuals|teachers|workers|educators)\b"),
    # (the members among people honoured, counted right after them, or after a semicolon)
    # (the title given them may come between: 'honoured 20 teachers as "Model Educators", four of them party members')
    Rule("awards_individual", ("the school commended 15 outstanding teachers, 6 of whom are party members",
                               "the district honoured 11 teachers as Model Educators; 4 of them are party members",
                               'the district honoured 20 teachers as "Model Educators", four of them party members of Elm School',
                               'the school named 12 "Caring Teachers", 5 of them Party members'),
         # (or named so: 'named 10 "Excellent Teachers", 6 of them Party members')
         frame=r"\b(?:commend|honou?r|award|recogni[sz]|named\b)\w*\s+(?:\d[\d,]*|[a-z-]+)\s+(?:[^.;]{0,40}|[^.;]{0,30}? as "
               r"[^.;]{1,50})[,;]\s*$",
         after=_MEMBERS_AMONG_THEM),
    # (or people who won prizes, the members among them counted after a semicolon: "5 teachers of Elm School won first
    # prizes; two of them are Party members")
    Rule(None, ("At the district contest 6 teachers of Elm School took first prizes; most of them are Party members.",),
         after=rf"^(?:[a-z-]+ ){{0,3}}?(?:teachers|staff members|staff|educators|people)\b(?: (?:from|of|at) [^.;,]{{1,50}}?)? "
               rf"(?:won|received|took) [^.;,]{{1,40}}?[,;]\s*(?:\d[\d,]*|[a-z-]+) {_MEMBERS_AMONG_THEM}",
         review=True, name="people honoured, not all of them members"),
    Rule("awards_individual", ("At the district contest 6 teachers of Elm School took first prizes; 4 of them are Party members.",),
         frame=r"\b(?:teachers|staff|educators|people)\b[^.;]{0,60}?\b(?:won|received|took) [^.;,]{1,40}?[,;]\s*$",
         after=_MEMBERS_AMONG_THEM),
    # (not people honoured for their years of service, a keepsake of long service as the Party's medals of long membership
    # are: "The school thanked 8 teachers for 25 years of teaching. Three of them are Party members.")
    Rule(None, ("On Teachers' Day the school recognised 9 staff for 20 years in the classroom. Four of them are Party members.",),
         earlier=r"\b(?:commended|honou?red|recogni[sz]ed|thanked)\s+(?:\d[\d,]*|[a-z-]+)\s+(?:[a-z-]+ )?"
                 r"(?:teachers|staff|people|individuals|colleagues)\b[^.;]{0,20}?\bfor (?:\d+|[a-z-]+) years\b",
         before=r"^\W*$", after=_MEMBERS_AMONG_THEM, name="honoured for years of service"),
    # (or in the sentence after: 'The branch named nine teachers "Star Volunteers". Seven of them are Party members.')
    Rule("awards_individual", ('The branch named nine teachers "Star Volunteers". Seven of them are Party members.',),
         earlier=r"\b(?:commended|honou?red|named|awarded|recogni[sz]ed)\s+(?:\d[\d,]*|[a-z-]+)\s+(?:[a-z-]+ )?"
                 r"(?:teachers|staff|people|individuals|colleagues)\b",
         before=r"^\W*$", after=_MEMBERS_AMONG_THEM),
    # (or people honoured who are all members, as an aside says: "Three of our teachers, all Party members, were named
    # …", "two young teachers, both members of the Party, have been commended")
    Rule("awards_individual", ("Three of our teachers, all Party members, were named outstanding educators by the city",
                               "two young teachers, both members of the Party, have been commended by the county",
                               "four teachers, all of them Party members, received the title of Excellent Teacher"),
         after=r"^(?:of (?:our|the|its) )?(?:[a-z-]+ ){0,2}?(?:teachers|staff|staff members|educators|colleagues|people)\b"
               r"(?: (?:from|of|at) [^.;,]{1,50})?,\s*(?:both|all(?: of them)?|each of them)\s+"
               r"(?:(?:communist )?party members|members of the (?:communist )?party),\s*"
               rf"(?:(?:were|have been|had been) (?:also )?{_HONOURED_VERB}|(?:have |had )?(?:received|won|earned) the "
               r"(?:title|titles|honou?rary title) of)"),
    # people counted with a title of people, given by the verb before them or after them: 'the branch commended 4
    # "Service Stars"', '6 "Red Candle Stars" were selected'
    Rule("awards_individual", ('the branch commended 4 "Service Stars"', "it selected 3 teaching pacesetters"),
         before=rf"\b{_HONOURED_VERB}\s*$", after=_PEOPLE_TITLE),
    # (or given the marks of such a title, its words of praise after the count: 'gave certificates to its 12 "Star
    # Volunteers"'; not certificates every volunteer got)
    Rule("awards_individual", ('the branch handed plaques to its 9 "Model Volunteers" of the year',),
         before=r"\b(?:gave|presented|handed|awarded) (?:the )?(?:certificates|medals|plaques|trophies|awards)(?: out)? to "
                r"(?:its|the|their|our)?\s*$",
         after=r"^(?:star|model|outstanding|excellent|advanced|best|top)\b[^.;,]{0,20}?\b(?:volunteers|members|teachers|"
               r"workers|mentors)\b"),
    Rule("awards_individual", ('6 "Red Candle Stars" were selected in June',),
         after=rf"{_PEOPLE_TITLE}[^.;]{{0,30}}?\b(?:was|were|have been|had been) (?:also )?{_HONOURED_VERB}"),
    # (not the keepsakes of long membership: 'presented "50 Years in the Party" medals to 12 veteran members'; but those they
    # were taken to at home, a visit: "… badges to two veteran members at their homes")
    Rule("staff_visited", ('in June the committee handed "50 Years in the Party" badges to two veteran members at their homes',),
         before=_KEEPSAKES_OF_LONG_MEMBERSHIP_TO,
         after=r"^(?:[a-z-]+ )?(?:retired |veteran |older |elderly )?(?:members|teachers|comrades)\b[^.;,]{0,20}?\b(?:at|in) "
               r"(?:their|his|her) homes?\b"),
    Rule(None, ('the committee presented "50 Years in the Party" medals to 12 veteran members',),
         before=_KEEPSAKES_OF_LONG_MEMBERSHIP_TO,
         name="keepsakes of long membership"),
    # people given the marks of a quoted title: 'presented "Model Teacher" certificates to 6 teachers' (or to some of
    # the people just told of: "… to five of them")
    Rule("awards_individual", ('the school presented "Model Teacher" certificates to 6 teachers',
                               'the branch gave "Outstanding Member" awards to three of them'),
         before=rf"{GIVEN_MARKS_OF_A_TITLE}\s*$",
         after=rf"^(?:of (?:them|whom|these|those)|(?:[a-z-]+ ){{0,2}}?{PEOPLE})\b"),
    # (organizations so honoured are others', not the school's branches: 'gave "Model Branch" plaques to 3 branches')
    Rule(None, ('the district gave "Model Branch" plaques to 3 party branches',), before=rf"{GIVEN_MARKS_OF_A_TITLE}\s*$",
         after=r"^(?:party )?(?:branch(?:es)?|organi[sz]ations?|groups?|schools?)\b", name="organizations honoured"),
    # the prizes of a contest party members took part in (told in the sentence before) are members' honours: "28 party
    # members competed. 3 first prizes and 5 second prizes were awarded" (not a contest of others: pupils, teachers at large)
    Rule("awards_individual", ("At the lecture contest 14 party members competed. 2 first prizes and 4 second prizes were given.",),
         after=r"^(?:first|second|third|special|grand)(?:-place)? prizes?\b",
         earlier=r"\b(?:party )?members\b[^.;]{0,20}?\b(?:took part|competed|participated|entered)\b[^.]*\.\s*$",
         not_before=r"\b(?:students|pupils|children)\b"),
    # (or in the same sentence, after a comma: "14 party members competed, and 3 first prizes … were awarded")
    Rule("awards_individual", ("14 party members from 4 branches competed, and 3 first prizes and 4 second prizes were awarded",),
         frame=r"\b(?:party )?members\b[^.;]{0,50}?\b(?:took part|competed|participated|entered)\b[^.;]*$",
         after=r"^(?:first|second|third|special|grand)(?:-place)? prizes?\b",
         not_before=r"\b(?:students|pupils|children)\b"),
    # honours members received, counted: "Members received 8 honours at district level or above"
    Rule("awards_individual", ("Members received 8 honours at district level or above during the year",
                               "party member teachers won 12 awards at city level",
                               "party member teachers have won 20 prizes in teaching competitions"),
         before=r"\b(?:members|teachers|comrades)\b (?:have |had )?(?:received|won|gained|obtained)\s*$",
         after=r"^(?:[a-z-]+ )?(?:honou?rs|awards|commendations|prizes)\b",
         # (not the honours of the branch and its members together: "the branch and its members received 11 honours")
         not_before=r"\b(?:branch|committee|school|kindergarten) and (?:its|their|our|the) (?:party )?members\b[^.;]{0,12}$"),
    # (or in a translation's order, the awards then how many times: "won awards 21 person-times", 获奖21人次)
    # (or some of its members named after the body itself, the verb said once: 'named the branch an "Advanced Branch" and
    # two of its members "Model Members"')
    Rule("awards_individual", ('the county named Elm School\'s branch a "Model Branch" and three of its members "Good Mentors"',),
         before=r"\bnamed\b[^.;]{0,80}?\b(?:branch|committee|school|kindergarten)\b[^.;]{0,6}?(?:an? )?[\"“][^\"”]{2,60}[\"”],? "
                r"and\s*$",
         after=r"^of (?:its|their|the branch['’]s|the school['’]s) (?:(?:communist )?party |teacher )?members\s+(?:as\s+)?(?:an?\s+)?"
               r"(?:[a-z-]+\s+){1,3}?(?:members|teachers|workers|mentors|educators|models|pioneers)\b"),
    Rule("awards_individual", ("party member teachers won awards 21 person-times in competitions",),
         before=r"\b(?:received|won|gained|obtained) (?:[a-z-]+ )?(?:honou?rs|awards|prizes|commendations)\s*$",
         after=r"^(?:person-times|times)\b"),
    # people a body commends, counted with no title: "the branch commended 8 comrades", "12 teachers were commended"
    # (or some of its members: 'honoured 5 of its 21 members as "Model Teachers"')
    Rule("awards_individual", ("the branch commended 8 comrades", "the school honoured 12 teachers at the meeting",
                               'the branch honoured 5 of its 21 members as "Model Teachers"',
                               "the branch honoured three of its members as outstanding Party members"),
         before=r"\b(?:commended|honou?red|praised)\s*$",
         after=r"^(?:of (?:its|our|their|the)(?: \d[\d,]*)? )?(?:[a-z]+ )?(?:comrades|teachers|party members|members|individuals|"
               r"staff members)\b"),
    # (or more people after a title, the verb said once: 'honoured 6 members as "Excellent Party Members" and 2 teachers as
    # "Model Mentors"')
    Rule("awards_individual", ('the branch honoured 4 members as "Model Members" and 3 teachers as "Good Mentors"',),
         before=r"\b(?:commended|honou?red)\b[^.;]{0,80}?\bas (?:an? )?[\"“][^\"”]{2,60}[\"”],? and\s*$",
         after=r"^(?:[a-z]+ )?(?:comrades|teachers|party members|members|staff members) as\b"),
    # (the branches honoured with a title beside them are no count of the school's branches: 'named 8 members "Excellent
    # Party Members" and 2 branches "Advanced Party Branches"')
    Rule(None, ('the committee also named 2 branches "Advanced Branches"',),
         frame=r"\b(?:named|commended|honou?red|awarded|recogni[sz]ed)\b[^.;]{0,100}$",
         # (but the whole some were honoured out of is the school's: "named two of its five branches Model Branches")
         not_before=r"\bof (?:its|our|the|their|the (?:school|committee)['’]s)\s*$",
         after=r"^(?:party |sub-)?branches\s+(?:as\s+)?(?:an?\s+)?(?:[a-z-]+\s+){1,3}?(?:branches|organi[sz]ations|units|"
               r"collectives)\b", name="branches honoured"),
    # (or others after the members who won, their prize named: "Three member teachers won first prizes …, and two others
    # won second prizes")
    Rule("awards_individual", ("four member teachers won first prizes in the district contest, and two others won second prizes",),
         frame=r"\b(?:members|member teachers)\b[^.;]{0,40}?\bwon\b[^.;]*,?\s*and\s*$",
         after=r"^others won (?:first|second|third|special|gold|silver|bronze) (?:prizes|awards|places)\b"),
    # (or named so, the title after them: 'the branch named five members "Good Mentors"')
    # (or some of its own: 'named two of its members "Story Champions"')
    Rule("awards_individual", ('the branch named four members "Model Mentors" at the end of the term',
                               'the committee named three mentors from this term "Caring Mentors"',
                               'on Book Day the branch named two of its members "Reading Champions"',
                               'the committee named 3 of its 40 members "Model Volunteers"',
                               'the county named 3 members of Elm School\'s branch as "Model Teachers" of the year',
                               'the city named two members of Elm School, Ms Xu and Mr Pan, "Model Teachers"'),
         before=r"\bnamed\s*$",
         # (or their school's or branch's, then "as" the title: 'named 2 members of Elm School's branch as "Model Teachers"')
         # (or their school, then their names between commas: 'named two members of Elm School, Ms Li and Mr Wu, "Model
         # Teachers"')
         after=r"^(?:of (?:its|the|our|their)(?: \d[\d,]*)? )?(?:[a-z]+ )?(?:comrades|teachers|party members|members|staff members|"
               r"mentors)\s+"
               r"(?:(?:of|from|at) [^.;,\d]{1,50}?\s+(?=as\b)|(?:of|from|at) [^.;,\d]{1,50}?, (?:mr|mrs|ms|dr)\.? [a-z'-]+"
               r"(?: [a-z'-]+)?(?:(?:,| and)(?: (?:mr|mrs|ms|dr)\.?)? [a-z'-]+(?: [a-z'-]+)?){0,6},\s+)?"
               r"(?:from (?:last|this) (?:year|term)\s+)?(?:as\s+)?(?:an?\s+)?(?:[a-z-]+\s+){1,3}?"
               r"(?:mentors|teachers|members|workers|educators|models|stars|vanguards|pacesetters|pioneers|volunteers|"
               r"ambassadors|champions)\b",
         # (not members named to be the mentors of others, a role given: "appointed 6 senior members as mentors for the
         # newcomers")
         not_after=r"^[^.;]{0,40}?\bas (?:their |the )?(?:mentors?|tutors?|guides?) (?:to|for|of)\b"),
    # (recognised for what is praised: "the school recognised 12 teachers for outstanding service")
    Rule("awards_individual", ("the school recognised 9 teachers for outstanding service",),
         before=r"\brecogni[sz]ed\s*$",
         after=r"^(?:[a-z]+ )?(?:comrades|teachers|party members|members|individuals|staff members) for (?:their )?"
               r"(?:outstanding|excellent|exemplary|distinguished|dedicated)\b"),
    # (or the times members were honoured, no more said: "Members were honoured 17 times at county level or above")
    Rule("awards_individual", ("In the year members were honoured 14 times at county level or above.",),
         before=r"\b(?:party )?members (?:were|have been|had been) (?:honou?red|commended|awarded)\s*$", after=r"^times\b"),
    # (one member, named so: "One member was named an Outstanding Party Member of the district")
    # (or given an award or a title, perhaps named after a comma: "one member, chemistry teacher Zhao Min, won the city's
    # Model Teacher title")
    Rule("awards_individual", ("One member was named an Outstanding Party Member of the district",
                               "one teacher was commended by the city",
                               "In 2022 one member, the art teacher Wu Fang, received the county's Excellent Mentor award"),
         after=r"^(?:party )?(?:member|teacher|comrade)(?:,(?: [a-z'.-]+){1,5},)? (?:(?:was|has been|had been) (?:also )?"
               r"(?:named|commended|honou?red)\b|(?:also )?(?:received|won) (?:the |an? )?(?:[a-z'’-]+ ){0,6}?"
               r"(?:award|title|prize|honou?r|medal)\b)"),
    Rule("awards_individual", ("12 teachers were commended", "8 comrades were honoured by the district",
                               "in the past three years 9 members had been commended at district level or above"),
         after=r"^(?:[a-z]+ )?(?:comrades|teachers|party members|members|individuals|staff members) (?:were|have been|had been) "
               r"(?:all |also )?(?:commended|honou?red|praised)\b"),
    # the prizes young teachers won, an outcome of their mentoring, are no members' honours (as in Chinese, "青年教师中
    # 已有6人…获奖"): "4 of the young teachers won district teaching prizes", and "of them" after young teachers or mentees
    # the sentence or the one before tells of
    Rule(None, ("3 of the young teachers won district teaching prizes", "so far 5 of our mentees have won city awards"),
         after=rf"^of (?:the |these |those |our |its |their )?(?:(?:young|new|novice|junior|newly[- ]recruited) "
               rf"(?:teachers|colleagues)|mentees)\b,? {_WON_PRIZES}"),
    Rule(None, ("Fifteen young teachers grew fast, and 4 of them won prizes in the county's lesson contest",
                "members coached 12 teachers this year, and 5 of them won prizes in the city's lesson contest"),
         after=rf"^of them\b,? {_WON_PRIZES}", frame=_YOUNG_TEACHERS),
    Rule(None, ("Our new teachers settled in quickly. Since then 7 of them have won city teaching awards",),
         after=rf"^of them\b,? {_WON_PRIZES}", earlier=_YOUNG_TEACHERS),
    # (or some of the organization's people: "21 of its members have been named outstanding party members of the city")
    # (or some of the teachers the text tells of, who won teaching awards: "9 of these teachers have won district teaching
    # awards")
    Rule("awards_individual", ("12 of its member teachers have since won city teaching awards",
                               "last year 3 of our teachers won provincial teaching awards",
                               "5 of these teachers have won district or city teaching awards"),
         # (not pupils: "6 of the pupils won first prizes")
         after=r"^of (?:the|these|those|them|its|our)(?: (?!pupils\b|students\b|children\b|kids\b)[a-z-]+){0,2}? ?"
               rf"(?:teachers|members|mentees)?\b,? {_WON_PRIZES}"),
    # the school's people among an area's many so honoured are the school's honoured ("Two teachers of Elm School, Li Na
    # and Wu Bo, were among the 80 members named …"); the many are the area's
    Rule("awards_individual", ("Two teachers of Elm School, Li Na and Wu Bo, were among the 80 members named model teachers",),
         after=r"^(?:[a-z-]+ )?(?:teachers|members|party members|comrades)\b[^.;]{0,80}?\b(?:were|are) (?:among|one of) "
               r"the\b[^.;]{0,40}?\b(?:named|honou?red|commended|selected|awarded|rated)\b"),
    Rule(None, ("Li Na of Elm School was among the 80 members named model teachers by the city",),
         before=r"\b(?:among|one of) the\s*$",
         after=r"^(?:[a-z-]+ ){0,3}?(?:named|honou?red|commended|selected|awarded|rated)\b", name="an area's many honoured"),
    # (their names maybe set off by commas between: "two of its members, Li Na and Zhou Bo, were named …")
    # (or members said to be among those honoured: "Three Party members at the school were among the teachers honoured")
    Rule("awards_individual", ("Two party members of the school were among the teachers honoured by the province",),
         after=r"^(?:communist )?(?:party )?members\b(?:[^.;\d]|\bno\. ?\d+){0,60}?\b(?:were|are) among (?:the )?(?:[a-z]+ ){0,2}?"
               r"(?:teachers|people|educators|staff)? ?(?:honou?red|commended|named|recogni[sz]ed)\b"),
    Rule("awards_individual", ("over the years 14 of its members have been named model teachers of the province",
                               "three of our members, Li Na, Zhou Bo and Wang Tao, were named model teachers",
                               "Two of us, Ms. Wu and Ms. Ye, were named excellent teachers",
                               "Comrades, nine of you were honoured at district level this year",
                               "two of the school's 40 members were named city model teachers"),
         # (the members they are of may be counted too: "two of the branch's 31 members were …"; not some of its branches or
         # teams, honours of organizations: "two of our branches were named model branches")
         after=r"^of (?:its|our|the|them|whom|these|us|you)"
               r"(?!(?: [a-z'’-]+){0,2}? (?:branches|groups|teams|committees|organi[sz]ations|departments|schools)\b)"
               r"(?: [a-z'’-]+){0,2}?(?: \d[\d,]*)? ?(?:members|teachers|comrades|"
               r"party members)?\b"
               r"(?:,(?! (?:all|both|each|most|some|none|many)\b)(?: (?:mr|mrs|ms|dr)\.?)?(?: [a-z'-]+){1,3}"
               r"(?:(?:,| and)(?: (?:mr|mrs|ms|dr)\.?)?(?: [a-z'-]+){1,3}){0,6},)?,? "
               r"(?:have been|had been|were|was) (?:also )?(?:named|commended|honou?red|selected|awarded|"
               # (or rated so, an honour, not a pass grade: "3 of them were rated "model post holders"")
               r"rated(?! (?:as )?(?:qualified|basically qualified|competent|unqualified|pass(?:ed)?)\b))\b"
               # (not named activists or the like, a step towards membership: "3 of them had been named activists")
               # (or one of them named one: "one of them has since been named an activist")
               r"(?!(?: as)?(?: an?)? (?:party )?(?:activists?|active elements?|development (?:targets?|objects?)|probationary|"
               r"candidates?))"),
    # (or other members, named maybe, who received an award or a title: "two other members of the branch, Li Na and Zhou Bo,
    # received the county's Excellent Teacher award")
    Rule("awards_individual", ("two other members of the branch, Li Na and Zhou Bo, received the county's Excellent Teacher award",
                               "3 more teachers won the city's Model Teacher title",
                               "Two of its members received the district's Model Teacher honour"),
         after=r"^(?:of (?:its|our|the|them|whom) )?(?:other |more )?(?:party )?(?:members|teachers)"
               r"(?: of (?:the|its|our) (?:school's )?(?:branch|committee|school))?"
               r"(?:,(?: (?:mr|mrs|ms|dr)\.?)?(?: [a-z'-]+){1,3}(?:(?:,| and)(?: (?:mr|mrs|ms|dr)\.?)?(?: [a-z'-]+){1,3}){0,6},)? "
               r"(?:also )?(?:received|won) (?:the |an? )?(?:[a-z'-]+ ){0,6}?(?:award|title|prize|honou?r)s?\b"),
    # (or people after organizations so honoured, the verb not said again: 'Three groups were commended as "Model Groups",
    # and 8 teachers as "Excellent Teachers"')
    Rule("awards_individual", ('Three groups were commended as "Model Groups", and 8 teachers as "Excellent Teachers"',),
         frame=r"\b(?:were|have been|had been) (?:commended|honou?red|named|recogni[sz]ed|selected) as\b[^.;]*\band\s*$",
         before=r"^\s*and\s*$", after=r"^(?:party )?(?:members|teachers|comrades|individuals)\s+as\b"),
    # (or several so described, listed before the verb: "9 model workers, 22 excellent head teachers and 5 advanced
    # individuals have been honoured")
    Rule("awards_individual", ("9 model workers, 22 excellent head teachers and 5 advanced individuals have been honoured",),
         after=r"^(?:outstanding|excellent|advanced|model) (?:[a-z-]+ )?(?:individuals|teachers|workers|educators)\b"
               r"(?:(?:,| and|, and) (?:\d[\d,]*|[a-z]+) (?:outstanding|excellent|advanced|model) (?:[a-z-]+ ){0,2}?"
               r"(?:individuals|teachers|workers|educators|members)\b)* (?:were|have been) (?:all )?"
               r"(?:commended|honou?red|awarded|recogni[sz]ed)\b"),
    Rule("awards_individual", ("5 advanced individuals were honoured", "7 excellent teachers were all commended by the city"),
         after=r"^(?:outstanding|excellent|advanced|model) (?:individuals|teachers) (?:were|have been|had been) "
               r"(?:all |also )?(?:commended|honou?red|praised|recogni[sz]ed|awarded|selected|named|rated)\b"),
    # full members with the right to vote are the full members (only they vote), as "支部有表决权的正式党员34名" is read;
    # those a meeting should have, for its quorum, are for review ("应到会有表决权的正式党员32名", "There should be 29
    # formal party members with voting rights")
    Rule(None, ("There should be 29 formal party members with voting rights, and 27 were actually present",),
         frame=r"\b(?:should|ought to|were due to|are due to)\b[^.;]{0,30}$",
         after=rf"^(?:(?:full|formal) )?(?:party )?members? {WITH_A_VOTE}",
         name="members a meeting should have"),
    # (or said after them: "31 full members with voting rights should attend the meeting, and 30 actually attended")
    Rule(None, ("31 full members with voting rights should attend the meeting, and 30 actually attended",),
         after=rf"^(?:(?:full|formal) )?(?:party )?members?(?: {WITH_A_VOTE})? (?:should|were (?:due|expected) to) "
               r"(?:attend|be present|come)\b",
         name="members a meeting should have"),
    Rule("members_full", ("the branch has 30 full party members with voting rights",
                          "of the 28 full members entitled to vote, 27 came",
                          "35 of the branch's 38 party members with voting rights attended"),
         after=rf"^(?:(?:full|formal) )?(?:party )?members? {WITH_A_VOTE}"),
    # the members who took part in a review the sentence before tells are the members reviewed: "… held its democratic
    # appraisal of party members. 33 full members and 2 probationary members took part." (or the sentence before reviewed
    # them: "In January the branch reviewed its members' work in 2023. All 30 full members took part in the review.")
    Rule("member_reviews", ("The branch held its annual democratic appraisal of members. 30 full members took part.",
                            "The branch held a democratic review of members. 19 members and 1 probationary member took part.",
                            "Last month the branch appraised its members' work. All 19 full members took part in the appraisal."),
         after=r"^(?:full |probationary )?(?:party )?members?\b[^.;]{0,40}?\b(?:took part|participated|were reviewed|"
               r"were appraised)\b",
         earlier=r"(?:\bdemocratic (?:appraisal|review|evaluation)\b|\b(?:reviewed|appraised|evaluated)\s+(?:its |their |the |"
                 r"all )?(?:party )?members\b)[^.]*\.\s*$",
         # (not all of them, out of whom a count after them took part: "Of the 30 members, 29 were appraised", "Of 24
         # members, 23 took part")
         not_before=r"\bof(?: the| its| our)?\s*$"),
    # (or those who took part out of those who should, the members named once before: "… held the democratic appraisal of its
    # members. Of the 26 members who should take part, 25 took part.")
    Rule("member_reviews", ("The branch held the democratic appraisal of its members. Of the 26 members who should take part, "
                            "25 took part.",),
         earlier=rf"(?:\b{DEMOCRATIC_REVIEW}\b|\b(?:reviewed|appraised|evaluated)\s+(?:its |their |the |all )?(?:party )?members\b)"
                 r"[^.]*\.\s*$",
         frame=r"\bof (?:the )?\d[\d,]* (?:[a-z-]+ )?(?:party )?members\b[^.;]*,\s*$",
         after=r"^(?:took part|participated|attended|were present|were reviewed|were appraised)\b"),
    # (or formal ones, as a translation says 正式党员: "31 formal party members")
    # probationary members who joined, so described, are members admitted: "including 2 probationary members who joined in
    # June" (a part of the membership counted before them, and the members the year admitted)
    Rule("members_developed", ("the branch has 40 members, including 3 probationary members who joined in May",),
         after=r"^(?:new )?probationary (?:party )?members? (?:who|that) (?:have |had )?(?:joined|were admitted|was admitted)\b"),
    Rule("members_full", ("23 full party members", "including 1 full member", "the branch has 31 formal party members"),
         after=r"^(?:full(?:[- ]fledged)?|formal) (?:party )?members?\b"),
    Rule(None, ("2 probationary members were converted to full members", "four probationary members became full members",
                "1 probationary member became a full member on schedule",
                "two probationary members are due to become full members in March",
                "3 probationary members were confirmed as full members",
                "2 probationary members were admitted to full membership",
                "Development: 3 probationary members confirmed as full members",
                "the branch confirmed 2 probationary members as full members"),
         # (or as a list's item says it, no verb of being: "3 probationary members confirmed as full members")
         after=r"^probationary (?:party )?members? (?:(?:was|were|has been|have been|had been|became|has become|have become|"
               r"(?:is|are|was|were) (?:due|expected|set|scheduled) to (?:become|be converted|turn))\b )?(?:converted|"
               r"transferred|turned|confirmed|(?:a )?full|(?:admitted|accepted|approved) (?:to|as|for) full|"
               # (or the branch did it to them, the verb before: "confirmed 2 probationary members as full members")
               r"(?<=members )(?:as|to|into) full)",
         name="members who became full members"),
    # members a branch took in, said with the verb before them
    # (or the people it took in, as what: "admitted two teachers as probationary members")
    Rule("members_developed", ("the school has developed 4 party members", "the branch recruited 3 party members",
                               "in 2022 it admitted 2 probationary members", "the party branch developed 1 party member",
                               "last year it admitted one new probationary member",
                               "the branch admitted two young teachers as probationary members",
                               "during the year it admitted 5 teachers into the party",
                               "in 2021 it admitted 12 students and 3 teachers to the party",
                               "membership rose after admitting three probationary members",
                               "the meeting voted to accept 2 young teachers, Wang Fang and Liu Qiang, as probationary members",
                               "in the spring the branch accepted two applicants as probationary members",
                               "this year we absorbed 3 outstanding young teachers into the party organization",
                               "the plan is to develop 2 probationary members",
                               "the members unanimously agreed to accept the 2 comrades as probationary party members",
                               "the branch trained 12 activists and admitted 4 of them as probationary members",
                               "next year we hope to admit 3 more members", "in May we admitted one more, a young teacher",
                               "in May the branch admitted its first three student members"),
         # (or a plan's verb: "develop 1 probationary member")
         before=r"\b(?:develop(?:ed)?|recruit(?:ed)?|admit(?:ted)?|absorb(?:ed)?|accept(?:ed)?|took in|take in|developing|recruiting|"
                r"admitting|absorbing|"
                r"accepting|taking in|(?:voted|agreed|decided|resolved) (?:unanimously )?to (?:accept|admit|absorb))"
                r"(?: the| its(?: first)?)?\s*$",
         # (or more of them: "we plan to admit 2 more members"; the noun left out: "we admitted one more, a young teacher")
         # (or its first of a kind: "admitted its first three student members")
         after=r"^(?:more |new |more new )?(?:probationary )?(?:student |teacher )?(?:party )?members?\b|^more\s*(?:[,.;]|$)|"
               # (or some of the people just counted: "ran a Party school for 14 activists and admitted 3 of them as
               # probationary members")
               r"^of (?:them|these|those) as (?:an? )?(?:new )?(?:probationary )?(?:party )?members?\b|"
               # (they may be named between: "accept 2 young teachers, Wang Fang and Liu Qiang, as probationary members")
               # (students by their grade too: "admitted three Grade 11 students as probationary members")
               # (or applicants, accepted as members: "accepted two applicants as probationary members")
               r"^(?:(?:new|young|outstanding|excellent|backbone) ){0,2}(?:(?:grade|year|senior|junior|form) \d{1,2} )?(?:teachers?|students?|"
               r"staff members?|colleagues?|comrades?|applicants?)"
               r"(?:, [a-z]+(?: [a-z]+)?(?:,? and [a-z]+(?: [a-z]+)?)?,)? (?:as (?:an? )?(?:new )?(?:probationary )?"
               r"(?:party )?members?\b|(?:in)?to the (?:communist )?party\b|"
               # (the first of two kinds of people admitted: "admitted 12 students and 3 teachers to the party")
               r"and (?:\d+|[a-z]+) (?:(?:new|young|outstanding|excellent|backbone) ){0,2}(?:teachers?|students?|staff members?) "
               r"(?:(?:in)?to the (?:communist )?party|as (?:an? )?(?:new )?(?:probationary )?(?:party )?members?)\b)"),
    # (or teachers the branch admitted, nothing said after them: "In 2022 the branch admitted one teacher, held …")
    Rule("members_developed", ("In 2022 the branch admitted two teachers, held 10 theme Party days and …",),
         frame=r"\b(?:branch|committee)\b[^.;]{0,60}?\badmitted\s*$",
         after=r"^(?:(?:new|young) )?(?:teachers?|colleagues?)\s*(?:[,.;]|$|and\b)"),
    # (and the second of two kinds admitted: "admitted six students and four teachers as probationary members")
    # (or the admission of both approved: "approved the admission of 3 students and 2 teachers to the party")
    Rule("members_developed", ("this spring the committee admitted 6 students and 2 teachers as probationary members",
                               "in May the committee admitted four students and one teacher as probationary members",
                               "the committee approved the admission of 3 students and 2 teachers to the party"),
         frame=r"\b(?:admitted|accepted|recruited|admission of) (?:\d+|[a-z]+) (?:[a-z-]+ )?(?:students|teachers|staff members) "
               r"and\s*$",
         after=r"^(?:[a-z-]+ )?(?:teachers?|students?|staff members?) (?:as (?:new |probationary )?(?:party )?members|"
               r"(?:in)?to the (?:communist )?party)\b"),
    # (or the second kind the branch or its committee admitted, said alone: "the committee admitted four teachers and one
    # student, and …")
    Rule("members_developed", ("In 2023 the committee admitted three teachers and one student, and trained 9 activists.",),
         frame=r"\b(?:branch|committee)\b[^.;]{0,60}?\badmitted (?:\d+|[a-z]+) (?:(?:new|young) )?(?:teachers|students) and\s*$",
         after=r"^(?:(?:new|young) )?(?:teachers?|students?)\s*(?:[,.;]|$)"),
    # the members the branch now has, after those it admitted, the noun left out: "It recruited one teacher and now has 19."
    Rule("members_total", ("It recruited one young teacher in May and now has 19.",),
         before=r"\b(?:it|the (?:party )?(?:branch|committee)|we)\b (?:has |have )?(?:admitted|recruited|welcomed)\b[^.;]{0,40}?"
                r"\band (?:now )?(?:has|have)\s*$",
         after=r"^(?:(?:party )?members)?\s*(?:[.;,]|$)"),
    # some of the people counted before who joined: "36 young teachers have been mentored, 9 of them have joined the Party"
    Rule("members_developed", ("so far 40 teachers have been mentored, and 7 of them have joined the party",
                               "Six of the mentored teachers have since become party members",
                               "9 of the young teachers who came to the school in the past four years had joined the party"),
         # (a clause may say which of them: "of the young teachers who joined the school in the past five years")
         after=r"^of (?:them|whom|these|those|the (?:[a-z-]+ ){0,2}?(?:teachers|students|people|staff|colleagues)"
               r"(?: (?:who|that) [^.;,]{1,60}?)?)\b,? "
               r"(?:have |has |had )?(?:(?:since |also |now )?(?:joined the (?:communist )?party|"
               r"become (?:probationary |party )?members|been admitted (?:to|into) the (?:communist )?party))\b"),
    # (or, after some of them who applied, some who have been admitted, no more said: "Of the 41 new teachers, 17 have applied
    # to join the Party and 6 have been admitted")
    Rule("members_developed", ("Of the 30 young teachers, 12 have applied to join the Party and 5 have been admitted.",),
         before=r"\bappl(?:ied|y) (?:to join the (?:communist )?party|for (?:party )?membership),? and\s*$",
         after=r"^(?:have |had |has )?(?:since |now |already )?been (?:admitted|accepted)\b(?!\s+(?:to|into) (?!the (?:communist )?party))"),
    # (or, right after the membership is told, some of its members who joined, no more said: "We have 40 members. Seven of
    # them joined in the last four years.")
    # (not of one of the school's branches, named by its kind: "its student branch has 19 members, 7 of them admitted …")
    Rule("members_developed", ("The branch has 52 members, and 6 of them joined this year.",
                               "The branch ended 2023 with 18 members, three of them admitted in the year."),
         frame=rf"^(?![^.;]*\b(?:student|retired|retirees['’]?|first|second|third|fourth|fifth) (?:party )?branch\b)"
               rf"[^.;]*{_A_MEMBERSHIP_TOLD}[^.;]{{0,20}}$", after=_OF_THEM_JOINED),
    # (a list of figures after a colon, the members first: "lists these figures for 2022: 41 members, 4 of them new; …")
    Rule("members_total", ("The branch reports these figures for 2023: 30 members, 2 of them new; 5 activists.",),
         before=r"\b(?:figures|numbers|statistics|in brief|at a glance)\b[^.;:]{0,30}:\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    Rule("members_developed", ("The branch reports these figures for 2023: 30 members, 2 of them new; 5 activists.",),
         frame=r"\b\d[\d,]* (?:communist )?(?:party )?members,\s*$", after=r"^of (?:them|whom) (?:are |were )?new\b"),
    # (or the membership a field: "Members: 64. Of these, 5 joined in 2023.")
    Rule("members_developed", ("We have 40 members. Seven of them joined in the last four years.",
                               "The branch has 26 members now. Four joined in the past three years.",
                               "The committee now has 12 student members. Seven of them joined in the past year.",
                               "Members: 64. Of these, 5 joined in 2023."),
         earlier=rf"(?:{_A_MEMBERSHIP_TOLD}[^.;]{{0,30}}|\bmembers\s*:\s*[\d,]+)[.;]?\s*$", after=_OF_THEM_JOINED),
    # (and the second: "admitted 12 students and 3 teachers to the party")
    Rule("members_developed", ("in 2021 it admitted 12 students and 3 teachers to the party",
                               "it absorbed 4 young teachers and 2 outstanding students into the party organization"),
         frame=r"\b(?:admitted|recruited|developed|absorbed|accepted)\s+\d[\d,]*\s+(?:[a-z-]+ ){0,2}(?:students?|teachers?|"
               r"staff members?)\s+and\s*$",
         after=r"^(?:[a-z-]+ ){0,2}(?:teachers?|students?|staff members?) (?:in)?to the (?:communist )?party\b"),
    # probationary members taken in are members admitted: "2 probationary party members were absorbed"
    Rule("members_developed", ("at the meeting, 2 probationary party members were absorbed",
                               "Development: 4 activists identified; 2 probationary members admitted"),
         after=r"^probationary (?:party )?members? (?:(?:was|were|has been|have been|had been) )?(?:absorbed|admitted|accepted|"
               r"recruited|developed)\b(?! (?:to|into|as) (?:full|formal|regular))"),
    # activists taken in, as a translation says it (吸收…为积极分子): "2 activists were absorbed" (not into the party)
    Rule("activists", ("this year, 3 activists were absorbed",),
         after=r"^activists (?:were|have been|was) absorbed\b(?! (?:into|to|as)\b)"),
    # (but those a membership counted first is said to include are its probationary part: "The branch has 19 members,
    # including the 2 new probationary members")
    Rule("members_probationary", ("The branch has 19 members, including the 2 new probationary members.",),
         frame=r"\b(?:\d[\d,]*|[a-z]+) (?:party )?members,? (?:including|of whom|among them)(?: the| its| our)?\s*$",
         after=r"^(?:new|newly (?:admitted|recruited|developed|accepted)) probationary (?:party )?members?\b"),
    # the kinds of a membership in brackets after it, each before its count: "Party members: 22 (full 20, probationary 2)"
    # (the kinds may be named as members: "(full members 39, probationary members 2)")
    Rule("members_full", ("Party members: 30 (full 28, probationary 2)", "the branch has 33 members (full members 31, "
                                                                        "probationary members 2)"),
         frame=_KINDS_IN_BRACKETS, before=r"(?:^|\(|,)\s*full(?: party)?(?: members)?\s*$"),
    Rule("members_probationary", ("Party members: 30 (full 28, probationary 2)", "the branch has 33 members (full members 31, "
                                                                                "probationary members 2)"),
         frame=_KINDS_IN_BRACKETS, before=r"(?:^|\(|,)\s*probationary(?: party)?(?: members)?\s*$"),
    # (or each kind after its count, the second with its noun left out: "33 at the end of the year (30 full members, 3
    # probationary)")
    Rule("members_probationary", ("Membership: 25 (23 full members, 2 probationary).",),
         frame=r"\(\s*\d[\d,]* full (?:party )?members,\s*$", after=r"^probationary\s*\)"),
    # (or a field of its own, labelled by the kind alone, after the members' field on its line: "Members: 31 | Probationary: 2")
    Rule("members_probationary", ("Members: 31 | Probationary: 2 | Activists: 5",),
         frame=r"\bmembers\s*:\s*\d[\d,]*\s*[|｜;,]\s*probationary\s*:\s*$", after=r"^probationary\b"),
    # (with no colons too, the label before its count: "Members 42 | Probationary 3")
    Rule("members_probationary", ("Members 40 | Probationary 2 | Activists 6",),
         frame=r"\bmembers\s*\d[\d,]*\s*[|｜;,]\s*probationary\s*$", before=r"^\s*probationary\s*$"),
    # (and on such lines of fields, a party branch's figures named short: "Theme days 12 | Lectures 4")
    *(Rule(indicator, ("Members 30 | Activists 4\nTheme days 12 | Lectures 4",),
           frame=r"(?:^|[|｜]\s*)" + label + r"\s*$", earlier=r"\b(?:members|activists)\s*\d[\d,]*\s*[|｜]",
           before=r"^\s*" + label + r"\s*$")
      for indicator, label in (("theme_party_days", "theme days"), ("party_lectures", "lectures"))),
    # (or set between commas after it, each kind after its count: "The branch has 33 members, 31 full and 2 probationary")
    Rule("members_full", ("The branch has 33 members, 31 full and 2 probationary, in 3 groups.",),
         frame=r"\b\d[\d,]* (?:party )?members,\s*$", after=r"^full(?: members)? and \d[\d,]* probationary\b"),
    Rule("members_probationary", ("The branch has 33 members, 31 full and 2 probationary, in 3 groups.",),
         frame=r"\b\d[\d,]* (?:party )?members, \d[\d,]* full(?: members)? and\s*$", after=r"^probationary\b"),
    # new probationary members, however they are said, are members admitted: "there were 3 new probationary members"
    # (or the newest: "a ceremony for its 3 newest probationary members")
    Rule("members_developed", ("there were 3 new probationary members this year", "it welcomed 2 new probationary members",
                               "3 newly admitted probationary party members took the oath",
                               "the branch held an admission ceremony for its 4 newest probationary members"),
         after=r"^(?:new|newest|newly (?:admitted|recruited|developed|accepted)) probationary (?:party )?members?\b"),
    # (or described as admitted in the year, at a ceremony: "the three teachers who were admitted this spring were sworn in")
    Rule("members_developed", ("At the ceremony, three teachers who were admitted this spring were sworn in.",),
         after=r"^(?:[a-z-]+ )?(?:teachers|students|staff members|colleagues|people) who (?:were|have been|had been) admitted "
               r"(?:to the party |as (?:probationary )?members )?(?:this (?:year|term|spring|summer|autumn)|in (?:19|20)\d{2})\b"),
    # (or welcomed, or sworn in: "welcomed 2 probationary members, who took their oath on December 16")
    # (or said to have joined in a year: "5 probationary members who joined in 2022 took the oath")
    # (their school may be named: "three probationary members of Elm School took the oath")
    Rule("members_developed", ("3 probationary members took the oath", "2 probationary members, who took their oath in June",
                               "5 probationary members who joined in 2022 were sworn in",
                               "then the 3 probationary members who joined the party this year took the oath",
                               "at the meeting four probationary members of Elm Middle School took the oath"),
         after=r"^probationary (?:party )?members?\b(?: of (?:[a-z.'’-]+ ){1,5}?(?:school|kindergarten|college|academy))?,? "
               r"(?:(?:who )?(?:took|have taken|had taken) (?:the|their) "
               r"(?:admission |membership )?oath\b|who (?:had )?(?:joined|were admitted|were accepted)(?: the party)? "
               r"(?:(?:in|during) (?:19|20)\d{2}|this year|last year|in the year)\b)"),
    # (those renewing it are some of those present, no count of the branch's: "4 probationary members renewed their oath")
    # (or their pledge, or with the full members before them: "30 members and 2 probationary members renewed their pledge")
    Rule(None, ("at the ceremony, 4 probationary members renewed their oath", "two probationary members reaffirmed the oath",
                "30 members and 2 probationary members renewed their pledge"),
         after=r"^(?:(?:party )?members (?:and|plus) (?:\d+|[a-z]+(?:-[a-z]+)?) )?probationary (?:party )?members?\b[^.;]{0,30}?"
               r"\b(?:renewed|reviewed|re-?took|reaffirmed) (?:the|their) (?:admission |membership )?(?:oaths?|pledges?|vows?)\b"),
    # (or to be welcomed: "we are glad to welcome 3 probationary members")
    Rule("members_developed", ("the branch welcomed 2 probationary members", "we are glad to welcome 3 probationary members"),
         before=r"\bwelcom(?:e|ed|es|ing)\s*$", after=r"^probationary (?:party )?members?\b"),
    # (or said to be such: "among whom 9 are retired and 3 are probationary members")
    Rule("members_probationary", ("the branch has 40 members, of whom 2 are probationary members",),
         after=r"^(?:are|were) (?:still )?probationary (?:party )?members?\b"),
    # the people or things named before their count, in a translation's Chinese order, what was done to them said between,
    # in a list of items: "applications for party membership received 6, activists determined 3, new party members
    # developed 1", "home visits 150 households"
    Rule("applicants", ("Development: applications for party membership received 5, activists determined 2",),
         before=r"\bapplications? (?:for (?:party )?membership|to join the party)(?: (?:received|submitted))?\s*$",
         after=ITEM_ENDS),
    Rule("activists", ("Development: applications received 5, activists determined 2",),
         before=r"\b(?:party )?activists (?:determined|identified|selected|confirmed|designated|trained)\s*$", after=ITEM_ENDS),
    Rule("members_developed", ("activists determined 2, new party members developed 1.",),
         before=r"\bnew (?:party )?members (?:developed|admitted|recruited|absorbed)\s*$", after=ITEM_ENDS),
    # (a list's field, the families visited or the volunteers of a team named before the colon: "- Families of children
    # with disabilities visited: 9", '- Teachers on the "Caring Mothers" volunteer team: 15')
    # (or by whom: "Families visited by member teachers: 96")
    Rule("home_visits", ("- Families of children with disabilities visited: 7", "Households visited by member teachers: 80",
                         "Families of pupils visited at home: 64"),
         before=r"^\W*(?:families|homes|households)(?: of [a-z '-]{1,40}?)? visited(?: at home)?(?: by [a-z '-]{1,30}?)?\s*:\s*$"),
    Rule("volunteer_participants", ('- Teachers on the "Sunshine" volunteer team: 12',),
         before=r"^\W*(?:teachers|members|party members|volunteers) (?:on|in|of) (?:the |our |its )?[^:]{0,40}?"
                r"volunteer (?:service )?(?:team|group|squad)\s*:\s*$"),
    # (or the verb first, as 走访家庭120户 is translated: "visited families 95 households")
    Rule("home_visits", ("Serving: volunteer activities 10 times, home visits 120 households",
                         "party member teachers visited families 95 households"),
         before=r"\b(?:home visits|visited (?:the )?(?:students['’] |pupils['’] )?(?:families|homes))\s*$",
         after=r"^(?:households|families|homes|times|person-times)\b"),
    Rule("students_assisted", ("Serving: home visits 120 households, students in difficulty helped 30 people",),
         before=rf"\b{STUDENTS}(?: in (?:difficulty|need)| with (?:learning )?difficulties)? (?:helped|assisted|aided|supported|"
                r"tutored)\s*$", after=ITEM_ENDS),
    # (or the people named before their count of people: "党员28人", "our branch has party members 28 people, among them
    # probationary party members 2 people")
    # (one of them in the singular, as a translation keeps it: "among them the probationary party member 1 people")
    Rule("members_probationary", ("among them probationary party members 2 people",
                                  "among them the probationary party member 1 people"),
         before=r"\bprobationary (?:party )?members?\s*$", after=NOUN_FIRST_PEOPLE),
    Rule("members_full", ("among them full party members 26 people", "among them formal party members 26 people"),
         before=r"\b(?:full|formal) (?:party )?members?\s*$", after=NOUN_FIRST_PEOPLE),
    Rule("activists", ("the branch has activists 4 people", "determine the active elements 2 people"),
         before=r"\b(?:party )?(?:activists?|active elements?)\s*$", after=NOUN_FIRST_PEOPLE),
    # (or the members a branch had, "existing": "现有党员33人")
    Rule("members_total", ("our branch has party members 28 people", "our branch existing party members 33 people",
                           "the branch has the party members totally 26 names",
                           "all the party members of the school total 31 people listened to the lesson"),
         before=r"\b(?:has|have|had|with|there (?:are|were)|now|total|existing|currently|at present|all)\s+(?:the\s+)?"
                r"(?:communist )?party members(?: of (?:the|our) (?:school|branch|kindergarten))?"
                r"(?:\s+(?:totally|total|in total|altogether))?\s*$|^(?:communist )?party members\s*$",
         after=NOUN_FIRST_PEOPLE),
    # (and the members admitted, as "发展党员1人" says it: "develop the party member 1 people", "absorbed the new party
    # member 2 people")
    Rule("members_developed", ("develop the party member 1 people", "this year developed new party members 2 people",
                               "absorbed the new party member 2 people"),
         before=r"\b(?:develop(?:ed|s)?|absorb(?:ed|s)?|recruit(?:ed|s)?|admit(?:ted|s)?)\s+(?:the\s+)?(?:new\s+)?"
                r"(?:party\s+)?members?\s*$", after=NOUN_FIRST_PEOPLE),
    # (the lessons given, counted in sections as "示范课23节": "open the demonstration class 23 sections")
    Rule("demo_lessons", ("party member teachers took the lead to open the demonstration class 23 sections",
                          "opened demonstration lessons 21 sections"),
         before=r"\b(?:demonstration|open|model|public) (?:class(?:es)?|lessons?)\s*$",
         after=r"^(?:sections|lessons|periods|classes)\b"),
    Rule("micro_lessons", ("recorded micro lessons 21 sections",),
         before=r"\bmicro[- ]?(?:lessons?|class(?:es)?|courses?|videos?)\s*$", after=r"^(?:sections|lessons|pieces|periods)\b"),
    # (and the research topics, 课题, counted in items: "undertake the city-level topics 3 items")
    Rule("research_projects", ("the party member teachers undertake the city-level topics 3 items",
                               "undertake the city-level topics 3 items, the district-level topics 5 items"),
         frame=r"\b(?:research|topics?|projects?)\b",
         before=r"\b(?:[a-z]+-level |provincial |municipal |national |district |city |county )?(?:research )?"
                r"(?:topics|projects|subjects)\s*$", after=r"^items\b"),
    # (the pupils helped, said before their count of people: "counsel the students with learning difficulties 60 people")
    Rule("students_assisted", ("to counsel the students with learning difficulties 60 more people",),
         before=rf"\b(?:{HELPED}|counsel(?:l?ed)?|coach(?:ed)?) (?:the )?(?:[a-z-]+ ){{0,2}}?{STUDENTS}"
                r"(?: (?:with|in|from) [a-z ]{3,30}?)?\s*$",
         after=r"^(?:more )?(?:people|persons|person-times)\b"),
    # (the comrades named, then counted, taken in as members: "agreed to absorb comrade Zhang Min, comrade Li Hua 2
    # comrades to be the probationary party members")
    Rule("members_developed", ("agreed to absorb comrade Zhang Min, comrade Li Hua 2 comrades to be the probationary party "
                               "members",),
         frame=r"\b(?:absorb|accept|admit|develop|receive)\b[^.;]{0,80}$",
         after=r"^comrades? (?:to be(?:come)?|as) (?:the )?(?:new )?(?:probationary )?(?:party )?members\b"),
    # (or greetings or gifts sent or taken to its retired members or staff, counted: "took mooncakes to all of its 15 retired
    # teachers")
    Rule("staff_visited", ("before the festival the branch sent good wishes and mooncakes to all its 9 retired members",),
         before=r"\b(?:sent|took|brought|gave)\b[^.;]{0,40}?\b(?:greetings|gifts?|presents?|hampers?|mooncakes|good wishes)\b"
                r"[^.;]{0,20}?\bto (?:each of |all (?:of )?)?(?:its|our|the (?:school|branch|committee|kindergarten)['’]s|the)\s*$",
         after=rf"^{_THE_RETIRED}"),
    # (or sent warmth to: "the branch send the warmth to the retired teachers 20 person-times")
    Rule("staff_visited", ("the branch send the warmth to the retired teachers 20 person-times",),
         before=rf"\b(?:sen[dt]s?|gave|give|offered|extended) (?:the )?(?:warmth|greetings|condolences) to (?:the )?"
                rf"(?:retired |sick |elderly |old )?{STAFF}\s*$", after=NOUN_FIRST_PEOPLE),
    # (the old or needy members, or staff, visited: "visited and condoled the old party members, the difficult party
    # members of the school 7 people")
    Rule("staff_visited", ("visited and condoled the old party members, the difficult party members of the school 7 people",
                           "visited the retired teachers and the teachers of serious illness total 17 people"),
         frame=r"\b(?:visit(?:ed|s)?|condoled?|consoled?|called on)\b[^.;]{0,80}?\b(?:party members|teachers|staff|retirees|"
               r"retired (?:teachers|staff))(?: of (?:the|our) school| of [a-z ]{3,20}?)?(?: (?:in )?total| altogether)?\s*$",
         after=NOUN_FIRST_PEOPLE),
    # (the members an appraisal rated excellent: "finally appraised excellent party members 6 people"; those rated
    # qualified are no honour)
    Rule("awards_individual", ("finally appraised excellent party members 6 people",),
         before=r"\b(?:appraised|rated|evaluated|assessed|selected)(?: as)?(?: the)? (?:excellent|outstanding) (?:party )?members\s*$",
         after=NOUN_FIRST_PEOPLE),
    # (or voted so by the others: "the members voted to rate 5 of their comrades as excellent")
    Rule("awards_individual", ("at the appraisal the members voted to rate 5 of their comrades as excellent",),
         before=r"\b(?:rate|rated|rating|appraise|appraised)\s*$",
         after=r"^of (?:their|its|the|our) (?:comrades|members|fellow members) as (?:excellent|outstanding)\b"),
    Rule(None, ("the appraisal found qualified party members 22 people",),
         before=r"\b(?:basically )?(?:qualified|competent|unqualified) (?:party )?members\s*$", after=NOUN_FIRST_PEOPLE,
         name="an appraisal grade"),
    # (the volunteers, as "参与人次" says them, and those served, as "服务群众1500人次": "the participate person-time 230,
    # service the masses 1500 person-times")
    Rule("volunteer_participants", ("carry out the volunteer service 16 times, the participate person-time 230",),
         frame=r"\bvolunt", before=r"\bparticipat(?:e|ed|ing|ion|ions)? (?:person-times?|people|persons|number)\s*$"),
    # (or the volunteers' person-times said as times of taking part, which say what they count however far the volunteering
    # is named before: "ran 12 volunteer days, among them …, with 300 participant-times in all")
    Rule("volunteer_participants", ("The branch ran 12 volunteer days in the villages near the town, among them tree planting, "
                                    "road safety duty at the crossing and visits to two care homes, with 300 participant-times "
                                    "in all.",
                                    "Its volunteer service totalled 90 volunteer-times this year."),
         frame=r"\bvolunt", after=r"^(?:participant|participation|volunteer)[- ]times?\b"),
    Rule("volunteer_beneficiaries", ("volunteer service 16 times, service the masses 1500 person-times",),
         frame=r"\bvolunt", before=r"\bserv(?:e|ed|es|ice|ing) (?:the )?(?:masses|residents|people|villagers|elderly|"
                                    r"community|public)\s*$", after=r"^(?:person-times|people|persons)\b"),
    # (applications, counted as copies: "收到入党申请书3份")
    Rule("applicants", ("receive the application for joining the party 3 copies",),
         before=r"\bapplications? (?:for (?:joining|to join) the (?:communist )?party|for (?:party )?membership)\s*$",
         after=r"^(?:copies|pieces|people)\b"),
    Rule("students_assisted", ("party members helped poor students 50 people",),
         before=rf"\b{HELPED} (?:[a-z-]+ ){{0,2}}?{STUDENTS}\s*$", after=NOUN_FIRST_PEOPLE),
    Rule("volunteer_participants", ("the volunteers of our branch are 30 people",),
         before=r"\bvolunteers\b[^.;]{0,30}?\b(?:are|were|is|was|reached|totall?ed|number(?:ed)?)\s*$", after=NOUN_FIRST_PEOPLE),
    # the probationary members a branch is said to add or welcome, as a title may put it: "Pine branch welcomes three
    # probationary members"
    Rule("members_developed", ("Pine branch gains three probationary members", "the branch welcomed four new probationary members"),
         before=r"\b(?:branch|committee|we|it)\b (?:adds|added|has added|welcomes|welcomed|has welcomed|gains|gained)\s*$",
         after=r"^(?:new )?probationary (?:party )?members\b"),
    # (not those who took the oath of admission, which only new members take: members admitted, below)
    Rule("members_probationary", ("3 probationary party members", "17 members (including 1 probationary member)"),
         after=r"^probationary (?:party )?members?\b",
         not_after=r"^[^.;]{0,80}?\btook (?:the|their) (?:admission |membership )?oath\b"),
    # (or "probationary" alone, the members said once for both kinds: "of whom 30 were full members and 2 probationary")
    Rule("members_probationary", ("of whom 30 were full members and 2 probationary", "44 members: 41 full members and 3 probationary"),
         frame=r"\bfull (?:party )?members,? (?:and|with|plus)\s*$", after=r"^probationary\b(?! (?:party )?members?\b)"),
    # (or with the noun left out, in brackets after the total: "Party members: 58 (including 4 probationary)")
    Rule("members_probationary", ("Party members: 58 (including 4 probationary)",),
         # (the label may say when: "Members at the end of term: 64 (including 3 probationary)")
         before=r"\bmembers?\b[^.;()]{0,24}\(\s*(?:including|incl\.?|of (?:whom|them))\s*$", after=r"^probationary\s*(?:ones?\s*)?\)"),
    # (or after a comma, in a field's line: "Members: 58, including 4 probationary")
    Rule("members_probationary", ("Members: 58, including 4 probationary",),
         frame=r"\bmembers\b[^.;:\n]{0,24}:\s*\d[\d,]*\s*,\s*(?:including|incl\.?|of (?:whom|them))\s*$",
         after=r"^probationary(?:\s+(?:party\s+)?members?)?\s*(?:[;.\n]|$)"),
    # the kinds of members a total is made of, in brackets after it: "118 members (110 full and 8 probationary)"
    # (or a field's: "Members: 14 (12 full, 2 probationary)")
    Rule("members_full", ("the branch has 118 members (110 full and 8 probationary)", "Members: 14 (12 full, 2 probationary)"),
         frame=r"\bmembers(?:\s*:\s*\d[\d,]*)?\s*\(\s*$", after=r"^full\b"),
    # (or "one a probationary member")
    Rule("members_probationary", ("the branch has 118 members (110 full and 8 probationary)",
                                  "Members: 14 (12 full, 2 probationary)", "our seven members (one a probationary member)"),
         frame=r"\bmembers(?:\s*:\s*\d[\d,]*)?\s*\([^()]{0,30}$", after=r"^(?:an? )?probationary\b"),
    Rule("members_probationary", ("it has 30 members, 4 of whom are probationary members", "3 of them are probationary",
                                  "the branch has 9 members, 2 of them probationary",
                                  "the branch has grown to 31 members, and 4 of the new members are probationary"),
         after=r"^of (?:whom|them|these|those|the (?:newcomers|new members|new ones)),? (?:(?:are|were|is|was) )?(?:still )?"
               r"probationary\b"),
    # (or of the members just counted, how many are of each kind: "Of the 39, 36 are full members and 3 are probationary")
    Rule("members_full", ("We ended the year with 30 members. Of the 30, 28 are full members and 2 are probationary.",),
         frame=r"^\W*of (?:the|our|its|these) \d[\d,]*(?: (?:party )?members)?,",
         after=r"^(?:are|were) full(?:[- ]fledged)? (?:party )?members\b"),
    Rule("members_probationary", ("We ended the year with 30 members. Of the 30, 28 are full members and 2 are probationary.",),
         frame=r"^\W*of (?:the|our|its|these) \d[\d,]*(?: (?:party )?members)?,",
         after=r"^(?:are|were) (?:still )?probationary\b"),
    # (or how many of them took part in volunteer work: "Of its 40 members, 35 took part in volunteer service")
    Rule("volunteer_participants", ("Of its 40 members, 35 took part in volunteer service this year.",
                                    "Of our 22 members, 20 have volunteered at the library."),
         frame=r"^\W*of (?:the|our|its|these) \d[\d,]*(?: (?:party )?members)?,",
         after=rf"^(?:have |had )?(?:took part|taken part|participated|joined) in (?:[a-z-]+ ){{0,2}}?{VOLUNTEERING}|"
               r"^(?:have |had )?volunteered\b"),
    # (members admitted, said after the membership they brought it to: "ended 2024 with 39 members, having admitted 3")
    Rule("members_developed", ("The branch ended the year with 26 members, having admitted 2 and lost 1.",),
         frame=r"\bmembers\b[^.;]{0,30}?,\s*(?:having|after) (?:admitted|recruited|welcomed)\s*$",
         after=r"^(?:new (?:party )?members?\b|(?:and\b|[.;,]|$))"),
    Rule("members_full", ("it has 30 members, 27 of whom are full members", "the branch has 9 members, 8 of them full members"),
         after=r"^of (?:whom|them),? (?:(?:are|were|is|was) )?full(?:[- ]fledged)? (?:party )?members?\b"),
    # members among the whole staff are the school's members ("其中党员45人" after the staff count)
    Rule("members_total", ("the school has 96 teachers, 31 of whom are party members",
                           "the school has only 14 teachers, five of them party members",
                           "the school has 900 pupils and 60 teachers, 21 of whom are party members",
                           "the school has 80 teachers; 30 of them are party members"),
         # (the staff the school has, not some it sent: "sent 16 teachers, 11 of them party members, to …"; nor the
         # teachers a team has: "the volunteer team of Elm School has 60 teachers, 34 of them party members")
         frame=r"^(?:(?!\b(?:team|group|corps|club|association)\b)[^.;])*?"
               r"\b(?:has|have|had|there (?:are|were)|employs|with)\s+(?:[^.;]{0,40}?\band\s+)?"
               r"(?:a total of\s+|about\s+|over\s+|more than\s+|only\s+)?"
               r"\d[\d,]* (?:teachers|staff|staff members|faculty members|faculty and staff|employees)\b(?:[^.;]{0,20}|;\s*)$",
         after=r"^of (?:whom|them) (?:(?:are|were) )?(?:communist )?party members\b"),
    # (or among the whole staff: "Among the teachers, 48 are party members")
    Rule("members_total", ("The school has 132 teachers. Among the teachers, 48 are party members.",
                           "among its staff, 23 are communist party members"),
         frame=r"\bamong (?:the |all |our |its )?(?:the )?(?:teachers|staff|faculty|teaching staff|staff members|"
               r"teachers and staff)(?: of the school)?,?\s*$",
         after=r"^(?:are|were) (?:communist )?party members\b"),
    # (or some of the school's staff counted before them, said to be members: "Thirty of our 75 teachers are party members",
    # "12 of the school's teachers are members"; not of another body: "… are members of the union")
    Rule("members_total", ("Thirty of our 75 teachers are party members.", "12 of the school's teachers are members"),
         after=r"^of (?:our|its|the school['’]s|the|their) (?:\d[\d,]* )?(?:teachers|staff|staff members|faculty members|"
               r"employees|teaching staff) (?:are|were) (?:now )?(?:communist )?(?:party )?members\b"
               r"(?! of (?!the (?:communist )?party\b))"),
    # (and those said to be more, probationary: "…, and three more are probationary members")
    Rule("members_probationary", ("Thirty of our teachers are members, and three more are probationary members.",),
         after=r"^more (?:are|were) (?:now )?probationary (?:party )?members?\b"),
    # (or of the staff spoken to or for: "126 of you have taught here, and 40 of you are members of the Communist Party")
    Rule("members_total", ("Dear colleagues, 40 of you are members of the Communist Party.", "58 of us are party members"),
         after=r"^of (?:you|us) (?:are|were) (?:(?:communist )?party members|members of the (?:communist )?party)\b"),
    # (or the members of the speaker's branch, as "us": "Our branch is small, 19 of us, but …")
    Rule("members_total", ("Our branch is small, 19 of us, but it is busy", "our branch, 24 of us in all, met on Friday"),
         frame=r"\bour (?:party )?branch\b[^.;]{0,20}?,\s*$", after=r"^of us\b"),
    # (a report's field of the membership, its total at the year's end and the probationary among them: "Membership: 1 new
    # member admitted; total 47 at year end, including 1 probationary")
    Rule("members_total", ("Membership: 2 new members admitted; total 40 at year end, including 2 probationary",),
         frame=r"\bmembership\s*:[^.]*\btotal\s*$", after=r"^(?:members? )?at (?:the )?(?:year end|end of (?:the )?year)\b"),
    # (or in brackets after a field's word on it: "Membership: no change (24 members, incl. 1 probationary)")
    Rule("members_total", ("Membership: no change this term (31 members, including 2 probationary).",),
         frame=r"\bmembership\b[^.;()]{0,40}\(\s*$", after=r"^(?:party )?members\b"),
    Rule("members_probationary", ("Membership: 2 new members admitted; total 40 at year end, including 2 probationary",
                                  "the branch has 19 members, incl. 1 probationary"),
         frame=r"\b(?:membership|members)\b[^.]*,\s*(?:including|incl\.)\s*$",
         after=r"^probationary\s*(?:members?)?\s*(?:[.;,)]|$)"),
    # "of whom 21 are full members and 3 are probationary": each part of the list, said after its number
    # (or "of which")
    Rule("members_probationary", ("it has 30 members, of whom 4 are probationary",
                                  "24 members, of whom 20 are full members and 4 are probationary members",
                                  "the branch has 26 party members, of which 2 are probationary members"),
         before=r"\bof (?:whom|them|which)\b[^.;]{0,40}?$", after=r"^(?:are|were|is|was) (?:still )?probationary\b"),
    Rule("members_full", ("it has 30 members, of whom 26 are full members", "it has 33 members, among them 31 are full members",
                          "24 members, of whom 4 are probationary and 20 are full members",
                          "the branch has 29 party members, of which 28 are full members"),
         before=r"\b(?:of (?:whom|them|which)|among (?:them|whom))\b[^.;]{0,40}?$",
         after=r"^(?:are|were|is|was) full(?:[- ]fledged)? (?:party )?members?\b"),
    # activists for the Youth League are no party activists: "56 students were identified as activists for joining the
    # Communist Youth League"
    Rule(None, ("56 students were identified as activists for joining the Communist Youth League",
                "the school has 120 Youth League activists"),
         after=r"^[^.;]{0,50}?\bactivists? (?:for|of) (?:joining |membership (?:of|in) )?(?:the )?(?:communist )?youth league\b|"
               r"^(?:communist )?(?:youth )?league activists\b", name="the Youth League's"),
    # one activist, listed after the members: "the branch has 12 members and 1 activist" (not "an activist", one person
    # described, which the singular alone would give)
    # some of the applicants named activists: "named three of its eight applicants as activists"
    Rule("activists", ("the branch named three of its eight applicants as membership activists",),
         before=r"\b(?:named|designated|chose|selected|identified)\s*$",
         after=r"^of (?:its|the|our|their) (?:(?:\d+|[a-z]+) )?applicants as (?:membership |party )?activists\b"),
    # activists the branch admitted, their names maybe set off after them, are members admitted: "voted to admit two
    # activists, Ms Li and Mr Wu, as probationary members"
    # (or teachers or students: "voted to admit two young teachers, Ms Li and Mr Wu, as probationary members")
    Rule("members_developed", ("the branch voted to admit three activists, Ms Li Na, Mr Wu Bo and Ms Chen Yu, as probationary members",
                               "the meeting accepted 2 activists into the Party",
                               "the branch voted to admit two young teachers, Mr Sun and Ms Ma, as probationary members"),
         before=r"\b(?:admit(?:s|ted|ting)?|accept(?:s|ed|ing)?|receiv(?:e|es|ed|ing))\s*$",
         after=r"^(?:party |membership )?(?:activists?|(?:[a-z-]+ )?(?:teachers?|students?|colleagues?))(?:,[^.;]{1,60},)? "
               r"(?:as (?:new |probationary )?(?:party )?members?|"
               r"(?:in)?to the (?:communist )?party)\b"),
    Rule("activists", ("the branch currently has 12 members and 1 activist",
                       "the branch is small: nine members, two of them retired, and one activist"),
         frame=r"\b(?:\d[\d,]*|[a-z]+) (?:communist )?(?:party )?members\b(?:, [^.;]{1,30},)? and\s*$",
         after=r"^(?:party )?activist\b"),
    # (all the members and activists of the school, whatever they then did: "All 31 party members and 6 activists of the
    # school attended")
    Rule("activists", ("All 31 party members and 6 activists of the school attended",),
         frame=r"\ball (?:the )?\d[\d,]* (?:communist )?(?:party )?members and\s*$", after=r"^(?:party )?activists\b"),
    # (or said as its own, after all its members, whatever they then did: "its 20 members and five activists cleared
    # the beach")
    Rule("activists", ("At the river its 20 members and six activists picked up litter.",),
         frame=r"\b(?:its|our|their|the (?:school|branch|committee)['’]s) \d[\d,]* (?:party )?members and\s*$",
         after=r"^(?:[a-z-]+ )?activists\b"),
    # (activists made development targets are counted as such, which no indicator is: for review)
    # (activists who volunteered are volunteers: "8 activists of the school donated blood")
    # (activists listed after members, with what they all did, are those who went: "26 party members and 8 activists
    # visited the memorial hall")
    # (or those taken to do something: "organized 30 party members and 12 activists to clean the park")
    # (but "the" members and activists of a school's branch are all of them, whatever they then did: "the 17 members and 2
    # activists of Oak School's branch gathered for a lecture")
    Rule("members_total", ("Last Friday the 17 members and 2 activists of Oak School's branch gathered for a lecture",),
         before=r"\bthe\s*$",
         after=r"^(?:party )?members and (?:\d[\d,]*|[a-z]+) (?:party |membership )?activists of [^.;,]{1,50}?['’]s "
               r"(?:party )?(?:branch|committee)\b"),
    Rule("activists", ("Last Friday the 17 members and 2 activists of Oak School's branch gathered for a lecture",),
         frame=r"\bthe \d[\d,]* (?:party )?members and\s*$",
         after=r"^(?:party |membership )?activists of [^.;,]{1,50}?['’]s (?:party )?(?:branch|committee)\b"),
    Rule(None, ("26 party members and 8 activists from the school visited the memorial hall",
                "18 members and 4 activists planted trees in the school grounds",
                "the branch took 20 party members and 6 activists to visit the museum"),
         # (not what an organization has, whatever they then did: "The branch has 21 members and 4 activists, all of whom
         # attended")
         # (nor its own, said as its: "The school's 64 Party members and 9 activists attended")
         frame=r"(?<!\bhas )(?<!\bhad )(?<!\bhave )(?<!'s )(?<!’s )(?<!\bits )(?<!\bour )(?<!\btheir )"
               r"\b\d[\d,]* (?:communist )?(?:party )?members and\s*$",
         after=r"^(?:party )?activists\b[^.;]{0,60}?\b(?:visited|attended|took part|joined|went|came|participated|gathered)\b|"
               r"^(?:party )?activists (?:[a-z]+ed|went|came|ran|did|made|sang|took|gave|met|saw|built|wrote|read)\b|"
               r"^(?:party )?activists(?: (?:of|from) [^.;,]{1,40}?)? to (?!join\b|become\b|apply\b)[a-z]+\b",
         not_after=rf"^(?:party )?activists\b[^.;]{{0,60}}?\b(?:volunt(?:eer|ary)|{WORKED_AT_A_SHELTER}|{VISITED_A_CARE_HOME}|"
                   rf"{_TURNED_OUT_TO_CLEAR})",
         name="people listed who went"),
    # activists as a translation may call them ("active elements", 积极分子), not the Youth League's
    Rule("activists", ("the branch now has 6 active elements for joining the party", "it trained 3 active elements"),
         after=r"^active elements\b(?! (?:for|of) (?:joining |entering )?the (?:communist )?youth league)"),
    # (activists put forward as candidates for admission, named or not, are for review: "Two activists, Ms. Chen and
    # Mr. Wang, were proposed as candidates for admission")
    # (not activists and applicants counted together: "a class for 180 student activists and applicants")
    Rule(None, ("The committee held a class for many student activists and applicants.",),
         after=r"^(?:[a-z-]+ )?activists and (?:membership |party )?applicants\b", name="activists and applicants together"),
    # (not activists counted looking on at an event, as members who came are no count of the membership: "…took the oath,
    # and 12 activists watched")
    Rule(None, ("new members took the oath, and 9 activists watched",),
         # (but all its activists, said as the branch's, are its count of them: "Its 32 members and 6 activists attended")
         # (or all of them: "All five activists attended")
         not_before=r"\b(?:its|our|their|the (?:school|branch|committee)['’]s)\b[^.;]{0,30}$|\ball\s*$",
         # (those who came to their training are the activists trained: "150 student activists attended the party class")
         after=r"^(?:[a-z-]+ )?activists (?:also )?(?:watched|looked on|attended|were present|sat in|listened)\b"
               r"(?![^.;]{0,30}\b(?:class|classes|course|courses|training|school)\b)",
         name="activists who came to an event"),
    # (or all of the full members, counted with "of": "All 27 of its full members cast a vote")
    Rule("members_full", ("All 27 of the branch's full members cast a vote.",), before=r"\ball\s*$",
         after=r"^of (?:the |our |its )?(?:school['’]s|branch['’]s|committee['’]s) full (?:party )?members\b"),
    # (or all of them, counted with "of": "All six of the branch's activists came to the course")
    Rule("activists", ("All six of the branch's activists came to the course.",), before=r"\ball\s*$",
         after=r"^of (?:the |our |its )?(?:school['’]s|branch['’]s|committee['’]s) (?:party |membership )?activists\b"),
    # (not applicants counted coming to an event, as members who came are no count of the members: "… activists and three
    # applicants attended")
    Rule(None, ("the branch's activists and three applicants attended the course",),
         after=r"^(?:[a-z-]+ )?applicants (?:also )?(?:attended|were present|came|took part|sat in)\b",
         name="applicants who came to an event"),
    # (not those of an earlier year that new ones join, no count of this year's: "They join the three activists named last year")
    Rule(None, ("In May they join the three activists named last year.",),
         before=r"\bjoin(?:s|ed|ing)?(?: the)?\s*$",
         after=r"^(?:[a-z-]+ )?activists? (?:who were |that were )?(?:named|confirmed|identified|chosen|designated|selected|"
               r"taken on) (?:last year|in \d{4}|the year before|earlier)\b",
         name="an earlier year's activists joined"),
    # (or how many there are now, a number alone after the activists the sentence told of: "named two more teachers as
    # activists, so the branch now has five")
    Rule("activists", ("In March the branch named two more teachers as activists, so it now has five.",),
         frame=r"\bactivists?\b[^.;]*\b(?:so|and) (?:the branch|it|we|the school|the committee) now (?:has|have|trains|counts)\s*$",
         after=r"^(?:in all|in total|altogether)?\s*(?:[.;]|$)",
         # (its time is now, whatever time the sentence gave the activists before it: "… named last year, so it now has five")
         time_until=r"^"),
    # activists said to be admitted as probationary members are members admitted, no count of the activists: "In June two
    # activists were accepted as probationary members"
    # (or said to have become such members, or joined: "Last term one activist became a probationary member")
    Rule("members_developed", ("In June two activists were accepted as probationary members",
                               "Autumn: three activists admitted into the Party",
                               "Last term one activist became a probationary member"),
         after=r"^(?:[a-z-]+ )?activists?(?: (?:of|from|at) [^.;,\d]{1,40}?)? (?:(?:(?:are|were|was|is|have been|has been|had been) )?"
               r"(?:admitted|accepted|approved) "
               r"(?:as (?:an? )?(?:new )?(?:probationary )?(?:party )?members?|(?:in)?to the (?:communist )?party)|"
               r"(?:became|have become|has become|had become) (?:an? )?(?:probationary|new) (?:party )?members?|"
               r"(?:joined|have joined|has joined|had joined) the (?:communist )?party)\b"),
    Rule("activists", ("5 activists applying for party membership", "the branch identified 7 new activists",
                       "it identified 1 activist", "150 student activists attended the party class", "Membership activists: 6",
                       "the school has 12 activists for joining the Party, of whom 5 are development targets",
                       "we aim to identify three more activists", "41 newly named activists began their course"),
         # (more of them, not more than before: "3 more activists than last year" is a change)
         # (or newly made so: "41 newly named activists")
         # (or those there are now: "the 7 current activists")
         after=r"^(?:more (?![^.;]{0,30}\bthan\b))?(?:new |newly (?:named|identified|designated|confirmed|selected) |"
               r"current |existing |present )?"
               r"(?:student |teacher |young )?(?:party |membership )?activists?\b",
         # (nor those who volunteered, students or teachers maybe, their school named: "14 student activists of Elm School
         # spent the afternoon at the care home")
         not_after=r"^(?:new )?(?:student |teacher |young )?(?:party )?activists?\b[^.;\d]{0,60}?\b(?:volunteered|donated blood|gave blood|"
                   rf"{JOINED_VOLUNTEERING}|{WORKED_AT_A_SHELTER}|{VISITED_A_CARE_HOME})|"
                   # (nor those who planted trees or picked up litter, as the members counted with them did)
                   r"^(?:party )?activists\b[^.;\d]{0,60}?\b(?:planted|picked up|cleaned up|collected litter)\b|"
                   # (nor those who spoke or did something at an event: "3 activists gave short talks")
                   r"^(?:party )?activists (?:also )?(?:gave|delivered|made|shared|spoke|read|sang|performed|presented|"
                   r"recited|told)\b|"
                   # (activists admitted are members admitted: "2 activists were admitted as probationary members", "two
                   # activists took the oath of admission")
                   # (words set off by commas may say who they are: "two activists, both young teachers, were admitted")
                   # (but activists developed, no more said, are those made activists: "7 activists were developed")
                   r"^(?:new )?(?:party )?activists?\b(?:,[^.;,\d]{1,40},)?[^.;\d]{0,20}?\b(?:were|was|have been|has been|"
                   r"had been) (?:admitted|accepted|absorbed|recruited|developed (?:as|into|to be)\b)\b|"
                   r"^(?:new )?(?:party )?activists?\b[^.;\d]{0,20}?\btook (?:the|their) (?:admission |membership )?oath\b|"
                   # (not those of them who were: "12 activists, of whom 5 have been listed as development targets")
                   # (but those counted beside them: "9 activists and 2 development targets took part"; or with them, one
                   # count of both: "64 activists and development candidates")
                   r"^(?:new )?(?:party )?activists?\b(?:(?!\bof (?:whom|them)\b|\bamong them\b|\band (?:\d+|one|two|three|"
                   r"four|five|six|seven|eight|nine|ten) |\band development\b)[^;]){0,60}?\b(?:development "
                   r"(?:targets?|objects?|candidates?)|candidates? for (?:development|membership|admission)|"
                   r"(?:targets?|objects?) (?:for|of) development)",
         # (nor those put forward for admission, the verb before them: "the committee agreed to propose two activists for
         # admission")
         not_before=r"\b(?:propose|proposed|proposing|nominate|nominated|recommend|recommended|put forward)\s*$"),
    # (or one, said with the verb that made it one: "1 activist was identified")
    Rule("activists", ("During the term 1 activist was identified.", "one new activist has been designated"),
         after=r"^(?:new )?(?:party )?activist (?:was|has been) (?:identified|designated|selected|confirmed|listed)\b"
               r"(?! as (?:a )?(?:development (?:target|object)|(?:target|object) (?:for|of) development|candidate))"),
    # people said to be activists: "6 more teachers are currently activists"
    # (or being trained as them: "7 teachers are now being cultivated as activists")
    Rule("activists", ("we have 30 members, and 4 more teachers are currently activists",
                       "7 teachers are now being cultivated as activists", "Another 40 students are activists.",
                       "Three teachers joined as probationary members; five others are activists."),
         # (or others, after those who joined: "Three teachers joined as probationary members; five others are activists")
         after=r"^(?:more )?(?:[a-z-]+ )?(?:teachers|people|staff members|colleagues|students|others) (?:are|were) "
               r"(?:currently |now |also )?(?:being (?:cultivated|trained|developed|fostered) as )?(?:party |membership )?"
               r"activists\b"),
    # people taken as activists, said with the verb before them: "the branch accepted 20 of them as activists"
    Rule("activists", ("the branch accepted 20 of them as activists", "it took on 4 young teachers as party activists",
                       "the committee named 12 Year 11 students as activists", "the branch confirmed five of its 12 applicants as activists",
                       "the committee accepted six teachers and two students as activists",
                       "the committee agreed to list 3 teachers as activists",
                       "the meeting voted to name 4 of the applicants as membership activists",
                       "the branch took three teachers who applied in the spring as activists"),
         # (or welcomed as new ones: "welcomed two teachers as new activists")
         before=r"\b(?:accepted|took on|took|identified|selected|chose|confirmed|listed|designated|named|welcomed|"
                r"(?:to|will) (?:accept|take on|identify|select|choose|confirm|list|designate|name|welcome))\s*$",
         # (the first of a list of two kinds: "accepted six teachers and two students as activists")
         after=r"^(?:of (?:them|these|those|whom|the applicants|(?:its|their|our) (?:\d[\d,]* )?applicants) |"
               r"(?:(?:year|grade) \d{1,2} )?(?:[a-z-]+ )?(?:teachers|students|people|members|league members|colleagues|applicants) "
               # (described after them: "took two teachers who applied in the spring as activists")
               r"(?:(?:who|that) [^.;,\d]{1,40}? )?)?"
               rf"(?:and (?:\d+|[a-z]+) {_A_KIND_OF_PEOPLE} )?"
               r"as (?:new )?(?:party |membership )?activists\b"),
    # (and the second of them: "… six teachers and two students as activists", "… and one member of its admin staff")
    Rule("activists", ("the committee accepted six teachers and two students as activists",
                       "the branch accepted five teachers and one member of its admin staff as activists"),
         frame=r"\b(?:accepted|took on|identified|selected|chose|confirmed|listed|designated|named) (?:\d+|[a-z]+) "
               r"(?:[a-z-]+ )?(?:teachers|students|people|colleagues|applicants) and\s*$",
         after=rf"^{_A_KIND_OF_PEOPLE} as (?:party |membership )?activists\b"),
    # the applicants a count of more applying brought the total to: "…, bringing the college's applicants this term to 40"
    Rule("applicants", ("six more teachers applied in the autumn, bringing the branch's applicants this year to 15",),
         before=r"\b(?:bringing|taking|raising) (?:the number of|its|our|the (?:branch|committee|school|college|kindergarten)['’]s) "
                r"(?:[a-z]+ )?(?:applicants|applications)(?: (?:this|that) (?:year|term))?(?: up)? to\s*$"),
    # (and the number it brought them to: "…, bringing the number of activists to 21", or their total, activists the
    # clause before named: "welcomed two teachers as new activists, bringing the total to six")
    Rule("activists", ("it named 5 new activists, bringing the number of activists to 21",
                       "six more passed the course in May, bringing the college's activists to 14",
                       "the branch welcomed two teachers as new activists in May, bringing the total to six"),
         # (or the school's, described maybe: "bringing the college's activists to 14", "the school's new activists")
         before=r"\b(?:bringing|taking|raising) (?:the number of|its|our|the (?:branch|committee|school|college|kindergarten)['’]s) "
                r"(?:[a-z]+ )?(?:party |membership )?activists(?: up)? to\s*$"),
    Rule("activists", ("the branch welcomed two teachers as new activists in May, bringing the total to six",
                       "in April it named three young teachers activists, bringing the branch to eight"),
         # (or the school's, or the branch's: "named three young teachers activists, bringing the branch to eight")
         frame=r"\bactivists\b[^.;]{0,40},\s*(?:bringing|taking|raising) (?:(?:the|their) (?:total|number)|"
               r"the (?:school|branch|college|kindergarten))(?: up)? to\s*$"),
    # (or all of them, the school's: "All 6 of the school's activists finished the course")
    Rule("activists", ("All 5 of Elm School's membership activists finished the district course",),
         before=r"(?:^|\b)all\s*$",
         after=r"^of (?:the |its |our |[a-z'’. -]{1,40}?['’]s )(?:membership |party )?activists\b"),
    # (or the school's number of them now, in the sentence after those named: "… accepted 3 teachers as membership
    # activists. The school now has 7.")
    Rule("activists", ("In March the branch accepted 2 teachers as activists. The school now has 6.",),
         earlier=r"\bactivists?\b", before=r"^\W*(?:the (?:school|branch)|it) now has\s*$",
         after=r"^(?:in (?:all|total)\s*)?(?:[.;]|$)"),
    # (or more of them, named as such: "the branch has designated two more of them as activists")
    Rule("activists", ("Of the school's young teachers, 4 are members. The branch has named 2 more of them as activists.",),
         before=r"\b(?:named|designated|accepted|identified|chosen|selected)\s*$",
         after=r"^more (?:of (?:them|these|those) )?as (?:party |membership )?activists\b"),
    # (or named them so with no "as": "this spring we named 4 of them activists", "the branch designated 2 of the applicants
    # membership activists")
    Rule("activists", ("this spring we named 4 of them activists",
                       "the branch designated 2 of the applicants membership activists",
                       "in May the committee made three young teachers Party activists"),
         before=r"\b(?:named|designated|made|(?:to|will) (?:name|designate|make))\s*$",
         after=r"^(?:of (?:them|these|those|the applicants) |(?:[a-z-]+ )?(?:teachers|students|colleagues|applicants) )"
               r"(?:party |membership )?activists\b"),
    # the people named, or only the number ("12 teachers applied and 4 were listed as activists")
    # (the activists named, then made so: "1 activist was determined this year", as a translation says it)
    Rule("activists", ("1 activist was determined this year", "4 new activists were identified"),
         # (not activists made candidates for admission: "1 activist was identified as a development target")
         after=r"^(?:new |party )?activists? (?:was|were|has been|have been) (?:newly )?(?:determined|identified|confirmed|"
               r"selected|designated|chosen)\b(?!\s+as\b)"),
    Rule("activists", ("three students were identified as activists", "5 teachers have been selected as party activists",
                       "seven applicants were listed as activists", "twelve applied, and 4 were chosen as activists",
                       "of the 9 applicants, 5 have been identified as active elements",
                       "30 teachers applied, and 9 of them have been identified as activists",
                       "five teachers applied this spring and three of them were accepted as activists",
                       "One teacher was admitted and two more were named activists",
                       "Two teachers were admitted, and 4 others were identified as activists",
                       "Development: 4 applicants were placed on the activist list",
                       "40 students completed the Party school's course of 6 lectures and were identified as activists",
                       "8 teachers have applied, and 3 of those have been named activists",
                       "Twenty teachers applied in 2022. Six of them have since been named activists.",
                       "Ten staff have asked to join; half a dozen of them have been designated activists",
                       "this term 2 young teachers were accepted as membership activists",
                       "this year 3 persons became the activists",
                       "2021 — Three teachers are named activists.",
                       "Five teachers applied, and one of them has since been named an activist.",
                       "in the autumn 14 students of Oak Vocational College were made activists"),
         # (what they did first may be said between, joined by "and": "… completed the course and were identified as …")
         # (or some of those just counted: "6 have applied, and 2 of those have been named activists")
         # (or their school: "18 students of Pine College were named activists")
         after=rf"^(?:(?:[a-z-]+ ){{0,2}}?{PEOPLE}\b(?: (?:of|at|from) (?:[a-z.'-]+ ){{1,5}}?(?:school|college|academy))?"
               rf"(?:[^.;]{{0,20}}?|[^.;]{{0,80}}?\band )\b|of (?:them|whom|those|these) |more |others )?{MADE_ACTIVISTS}"),
    # (or, in a note's shorthand, the verb "were" left out after those admitted: "one teacher admitted in April; another two
    # named activists")
    Rule("activists", ("New members: one teacher admitted in April; another two named activists",
                       "two teachers admitted as probationary members and a further three designated activists"),
         before=r"\b(?:another|a further)\s*$",
         after=r"^(?:(?:[a-z-]+ ){0,2}?(?:teachers|students|staff|colleagues) )?(?:named|designated|made|(?:identified|selected|"
               r"chosen|accepted) as) (?:(?:party |membership )?activists|active elements)\b"),
    # some of the school's people who have applied to join, the school's own said as "our": "three of our young teachers
    # have applied to join us"
    Rule("applicants", ("This year two of our new teachers have applied for membership.",),
         after=rf"^of (?:our|its|the school's|the branch's) (?:[a-z-]+ )?{PEOPLE} (?:have |had |has )?(?:now |also )?applied "
               r"(?:to join|for (?:party )?membership)\b"),
    # those who applied, a bare verb, then how many of them were admitted: "Last year 30 students applied, and 5 were
    # admitted"
    Rule("applicants", ("Last year 30 students applied, and 5 were admitted as probationary members.",),
         after=rf"^(?:[a-z-]+ )?{PEOPLE} (?:have |had )?applied,\s*(?:and|of whom|but)\s+(?:\d+|[a-z]+)\b[^.;]{{0,30}}?"
               r"\b(?:admitted|accepted|joined)\b"),
    Rule("members_developed", ("three teachers were admitted as probationary members", "2 students have been admitted to the party",
                               "2 teachers were absorbed as probationary party members",
                               "of the activists, 3 were accepted as probationary members",
                               "this year 4 young teachers became probationary members", "2 were developed as party members",
                               "last year 6 students joined the party",
                               "6 outstanding young teachers have been absorbed into the party organization",
                               "2 comrades were unanimously agreed to be accepted as probationary party members",
                               "a total of 68 students and 9 teachers have joined the party",
                               "Four teachers at Elm Grove Primary School joined the party this year",
                               "two teachers who had applied three years before were admitted as probationary members",
                               "this year two teachers were developed into probationary party members",
                               "five students, all of them in their final year, were admitted as probationary members",
                               "3 students who had turned 18 were admitted as probationary members",
                               "in the spring 2 young teachers joined as probationary members",
                               "four teachers of No. 5 Middle School took the oath before the flag and were admitted as "
                               "probationary members",
                               "2020 — Two teachers are admitted as probationary members.",
                               "three Grade 12 students at Elm High School were admitted as probationary members",
                               "four students took the Party oath in May as probationary members"),
         # (the first of two kinds of people joined by "and", each with its number: "68 students and 9 teachers")
         # (their school may be named after them: "Four teachers at Northgate Primary School joined the party")
         # (or a clause on who they are: "two teachers who had applied three years before were admitted", or words set off
         # by commas: "five students, all of them in their final year, were admitted")
         # (or what they did first, joined by "and": "five young teachers of No. 2 Middle School raised their fists before
         # the flag and were admitted as probationary members")
         # (or their grade before them: "five Grade 12 students were admitted")
         after=rf"^(?:(?:(?:grade|year) \d{{1,2}} )?(?:[a-z-]+ ){{0,2}}?{PEOPLE}\b(?: and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?{PEOPLE}\b)?"
               rf"(?: (?:at|of|from|in) (?:[^.;,]|(?<=\bno)\.){{1,50}}?| (?:who|that) [^.;,]{{1,50}}?)?"
               rf"(?:,(?:[^.;,\d]|\d{{1,2}}\b(?! (?:[a-z-]+ )?(?:members|teachers|students|pupils)\b)){{1,40}},)?"
               rf"(?:[^.;]{{0,20}}?\b|[^.;]{{0,80}}?\band ))?"
               rf"{MADE_MEMBERS}",
         not_after=_CONFIRMED_AS_FULL_LATER),
    # (or a bare count after admitting, the membership told before it: "it had 40 members at the end of the year, after
    # admitting 3")
    Rule("members_developed", ("the branch said it had 40 members at the end of the year, after admitting 3",),
         frame=r"\bmembers?\b[^.;]*\b(?:after|since|having) (?:admitting|welcoming|recruiting)\s*$",
         after=r"^(?:new )?(?:(?:probationary |party )?members\b|and\b|[.;,)]|$)"),
    # (and the full members a confirmation brought them to: "bringing its full members to 40")
    Rule("members_full", ("two probationary members were confirmed in June, bringing the branch's full members to 31",),
         before=r"\b(?:bringing|brought|raising|raised|taking|took) (?:its|our|their|the (?:branch|committee|school)['’]s) "
                r"full (?:party )?members(?: up)? to\s*$"),
    # (or a part of people counted before, "of them" standing for who they are: "nine teachers applied and 3 of them were
    # admitted as probationary members"; only the verbs of admission, since "of them" may have joined long ago)
    Rule("members_developed", ("nine teachers applied this year, and 3 of them were admitted as new probationary members",
                               "the branch trained 5 activists, 2 of whom were approved as probationary members"),
         after=r"^of (?:them|whom|these)\s+(?:were|was|have been|has been|had been) (?:formally |unanimously )?"
               r"(?:admitted|accepted|approved|taken in) as (?:new )?probationary (?:party )?members?\b"),
    # (or some of the members counted before, admitted in a year: "the branch counts 9 teacher members; 3 of them were
    # accepted last term")
    Rule("members_developed", ("the branch counts 9 teacher members; 3 of them were accepted last term",),
         frame=r"\b(?:student |teacher |party )?members\b[^.]*[;,]\s*$",
         after=r"^of (?:them|whom|these)\s+(?:were|was|have been|has been|had been) (?:admitted|accepted)\s+(?:this|last) "
               r"(?:year|term)\b"),
    # (or some of people who applied, said first, the branch has admitted: "Of the 25 students who applied in 2023, the
    # committee has taken in 2 to date")
    Rule("members_developed", ("Of the 25 students who applied in 2023, the committee has taken in 2 to date.",),
         frame=r"^\W*of the \d[\d,]* (?:[a-z-]+ )?(?:students|teachers|staff|people|applicants|activists)\b[^.;]*,\s*"
               r"[^.;]{0,60}?\b(?:has|have|had) (?:admitted|accepted|taken in)\s*$",
         after=r"^(?:so far|to date|this year|as (?:new |probationary )?(?:party )?members)\b|^(?:[.;]|$)"),
    # (a log's line, telegraphic: "September: 2 teachers named activists")
    Rule("activists", ("September: 2 teachers named activists; mentoring ceremony",),
         before=r"(?:^|[:;]\s*)$", after=r"^(?:[a-z-]+ )?(?:teachers|students|colleagues|people) (?:named|identified|designated) "
                                      r"(?:as )?(?:party |membership )?activists\b"),
    # (and the members who served, counted after the service on such a line: "volunteer service at the community, 22
    # members")
    Rule("volunteer_participants", ("November: volunteer service at Xinzhou community, 22 members; 2 study sessions",),
         frame=r"\bvolunt(?:eer|ary) (?:service|work|activit(?:y|ies))\b[^.;:]{0,40},\s*$",
         after=r"^(?:party )?members\s*(?:[;.]|$)"),
    # (or on a line of the members admitted: "Members admitted: 1")
    Rule("members_developed", ("Members admitted: 1; activists named: 2",),
         after=r"^(?:new )?(?:party )?members (?:admitted|recruited|developed)\b"),
    # (or admitted by the branch, the people said by what they are: "We admitted two teachers in March")
    Rule("members_developed", ("This year we admitted three teachers.", "In May the branch admitted two young colleagues."),
         before=rf"{_THE_BRANCH_DID}admitted\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:teachers|colleagues|staff members|comrades|activists)\b"
               r"(?! (?:to|into|from) (?!the (?:communist )?party))"),
    # (or more of them to admit, the noun left out: "Next year we will aim to admit 2 more.")
    Rule("members_developed", ("We admitted 3 new members. Next year we will aim to admit 2 more.",),
         before=r"\b(?:admit|admitting|recruit|recruiting|develop)\s*$", after=r"^more\s*(?:[.;]|$)"),
    # (or some of the people just counted: "Nine activists finished the course; the branch plans to admit four of them")
    Rule("members_developed", ("Nine activists finished the course. The branch plans to admit four of them this year.",),
         before=r"\b(?:admit|admitting|admitted|recruit|recruiting|recruited)\s*$", after=r"^of (?:them|these|those)\b",
         not_after=r"^of (?:them|these|those) (?:in)?to (?:the )?(?:youth )?(?:league|pioneers)\b"),
    # admitted, with nothing after, right after the membership is told: "The branch had 40 members at the
    # end of the year. During the year, 3 teachers were admitted." (pupils admitted are a school's intake)
    # (or after a colon in the sentence telling it: "Membership rose from 21 to 24 during the year: three activists were
    # admitted.")
    Rule("members_developed", ("Membership rose from 21 to 24 during the year: three activists were admitted.",
                               "Our membership stood at 30 at the year's end: two teachers joined and one moved away."),
         frame=r"\bmembers(?:hip)?\b[^.;]{0,60}:\s*$",
         after=rf"^(?:[a-z-]+ )?(?:teachers?|staff members?|comrades?|activists?|applicants?)\b (?:{ADMITTED_ALONE}|"
               r"(?:have |has |had )?joined(?=[.;,]|$| and\b))"),
    # (students too, counted after teachers admitted with them: "Nine teachers and 2 students were admitted")
    Rule("members_developed", ("The branch had 30 members. In the year, 2 teachers were admitted, and 4 applied.",
                               "The branch has 27 members. One teacher was admitted in June.",
                               "We have 17 members now. Two young teachers joined this spring.",
                               "The committee has 90 members. Nine teachers and 2 students were admitted in the year."),
         # (or joined, with nothing after but the term or year: "Two young teachers joined this spring"; not new teachers,
         # who join the school: "Two new teachers joined in September")
         earlier=r"\bmembers?(?:hip)?\b",
         after=rf"^(?:(?!new\b|newly\b)[a-z-]+ )?(?:teachers?|staff members?|comrades?|activists?|applicants?)\b "
               r"(?:and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?students )?"
               rf"(?:{ADMITTED_ALONE}|"
               r"(?:have |has |had )?joined(?: (?:this|last) (?:spring|summer|autumn|fall|winter|year|term))?(?=[.;,]|$| and\b))"),
    Rule("members_developed", ("The committee has 90 members. Nine teachers and 2 students were admitted in the year.",),
         earlier=r"\bmembers?(?:hip)?\b", before=r"\b(?:teachers?|staff members?|colleagues) and\s*$",
         after=rf"^(?:[a-z-]+ )?students {ADMITTED_ALONE}"),
    # (some of the applicants named activists: "nine of the year's applicants are now activists")
    Rule("activists", ("Seven of this year's applicants were named activists in June.",),
         after=r"^of (?:this year['’]s|the|these|its|our|the branch['’]s) (?:[a-z-]+ )?applicants (?:have been|had been|were) "
               r"(?:named|made|designated|identified as|chosen as|accepted as) (?:party |membership )?activists\b"),
    # (or a bare count of those admitted, after people who applied to join: "30 teachers applied to join the Party last year,
    # and 5 were admitted")
    Rule("members_developed", ("30 teachers applied to join the Party last year, and 5 were admitted",
                               "Eleven staff applied for membership; 3 of them have been accepted"),
         frame=r"\bapplied (?:to join the (?:communist )?party|for (?:party )?membership)\b[^.]{0,60}?(?:,\s*and|;|, but)\s*$",
         after=r"^(?:of (?:them|whom) )?(?:were|have been|had been) (?:admitted|accepted)\b(?! as (?:party )?activists)"),
    # the oath of admission, which only new members take (all members renew it: "renewed their oath")
    # (or the oath to join: "3 teachers of X School took the oath to join the Communist Party of China", or the oath as
    # new members: "two teachers took their oath as probationary members")
    Rule("members_developed", ("four young teachers took the oath of admission before the party flag",
                               "3 students were sworn in as probationary members", "two teachers took the admission oath",
                               "3 teachers of Pine Hill School took the oath to join the Communist Party of China",
                               "this summer 3 young teachers took their oath as probationary party members",
                               "at the ceremony 5 students and 2 teachers of Hill Road College took the oath as new members",
                               "9 students of Elm College, all in their final year, took the oath of admission",
                               "three teachers and five Grade 11 students took their oath as new members"),
         # (the others' grade may be named: "Three teachers and five Grade 11 students were sworn in …")
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b(?: and (?:\d+|[a-z]+) (?:[a-z-]+ (?:\d{{1,2}} )?)?{PEOPLE}\b)?"
               rf"(?: (?:of|from) [^.;,]{{1,50}}?\b(?:school|kindergarten|college)\b)?(?:,[^.;,\d]{{1,40}},)?[^.;]{{0,20}}?"
               r"\b(?:took (?:the|their) (?:admission |membership )?oath of "
               r"(?:admission|membership)|took (?:the|their) (?:admission|membership) oath|"
               r"took (?:the|their|an) oath to join the (?:communist )?party|(?:took (?:the|their) oath|were sworn in) as "
               r"(?:new |probationary )?(?:party )?members)\b"),
    # the people, then a clause on their admission: "three teachers and two students, who had been admitted …"
    # (or the clause cut short to its participle: "two teachers, admitted as probationary members in May, …")
    Rule("members_developed", ("three teachers and two students, who had been admitted as probationary members, took the oath",
                               "4 young teachers, who were admitted to the party this spring, spoke at the meeting",
                               "two teachers and three students, admitted as probationary members in May, read their pledge"),
         after=rf"^(?:[a-z-]+ )?{PEOPLE}(?: and (?:[a-z-]+ ){{1,2}}?{PEOPLE})?,? (?:(?:who|that) {MADE_MEMBERS}|"
               r"(?:newly )?(?:admitted|accepted) (?:as (?:an? )?(?:probationary |new )?(?:party )?members?|"
               r"(?:in)?to the (?:communist )?party)\b)",
         not_after=_CONFIRMED_AS_FULL_LATER),
    # joined, said of part of the members just counted: "it has 40 members, 6 of whom joined last year"
    Rule("members_developed", ("the branch has 38 members, 5 of whom joined in the past two years",
                               "it has grown to 40 members today, 6 of whom joined since 2021"),
         frame=r"\bmembers(?: (?:today|now|at present|in all|in total))?,?(?: and)?\s*$", after=r"^of (?:whom|them) (?:joined|were admitted)(?: the (?:communist )?party)?"
                                          r"(?= in | during | since | over | last | this |[.;,]|$)"),
    # (or, after the members counted, a number alone: "Two teachers were admitted in 2023 and 3 are currently activists")
    Rule("activists", ("six of them are now activists", "2 of whom were party activists",
                       "two teachers were admitted and 3 are currently activists"),
         after=r"^(?:of (?:whom|them) )?(?:are|were|is|was) (?:now |already |currently |still )?(?:party )?activists\b"),
    # people said to be activists: "another four teachers are activists"
    Rule("activists", ("another four teachers are activists", "3 young teachers are now party activists"),
         after=rf"^(?:[a-z-]+ )?{PEOPLE} (?:are|were) (?:now |also |already )?(?:party )?activists\b"),
    # (or the activists new ones bring the branch's to: "confirmed 6 young teachers as activists, bringing the branch's
    # activists to 11")
    # a branch said to be at a count of members: "Now that the committee is at 60 members, …"
    Rule("members_total", ("Now that the committee is at 60 members, it has formed a fifth branch.",),
         before=r"\b(?:the (?:party )?(?:branch|committee)|its (?:party )?(?:branch|membership)|the membership) (?:is |was )?"
                r"(?:now )?at\s*$",
         after=r"^(?:party )?members\b"),
    Rule("activists", ("the branch confirmed 4 teachers as activists, bringing the branch's activists to 9",),
         before=r"\b(?:bringing|taking|raising) (?:the (?:branch|committee|school)['’]s|its|our|their) (?:party |membership )?"
                r"activists (?:up )?to\s*$"),
    # (or the applicants: "… applied in May, taking its applicants to seven")
    Rule("applicants", ("a young teacher applied in May, taking the school's applicants to seven",),
         before=r"\b(?:bringing|taking|raising) (?:the (?:branch|committee|school)['’]s |its |our |their |the )?applicants?"
                r"(?: (?:this|so far this) (?:year|term))? (?:up )?to\s*$"),
    # (or said to be activists, all of them, after a comma: "the class opened with 38 students, all of them activists")
    Rule("activists", ("the Party school's class opened with 38 students, all of them activists",),
         after=rf"^(?:[a-z-]+ )?{PEOPLE},? (?:all of (?:them|whom)|each of (?:them|whom)|every one of them) (?:are |were |being )?"
               r"(?:party |membership )?activists\b"),
    # (or accepted onto the course that trains activists: "20 students have been admitted to the activists' course")
    Rule("activists", ("this term 20 students have been admitted to the activists' course",),
         after=rf"^(?:[a-z-]+ )?{PEOPLE} (?:were|have been|had been|was|has been) (?:accepted|admitted|enrolled|taken) "
               r"(?:on|onto|into|to|in) (?:the|a|an|its|this (?:term|year)['’]s) (?:[a-z-]+ )?(?:party )?activists['’]? "
               r"(?:training )?(?:course|class|programme|program)\b"),
    # (or one named so, the title after them: "named one young teacher an activist")
    Rule("activists", ("this month the branch named one young teacher an activist", "it named two teachers activists"),
         before=r"\bnamed\s*$", after=r"^(?:[a-z-]+ )?(?:teachers?|students?|colleagues?|staff members?) (?:as )?(?:an? )?"
                                    r"(?:party |membership )?activists?\b"),
    # (or more applications received, and the applicants they bring the branch to: "received three further applications, which
    # brings its applicants to five")
    Rule("applicants", ("in May the branch received three further applications",),
         before=r"\breceived\s*$", after=r"^(?:more |new |further )?applications\b"),
    Rule("applicants", ("two more applications came in, which brings its applicants to five",),
         before=r"\b(?:brings|brought|bringing|takes|took|taking|raises|raised|raising) (?:its|the branch['’]s|our|their|the) "
                r"(?:number of )?applicants (?:up )?to\s*$"),
    # (or more named so, after those admitted: "admitted three teachers and named another two as activists")
    Rule("activists", ("the branch admitted two teachers and named another three as activists",),
         before=r"\b(?:named|designated|identified|confirmed|made|chose)\s+(?:another|a further)\s*$",
         after=r"^(?:[a-z-]+ )?as (?:party |membership )?activists\b"),
    # (or the probationary members' number now: "Probationary members now number five")
    Rule("members_probationary", ("Probationary members now number four.",),
         before=r"\bprobationary (?:party )?members (?:now |currently )?number\s*$"),
    # (or more of them, after those admitted: "Two young teachers joined in June, and three more are activists")
    Rule("activists", ("Two young teachers joined in June, and three more are activists.",),
         before=r"\band\s*$", after=r"^more (?:are|were|became|have become) (?:now |also )?(?:party |membership )?activists\b"),
    # (or a bare count of those who applied, after those admitted: "One teacher was admitted in November; two applied.")
    # (or who applied, no more said, right after a sentence on how to apply: "How can a student apply? Last year 36 students
    # applied.")
    Rule("applicants", ("How can a teacher apply? Last year 5 teachers applied.",),
         earlier=r"\bappl(?:y|ied|ication)\b", after=rf"^(?:[a-z-]+ )?{PEOPLE} (?:have |had )?applied\s*(?:[.;]|$)"),
    Rule("applicants", ("One teacher was admitted in November; two applied.",),
         frame=r"\b(?:admitted|joined|accepted)\b[^.]{0,60}[;,]\s*(?:and\s+)?$",
         after=r"^(?:have |had )?applied(?: to join(?: the party)?)?\s*(?:[.;,]|$)"),
    # (or those the activists were chosen from, who applied: "named 6 activists in May, out of 15 teachers who had applied")
    Rule("applicants", ("the branch named 6 activists in May, out of 15 teachers who had applied",),
         frame=r"\bactivists?\b[^.;]{0,40}?\b(?:out of|from among|from)\s*$",
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b (?:who|that) (?:had |have |has )?applied\b"),
    # (applicants a branch meeting votes on or considers for admission are no head count: whether they were admitted is
    # said elsewhere: "the general meeting voted on 3 applicants")
    Rule(None, ("the general meeting voted on 3 applicants", "a branch meeting to consider two applicants for admission"),
         before=r"\b(?:vot(?:e|es|ed|ing) on|to (?:consider|approve|examine|discuss))\s*$",
         after=rf"^(?:[a-z-]+ )?(?:applicants|{PEOPLE} who (?:had |have )?applied)\b", review=True,
         name="applicants at the meeting that admits them"),
    Rule("applicants", ("three teachers actively applying to join the party", "12 applicants for party membership",
                        "nine young teachers have applied to join the party", "320 students applied for membership",
                        "4 teachers handed in the application for joining the party",
                        "4 teachers of our school submitted applications for joining the party",
                        "31 teachers and 9 students handed in applications",
                        "so far 9 of the young teachers have submitted applications to join the Party",
                        "two of this term's new teachers have since applied to join the Party",
                        "last term the branch had 6 young teachers apply to join",
                        "14 teachers submitted applications and 5 were named activists",
                        "6 teachers wrote applications to join the party", "30 students of Elm Vocational College applied to join",
                        "20 Grade 11 students at Elm School have applied to join the Party",
                        "the branch has 16 members, one activist and one applicant",
                        "nine teachers and four sixth-formers applied for membership",
                        "two more teachers handed in applications over the winter"),
         # (the first of two kinds of people joined by "and", each with its number: "31 teachers and 9 students handed in
         # applications")
         # (their school may be named after them: "47 students of Riverside Vocational College applied to join the Party")
         # (or one of them: "one applicant")
         # (or their grade before them: "32 Grade 12 students at Elm School have applied to join the Party")
         # (the words before them no "and", which would make the count another kind's: "16 members and one applicant")
         after=rf"^(?:(?:grade|year) \d{{1,2}} )?(?:(?!and\b)[a-z-]+ ){{0,3}}?"
               rf"(?:and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?(?:{PEOPLE}|pupils|sixth-formers) )?"
               r"(?:(?:of|at|from) (?:our|the|this) school |(?:of|at|from) (?:[a-z.'-]+ ){1,5}?(?:school|college|kindergarten) )?"
               # (not applicants accepted as members, who are admitted: "accepted two applicants as probationary members")
               rf"(?:actively )?(?:applying (?:for|to) (?:join|joining|membership)|"
               r"applicants?\b(?! as (?:probationary |full |party )?members\b)|"
               rf"(?:who )?{APPLIED})|"
               # (or some of the people named before: "9 of the young teachers have submitted applications to join the Party")
               # (or the people of a year: "three of last year's new teachers have applied")
               rf"^of (?:the|them|these|those|whom|(?:last|this|that) (?:year|term)['’]s) (?:[a-z-]+ ){{0,2}}?(?:{PEOPLE}\s+)?"
               rf"{APPLIED}"),
    # (or applications from people of a kind, an application an applicant: "a selection that began with 40 applications from
    # students")
    Rule("applicants", ("the selection began with 40 applications from students",),
         after=r"^(?:written |membership )?applications (?:from|by) (?:[a-z-]+ ){0,2}?(?:students|teachers|staff|pupils|colleagues)\b"),
    # (or the people whose applications were received: "accepted the applications of three young teachers")
    Rule("applicants", ("the branch accepted the applications of three young teachers", "it received applications from 9 young teachers"),
         before=r"\b(?:accepted|received|took in|collected) (?:the )?(?:membership |party |new )?applications (?:of|from)\s*$",
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b"),
    # an application counted is an applicant: "received 15 applications for party membership"
    # (more people who applied, after those who joined: "Two teachers joined the party this year, and five more applied")
    Rule("applicants", ("Two teachers joined the party this year, and five more applied.",
                        "four students were admitted to the party in June; 9 others have applied"),
         frame=r"\b(?:joined|admitted to|accepted into) the (?:communist )?party\b[^.]{0,60}$",
         after=r"^(?:more|others|other) (?:(?:young )?(?:teachers|students|colleagues) )?(?:have |had )?applied\b"),
    # (or after people who joined, the membership told before: "We have 17 members. Two teachers joined this spring, and
    # three more have applied.")
    Rule("applicants", ("We have 17 members now. Two young teachers joined this spring, and three more have applied.",
                        "The branch has 30 members. Four teachers joined last year, and two more teachers have applied."),
         earlier=r"\bmembers?(?:hip)?\b",
         frame=r"\bjoined (?:this|last) (?:spring|summer|autumn|fall|winter|year|term)\b[^.]{0,30}$",
         after=r"^(?:more|others|other) (?:(?:young )?(?:teachers|students|colleagues) )?(?:have |had )?applied\b"),
    # (applications, in a sentence of members admitted: "it admitted 7 new members and received 23 applications")
    # (or after activists identified: "We identified 1 activist and received 2 applications")
    Rule("applicants", ("In 2023 the branch admitted 3 new members and received 12 applications.",
                        "This term we identified 2 activists and received 4 applications."),
         frame=r"\b(?:(?:admitted|recruited|accepted) (?:[a-z-]+ ){0,2}?(?:\d+|[a-z]+) (?:new |probationary )?(?:party )?members|"
               r"(?:identified|trained|designated|confirmed) (?:\d+|[a-z]+) (?:new )?(?:party )?activists?)\b[^.;]{0,40}"
               r"\b(?:received|took|accepted)\s*$",
         after=r"^(?:new )?applications\b(?! for| to join)"),  # (those said to be for membership: the rule below)
    # (or received first, the activists or new members of the sentence after them: "received 40 applications, trained 25
    # activists and admitted 12 new members")
    Rule("applicants", ("Over three years the branch received 40 applications, trained 25 activists and admitted 12 new members.",),
         before=r"\b(?:received|took in|accepted)\s*$",
         after=r"^(?:new |written )?applications\b(?! for| to join)[^.;]{0,60}?\b(?:activists|admitted|new members|"
               r"probationary members)\b"),
    # (or the members who joined, so described: "the 11 members who joined in the past three years are all young teachers")
    Rule("members_developed", ("the 6 members who joined over the last two years are all under 35",),
         before=r"\bthe\s*$",
         after=r"^(?:new )?(?:party )?members (?:who|that) (?:have |had )?joined\b(?! (?:the |our |its )?(?:volunteer|team|club|"
               r"group|activit|service|campaign|program|project|work))"),
    # (or the part of those admitted in a year, after a dash or a comma: "admitted 9 new members since 2020 – four of them in
    # 2024 alone")
    Rule("members_developed", ("The branch has recruited 12 new members over five years, 5 of them in 2022 alone.",),
         frame=r"\b(?:admitted|recruited|developed)\b[^.;]{0,60}\bmembers\b[^.;]{0,40}(?:\s[—–-]|,)\s*$",
         after=r"^of them (?:in (?:\d{4}|the (?:past|last) year)|this year|last year)(?: alone)?\b",
         time_until=r"^"),  # (the time said after it is its own, not the span of the whole said before)
    # (or a bare number admitted, after members admitted were counted: "… admitted 21 new members. In 2023 alone it admitted 6.")
    # (or some of the members counted before, who joined "us" in a time said: "we have 40 members, and six of them joined us
    # in the past two years")
    Rule("members_developed", ("Our branch has 40 members, and six of them joined us in the past two years.",),
         frame=r"\bmembers\b[^.;]{0,80}?,?\s*(?:and|of whom)?\s*$",
         after=r"^of (?:them|these|whom) (?:have )?joined (?:us|the party|our branch|the branch|our committee)\b"),
    Rule("members_developed", ("The branch has admitted 14 new members since 2018. Last year alone it admitted 4.",),
         earlier=r"\b(?:admitted|recruited|accepted)\b[^.]{0,40}\bmembers\b",
         before=r"\b(?:admitted|recruited)\s*$", after=r"^\s*(?:[.;]|$)"),
    # (or said in the other order, the membership first: "received 40 membership applications", "Membership
    # applications received: 45")
    Rule("applicants", ("the branch received 40 membership applications", "Membership applications received: 45",
                        "Party membership applications from students: 120"),
         after=r"^(?:party )?membership applications?\b"),
    # (or on a line labelled as the recruiting of members: "Recruitment: 9 applications, 5 activists, 2 new members")
    Rule("applicants", ("Recruitment: 9 applications, 5 activists, 2 new members",),
         frame=r"(?:^|\n)\W*(?:recruitment|recruiting|new members|member development|development of (?:new )?members)\s*:[^.\n]*$",
         after=r"^applications\b"),
    # (or applications said to have been received, where membership is told of, in the sentence or the one before, as a
    # heading: "3. Party membership. 11 applications had been received")
    Rule("applicants", ("In 2023, 9 applications for membership were received and 3 teachers were admitted.",),
         frame=_MEMBERSHIP_TOLD, after=_APPLICATIONS_RECEIVED),
    Rule("applicants", ("3. Recruitment. By June, 11 applications had been received.",),
         earlier=_MEMBERSHIP_TOLD, after=_APPLICATIONS_RECEIVED),
    # (or applications said to have risen to a count: "Applications to join the Party from students have climbed to 36")
    Rule("applicants", ("Applications to join the Party from our teachers have risen to 14 this year.",),
         frame=r"\bapplications\b(?: (?:to join the (?:communist )?party|for (?:party )?membership))?[^.;]{0,50}?"
               r"\b(?:have |has |had )?(?:risen|rose|grown|grew|increased|climbed|gone up|went up) to\s*$"),
    # (or received by the branch: "The branch received four new applications this term")
    Rule("applicants", ("The branch received four new applications this term.",),
         before=rf"{_THE_BRANCH_DID}received\s*$",
         after=r"^(?:new )?(?:membership |party )?applications\b(?! for (?!(?:party )?membership|to join))"),
    # (or applications still to be decided: "three applications are pending", "12 applications on file")
    Rule("applicants", ("One teacher was admitted this year, and four applications are pending",
                        "Recruitment: 1 member admitted; 9 applications on file"),
         frame=r"\b(?:members?|admitted|applica\w*|join(?:ed)? the party|recruitment)\b[^.]*$",
         after=r"^(?:membership |party )?applications? (?:(?:are|is|remain|were) (?:still )?(?:pending|under review|being considered)|"
               r"(?:still )?(?:pending|on file|under review))\b"),
    Rule("applicants", ("the branch received 15 applications for party membership",
                        "11 written applications to join the party were handed in",
                        "a total of 3 applications for joining the party were received"),
         after=r"^(?:written )?applications? (?:for (?:party )?membership|(?:to join|for joining) the (?:communist )?party)\b"),
    # (or a field of applications received, in a list of the membership: "- Members: 42 (40 full, 2 probationary)\n- New
    # applications received: 3")
    Rule("applicants", ("- Members: 30\n- New applications received: 4",),
         earlier=r"\bmembers\b", before=r"^(?:[-–•*·]\s*)?(?:new )?applications(?: received| submitted| handed in)?\s*:\s*$",
         after=r"^(?:new )?applications\b"),
    # (or received by the branch or its committee, whose applications they can only be: "The committee has received 37
    # applications this year")
    Rule("applicants", ("The committee has received 21 applications this year.",),
         before=r"\b(?:(?:party )?(?:branch|committee)|it|we)\b (?:has |had |have )?(?:also )?received\s*$",
         after=r"^(?:written )?applications?\b"),
    # (or an item of a list on admitting members, where applications are those for membership: "Development of new
    # members - 7 applications were submitted, and 2 were accepted")
    # (or received in a sentence that goes on to the activists or members made of them: "Twenty applications were received;
    # 12 applicants were made activists, and 6 activists were admitted")
    Rule("applicants", ("Twenty applications were received; 12 applicants were made activists, and 6 were admitted",),
         after=r"^(?:new |written )?applications? (?:were |was )?(?:received|submitted|handed in)\b[^.]{0,80}?"
               r"\b(?:activists|admitted|probationary members|new members)\b"),
    # (or a line's label that names the development alone: "Development: 1 application received in May")
    Rule("applicants", ("Development of new members - 7 applications were submitted, and 2 were accepted",
                        "Development: 2 applications received in April."),
         frame=r"\b(?:membership development|development of (?:new )?(?:party )?members|(?:party )?member development)\b"
               r"[^.]*$|^\W*(?:development|recruitment)\s*:\s*$",
         after=r"^(?:new )?applications? (?:were |was )?(?:received|submitted|handed in)\b"),
    # people who handed in applications, to join the party as the sentence or the one before says ("Who applied to join in
    # 2022? Six staff members handed in applications that year.")
    Rule("applicants", ("Six teachers submitted applications to join the Party in 2022",),
         after=r"^(?:[a-z-]+ )?(?:teachers|staff|staff members|people|colleagues|young teachers) (?:have |had )?(?:handed in|"
               r"submitted|sent in|wrote) (?:their |written )?applications? (?:to join|for (?:party )?membership|for joining)\b"),
    Rule("applicants", ("Who applied to join in 2022? Six staff members handed in applications that year.",),
         earlier=r"\bappl(?:y|ied|ications?)\b[^.?]{0,30}\b(?:to join|for (?:party )?membership)\b",
         after=r"^(?:[a-z-]+ )?(?:teachers|staff|staff members|people|colleagues|young teachers) (?:have |had )?(?:handed in|"
               r"submitted|sent in|wrote) (?:their |written )?applications?\b"),
    # the people applications came from: "received applications for party membership from 11 teachers"
    # (or received by the branch, whose applications they can only be: "the branch had received applications from 9 teachers")
    Rule("applicants", ("the branch received applications for party membership from 11 teachers",
                        "the branch had received applications from 9 teachers"),
         before=r"\bapplications? (?:for (?:party )?membership|to join the (?:communist )?party)[^.;]{0,20}?\bfrom\s*$|"
                r"\b(?:(?:party )?(?:branch|committee)|it|we)\b (?:has |had |have )?(?:also )?received applications from\s*$",
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b"),
    # (the last of what the branch did, listed: "it admitted 2 new members and received applications from 5 teachers")
    Rule("applicants", ("this year we admitted 2 members, named 3 activists and received applications from 5 teachers",),
         frame=r"\b(?:(?:party )?(?:branch|committee)|it|we)\b [^.;]{0,80}?(?:,|\band) (?:has |had |have )?(?:also )?"
               r"received applications from\s*$",
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b"),
    # (members admitted to full membership were probationary ones made full, no new members: "2 members were admitted to full
    # membership")
    Rule(None, ("2 members were admitted to full membership", "three probationary members were admitted as full members"),
         after=r"^(?:party |probationary )?members? (?:were|was|have been|has been|had been) (?:admitted|accepted|confirmed) "
               r"(?:to full (?:party )?membership|as full (?:party )?members)\b",
         name="probationary members made full"),
    # (or a bare count said to be admitted, after the people who applied: "5 teachers applied to join; 2 were admitted")
    Rule("members_developed", ("5 teachers applied to join the Party; 2 were admitted",),
         frame=r"\b(?:applied|apply|applications?)\b[^.]{0,60}[;,]\s*(?:and\s+)?$",
         after=r"^(?:was|were|has been|have been|had been) (?:admitted|accepted)\b(?! (?:as|to) (?:full|activists?)\b)"),
    # (members "were developed", as a translation says they were admitted)
    # (one of them: "welcomed one new member")
    Rule("members_developed", ("3 new party members were admitted", "this year, 2 party members were developed",
                               "in June the branch welcomed one new member"),
         after=r"^(?:new party members?|new members?)\b|"
               r"^(?:party )?members? (?:were|was|have been|has been|had been) (?:newly )?(?:developed|admitted|recruited)\b"),
    # the members a review covered, counted out of all of them: "Of the 30 members, 29 were appraised" (all of them, the 30,
    # are the head count)
    Rule("members_total", ("Of the 30 members, 29 were appraised; one was away.",),
         before=r"(?:^|[.;:]\s*)of (?:the|its|our|the branch['’]s)\s*$", after=r"^(?:party )?members\s*,\s*\d[\d,]* (?:were|was) "
                                                                       r"(?:appraised|reviewed|evaluated|assessed)\b"),
    Rule("member_reviews", ("Of the 30 members, 29 were appraised; one was away.",),
         frame=r"\bof (?:the|its|our|the branch['’]s) \d[\d,]* (?:party )?members\s*,\s*$",
         after=r"^(?:were|was) (?:appraised|reviewed|evaluated|assessed)\b"),
    # (the members all told, opening the sentence, out of whom some took part in the review: "Of 24 members, 23 took part")
    Rule("members_total", ("In December the branch of Elm School reviewed its members. Of 31 members, 30 took part.",),
         frame=r"^\W*of\s*$",
         after=r"^(?:party )?members,\s*(?:\d+|[a-z-]+) (?:took part|were (?:reviewed|appraised|assessed|evaluated))\b"),
    # the members a committee or branch has, opening the sentence before what it did: "With 54 members, the committee set up
    # a third branch"
    Rule("members_total", ("With 41 members, the committee of Elm School set up a second branch in May.",),
         before=r"^\W*with\s*$",
         after=r"^(?:party )?members,\s*(?:[a-z'’-]+ ){0,6}?(?:party )?(?:committee|branch|general branch)\b"),
    # (and a bare count after them rated at the top grade: "… 29 were appraised. Six were rated excellent.")
    # (not those rated at either of two grades, a pass among them: "Sixteen were graded excellent or competent")
    # (or after the members who took part in it, of all: "Of its 22 members, 21 took part. Three were rated outstanding.")
    Rule("awards_individual", ("Of the 30 members, 29 were appraised. Six were rated excellent.",
                               "Of its 24 members, 23 took part. Four were rated outstanding."),
         earlier=r"\b(?:appraised|appraisal|reviewed|review|evaluated|evaluation)\b|"
                 r"\bof (?:the |its |our )?(?:\d+|[a-z-]+) (?:party )?members, (?:\d+|[a-z-]+) took part\b",
         after=rf"^(?:were|was) (?:rated|assessed|judged|graded) (?:as )?(?:excellent|outstanding)\b{_NOT_OR_A_PASS}"),
    # (or after a colon or a semicolon in the review's own sentence: "assessed all 30 members: 6 were rated excellent")
    Rule("awards_individual", ("the branch assessed all 30 of its members: 6 were rated excellent and 24 competent",),
         frame=r"\b(?:appraised|assessed|reviewed|evaluated)\b[^.]{0,80}?[:;]\s*$",
         after=rf"^(?:were|was) (?:rated|assessed|judged|graded) (?:as )?(?:excellent|outstanding)\b{_NOT_OR_A_PASS}"),
    # the top grade of the annual appraisal is an honour, as 评出优秀党员 is: "4 members were rated excellent"
    Rule("awards_individual", ("4 members were rated excellent", "three party members were rated as outstanding"),
         after=r"^(?:(?:communist )?party )?members? (?:were|was|have been|has been|had been) (?:rated|assessed|judged|graded|"
               rf"evaluated|appraised) (?:as )?(?:excellent|outstanding)\b{_NOT_OR_A_PASS}"),
    # (a pass grade of the annual appraisal is no honour: "30 party members were rated as qualified")
    Rule(None, ("30 party members were rated as qualified", "the other 25 members were rated competent"),
         after=r"^(?:(?:communist )?party )?members? (?:were|was|have been|has been|had been) (?:rated|assessed|judged|graded|"
               r"evaluated) (?:as )?(?:basically )?(?:qualified|competent|passed|pass|satisfactory|unqualified)\b",
         name="an appraisal grade"),
    Rule("awards_individual", ("56 teachers have won municipal honorary titles",
                               "four teachers were rated as district backbone teachers",
                               '9 party member teachers have been commended as "Excellent Teachers"',
                               'four members were also recognized as "Outstanding Volunteers"',
                               "5 teachers and 2 students received certificates as outstanding party members",
                               "10 female teachers were commended as excellent female teachers",
                               "2 members named city-level Excellent Party Workers",
                               "today 4 comrades are being honoured as outstanding party members",
                               "Two party members at Elm School, Li Na and Wu Bo, were named Model Teachers of the province",
                               'two member teachers were named "best class teachers" of the school'),
         # (with others counted after them: "7 teachers and 2 students received certificates as …")
         # (the people may be said of what kind: "10 female teachers were commended as …")
         # (or teachers said to be members: "Three member teachers were named …")
         after=r"^(?:(?:female|male|women|retired|veteran|senior) )?(?:party members?|member teachers|teachers|members|comrades|cadres)\b"
               # (not past a second count of other people: "Three teachers were admitted and four were named activists")
               r"(?: and \d+ [a-z]+)?(?:(?!\band (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
               # (their school and names may stand between: "Two Party members at Elm School, Li Na and Wu Bo, were named …")
               # (and what they won said: not another's winning, "… took part, and the history group won")
               r"[^.;\d]){0,80}?\b(?:won(?!\s*(?:[.;,]|$))|were awarded|have been "
               # (what was received an honour: not "35 party members all received posts")
               # (a quoted title is read without its quotes: "received the city's May Day Labour Medal")
               r"awarded|received(?= (?:[a-z'’-]+ ){0,6}?(?:titles?|awards?|honou?rs?|certificates?|prizes?|medals?|"
               r"commendations?|badges?|trophies|recognition)\b)|"
               r"(?:were|have been|are being|are to be|will be)(?: also| all)? (?:commended|honou?red)|"
               r"(?:were|have been|are being)(?: also| all)? named|"
               r"(?:were|have been)(?: also| all)? (?:rated|selected|recognized|recognised) as|"
               # (or, in a headline or a list, named with no verb of being: "3 members named district-level Model Teachers")
               rf"named (?=(?:{_LEVEL_WORDS})?(?:outstanding|excellent|advanced|model|exemplary)\b))"),
    # (a second count of the same people, with only its verb: "8 teachers were named outstanding party members
    # and two were named excellent party affairs workers")
    # people honoured, then how many were given each title, after a colon: "The meeting honoured members for the term:
    # 5 were named "Models of Teacher Ethics" and 3 "Teaching Experts"."
    Rule("awards_individual", ('The meeting honoured members: 5 were named "Models of Teacher Ethics" and 3 "Teaching Experts".',),
         frame=rf"{_HONOURED_THEN}\s*$", after=rf"^{_WERE_NAMED}"),
    Rule("awards_individual", ('The meeting honoured members: 5 were named "Models of Teacher Ethics" and 3 "Teaching Experts".',),
         frame=rf"{_HONOURED_THEN}[^.;]*\b{_WERE_NAMED}[^.;]*\band\s*$", after=r"^[a-z]"),
    # (or honoured in the sentence before, and how many of them were given each title after "among them": 'The school
    # honoured 12 teachers. Among them, 5 were named "Model Teachers" and 7 "Caring Class Teachers".')
    Rule("awards_individual", ('The school honoured 12 teachers. Among them, 5 were named "Model Teachers" and 7 "Caring '
                               'Class Teachers".',),
         earlier=r"\b(?:honou?red|commended|recogni[sz]ed)\b", frame=r"^\s*(?:among them|of them|of these|of whom),?\s*$",
         after=rf"^{_WERE_NAMED}"),
    Rule("awards_individual", ('The school honoured 12 teachers. Among them, 5 were named "Model Teachers" and 7 "Caring '
                               'Class Teachers".',),
         frame=rf"^\s*(?:among them|of them|of these|of whom),?\s*\d+ {_WERE_NAMED}[^.;]*\band\s*$",
         earlier=r"\b(?:honou?red|commended|recogni[sz]ed)\b", after=r"^[a-z]"),
    # (the first honoured with another verb: 'One teacher received the city's "May Day Labour Medal", and three were named
    # district "Outstanding Educators"')
    Rule("awards_individual", ('One member teacher received the "May Day Labour Medal", and three were named "Outstanding Educators"',),
         frame=r"\b(?:teachers?|members?|comrades?)\b[^.;]{0,40}?\b(?:received|won|gained|was awarded|were awarded)\b"
               r"[^.;]*\band\s*$",
         after=r"^(?:more |others )?(?:were|have been) (?:named|awarded|rated|selected|commended|honou?red)\b"),
    Rule("awards_individual", ("six teachers were named model teachers and two were named excellent party affairs workers",
                               "8 teachers were named outstanding party members, two were named outstanding party workers"),
         frame=r"\b(?:teachers|members|comrades|cadres)\b[^.;]{0,40}?\b(?:were|have been) (?:named|rated|commended|"
               r"honou?red|selected)\b[^.;]*(?:\band|,)\s*$",
         after=r"^(?:were|have been) (?:named|rated|commended|honou?red|selected)(?: as)? (?:an? )?(?:outstanding|excellent|"
               r"advanced|model|exemplary)\b"),
    Rule("special_meetings", ("the committee holds at least one special meeting on discipline every six months",
                              "the branch organized 4 warning education sessions", "2 special seminars on the new curriculum",
                              "it held 3 warning-education meetings", "this term the branch held two meetings on integrity"),
         after=r"^(?:special|thematic|warning[- ]education) (?:meetings?|seminars?)\b|"
               r"^warning[- ]education (?:sessions?|activities|lectures?)\b|"
               # (or meetings named by their subject, what 专题会 are on: "3 meetings on clean government")
               r"^meetings? on (?:clean government|integrity|(?:party )?discipline|(?:teachers['’]? |professional |teaching )?"
               r"ethics|(?:the )?party(?:['’]s)? (?:conduct|style)|anti-corruption|warning education)\b"),
    # (or special discussions, 专题研讨, counted after them: "the special discussion 4 times")
    Rule("special_meetings", ("organize the centralized study 20 times, the special discussion 4 times",
                              "held special seminars 3 times",
                              "held the special meeting of party style and clean government 4 times"),
         before=r"\b(?:special|thematic) (?:discussions?|seminars?|meetings?)(?: (?:of|on) [a-z' -]{3,50}?)?\s*$",
         after=r"^times\b"),
    # (or the warning education named before the times it was held: "carried out warning education meetings 3 times")
    Rule("special_meetings", ("the committee carried out warning education meetings 3 times",
                              "the branch organized warning education for 2 times"),
         before=r"\bwarning[- ]education(?: (?:meetings?|sessions?|activit(?:y|ies)))?(?: for)?\s*$", after=r"^times\b"),
    Rule("member_reviews", ("all 25 party members took part in the democratic evaluation",
                            "14 members were covered by the democratic review"),
         after=r"^(?:communist )?(?:party )?members\b[^.;]{0,20}?\b(?:took part in|participated in|were covered by|"
               rf"underwent|joined)\b[^.;]{{0,20}}?\b{DEMOCRATIC_REVIEW}"),
    # the members who took part in "the appraisal" the sentence before named: "… carried out the democratic appraisal
    # of party members. 26 party members participated in the appraisal"
    Rule("member_reviews", ("The branch carried out the democratic appraisal of members. 26 party members participated in the "
                            "appraisal.",),
         earlier=rf"\b{DEMOCRATIC_REVIEW}",
         after=r"^(?:communist )?(?:party )?members\b[^.;]{0,20}?\b(?:took part in|participated in|joined) the "
               r"(?:appraisal|review|evaluation|assessment)\b"),
    # (or named earlier in the same sentence: "A democratic appraisal of members was held in March, and 24 party members took
    # part in the appraisal")
    Rule("member_reviews", ("A democratic appraisal of members was held in March, and 24 party members took part in the "
                            "appraisal.",),
         frame=rf"\b{DEMOCRATIC_REVIEW}",
         after=r"^(?:communist )?(?:party )?members\b[^.;]{0,20}?\b(?:took part in|participated in|joined) the "
               r"(?:appraisal|review|evaluation|assessment)\b"),
    # (or a verb of reviewing the members before: "… held its organizational life meeting for 2022 and reviewed its members;
    # 26 members took part in the review")
    # (or a part of the members just counted, no noun of its own: "Of its 30 members, 28 took part in the appraisal")
    Rule("member_reviews", ("Of the branch's 30 members, 28 took part in the democratic appraisal",),
         frame=r"\bof (?:the|its|our|all)(?: [a-z']+)? \d[\d,]* (?:full |party )?members,\s*$",
         after=r"^(?:took part|participated) in (?:the|this) (?:democratic |annual )?(?:appraisal|review|evaluation|assessment)\b"),
    # (or those of a count who came to its meeting, the meeting named before: "… held its democratic appraisal meeting.
    # 41 of the branch's 44 members attended")
    Rule("member_reviews", ("At the democratic review meeting, 27 of its 30 members were present",),
         frame=rf"\b{DEMOCRATIC_REVIEW}", after=_OF_THE_MEMBERS_PRESENT),
    Rule("member_reviews", ("The branch held its democratic appraisal meeting in January. 41 of the branch's 44 members attended.",),
         earlier=rf"\b{DEMOCRATIC_REVIEW}", after=_OF_THE_MEMBERS_PRESENT),
    # (or, the count first: "… held its democratic appraisal of members. Of the branch's 52 members, 49 attended"; the
    # appraisal may be said to be of the members alone: "held its annual appraisal of members. Of its 30 members, 28 took part")
    # (or the branch's annual review, held: "held its annual review in December. Of its 32 members, 31 took part")
    Rule("member_reviews", ("The branch held its democratic appraisal of members in January. Of its 44 members, 41 attended.",
                            "The branch held its annual appraisal of members. Of its 30 members, 28 took part.",
                            "In December the branch held its annual review. Of its 25 members, 24 took part."),
         earlier=rf"\b(?:{DEMOCRATIC_REVIEW}|(?:appraisal|review|evaluation) of (?:its |the |their |all )?(?:party )?members\b|"
                 r"members['’] (?:annual )?(?:appraisal|review)\b|held its annual (?:appraisal|review)\b)",
         frame=r"^\W*of (?:the|its|our)(?: [a-z'’]+)? \d[\d,]* (?:full |party )?members,\s*$",
         after=r"^(?:attended|were present|took part)\b"),
    Rule("member_reviews", ("The branch reviewed its members; 26 members took part in the review.",),
         frame=r"\b(?:reviewed|appraised|evaluated)\s+(?:its |their |the |all )?(?:party )?members\b",
         after=r"^(?:communist )?(?:party )?members\b[^.;]{0,20}?\b(?:took part in|participated in|joined) the "
               r"(?:appraisal|review|evaluation|assessment)\b"),
    # the members the review covered, in the passive: "… and the democratic review; all 30 members were reviewed"
    # (or at the life meeting that holds the review: "1 organisational life meeting, at which all 26 members were reviewed")
    Rule("member_reviews", ("at the democratic appraisal, 28 party members were appraised",
                            "in the democratic review of members this spring, all 19 members were reviewed",
                            "the branch held its organisational life meeting, at which 24 members were reviewed",
                            "An organizational life meeting in January, where all 17 members were democratically evaluated"),
         frame=rf"\b{DEMOCRATIC_REVIEW}|\borgani[sz]ational life meeting\b",
         # (the way said between: "at which all 31 members were democratically appraised")
         after=r"^(?:communist )?(?:party )?members\b[^.;]{0,20}?\b(?:were|have been|had been) (?:democratically |"
               r"individually |openly )?(?:reviewed|appraised|evaluated|assessed)\b"),
    # (or the members it covered: "the democratic appraisal in January covered all 41 members")
    Rule("member_reviews", ("the democratic appraisal in January covered all 41 members",
                            "the democratic review covered all 88 of the school's party members"),
         frame=rf"\b{DEMOCRATIC_REVIEW}\b[^.;]{{0,40}}\b(?:covered|included|involved)(?: all)?\s*$",
         after=r"^(?:of (?:the|its|our) (?:[a-z]+['’]s )?)?(?:communist )?(?:party )?members\b"),
    # (or as a participle after "with": "2 organisational life meetings, with all 27 members appraised")
    Rule("member_reviews", ("2 organisational life meetings, with all 27 members appraised",
                            "the democratic review in January, with 40 party members evaluated"),
         frame=rf"\b{DEMOCRATIC_REVIEW}|\borgani[sz]ational life meetings?\b", before=r"\bwith(?: all)?(?: the| its| our)?\s*$",
         after=r"^(?:communist )?(?:party )?members (?:reviewed|appraised|evaluated|assessed)\b"),
    # (or "of the N members reviewed", the review told in the sentence before: "… completed its democratic review of members.
    # Of the 52 members reviewed, 12 were rated excellent.")
    Rule("member_reviews", ("The branch finished its democratic review of members. Of the 52 members reviewed, 12 were rated "
                            "excellent.",),
         earlier=rf"\b{DEMOCRATIC_REVIEW}", before=r"^\s*of (?:the|all|its|our)\s*$",
         after=r"^(?:communist )?(?:party )?members (?:reviewed|appraised|evaluated|assessed)\b"),
    # (or "with N members participating" after the review: "carried out democratic evaluation of party members, with 45 party
    # members participating")
    Rule("member_reviews", ("the branch carried out the democratic review of members, with 31 party members participating",),
         frame=rf"\b{DEMOCRATIC_REVIEW}\b[^.;]{{0,40}}$", before=r"\bwith\s*$",
         after=r"^(?:communist )?(?:party )?members (?:participating|taking part)\b"),
    # the members who took part, in a relative clause after the review: "… a democratic appraisal of members, in
    # which all 18 members took part"
    Rule("member_reviews", ("carried out a democratic appraisal of members, in which all 18 members took part",),
         frame=rf"\b{DEMOCRATIC_REVIEW}\b[^.;]{{0,40}}\b(?:in which|where)\b[^.;]{{0,12}}$",
         after=r"^(?:communist )?(?:party )?members\b (?:took part|participated|were (?:reviewed|appraised|evaluated))\b"),
    # (or after a colon: "held its democratic appraisal: all 31 members took part, and 6 were rated excellent", where
    # excellent is the grade a review gives, which the reports count as an honour)
    Rule("member_reviews", ("the branch held its democratic appraisal: all 31 members took part",
                            "the branch held its annual review meeting on 10 January: 31 members took part"),
         frame=rf"\b(?:{DEMOCRATIC_REVIEW}|annual (?:review|appraisal)(?: meeting)?)\b[^.;:]{{0,30}}:\s*(?:all(?: the)?)?\s*$",
         after=r"^(?:communist )?(?:party )?members\b (?:took part|participated|were (?:reviewed|appraised|evaluated))\b"),
    Rule("awards_individual", ("held its democratic appraisal: all 31 members took part, and 6 were rated excellent",
                               "Members were appraised one by one; 6 were rated excellent and 27 qualified.",
                               "the annual review meeting: 31 members took part, and 5 were named outstanding party members",
                               "through self-assessment and mutual assessment, 4 members were rated excellent"),
         # (or their performance appraised, the grade quoted: "members' performance was appraised; 5 were rated "excellent"")
         frame=rf"\b{DEMOCRATIC_REVIEW}\b|\bmembers(?:['’]? performance)? (?:were|was|have been|has been) "
               r"(?:appraised|evaluated|reviewed|assessed)\b|"
               r"\bannual (?:review|appraisal)(?: meeting)?\b|\b(?:self-|mutual )assessment\b",
         after=r"^(?:(?:party )?members |of them )?(?:were|was) (?:rated|graded|assessed|named) (?:as )?[\"“]?"
                                               r"(?:excellent|outstanding)\b"),
    # (or those rated excellent in the sentence after the review: "The branch appraised its members in January. All 35
    # took part; 6 were rated excellent.")
    Rule("awards_individual", ("The branch held its democratic appraisal in January. All 35 members took part; 6 were rated "
                               "excellent.",
                               "Its annual review meeting was in March. Of the 40 members, 9 were rated outstanding."),
         earlier=rf"\b{DEMOCRATIC_REVIEW}\b|\bannual (?:review|appraisal)(?: meeting)?\b",
         after=r"^(?:(?:party )?members |of them )?(?:were|was) (?:rated|graded|assessed|named) (?:as )?[\"“]?"
               r"(?:excellent|outstanding)\b"),
    # (or in the sentence after the review: "It held its democratic appraisal in January. All 35 members took part.")
    # (or attended its meeting: "… held the democratic appraisal of members. All 33 members of the branch attended the
    # meeting.")
    Rule("member_reviews", ("The branch held its annual democratic appraisal in January. All 35 members took part.",
                            "The branch held its democratic appraisal of members. All 33 members of the branch attended "
                            "the meeting."),
         before=r"(?:^|\ball(?: the)?)\s*$", earlier=rf"\b{DEMOCRATIC_REVIEW}\b",
         after=r"^(?:communist )?(?:party )?members\b(?: of the (?:party )?branch)? (?:took part|participated|"
               r"were (?:reviewed|appraised|evaluated)|attended the meeting)\b"),
    # the review counts the members it covers: a number of reviews held is no figure of it
    Rule(None, ("one democratic appraisal of party members was held",),
         after=r"^democratic (?:appraisals?|evaluations?|reviews?|assessments?)\b", name="reviews held"),
    Rule("org_life_meetings", ("2 organizational life meetings", "2 special organizational life meetings"),
         after=r"^(?:special |thematic )?(?:organi[sz]ational life|democratic life) meetings?\b"),
    Rule("party_lectures", ("party lectures are given once or twice every term",),
         before=r"\bparty (?:education|lectures?|class(?:es)?)\s+(?:is|are|was|were)\s+(?:held|given|delivered|organi[sz]ed)\s*$"),
    # a series of lectures counted by its parts: "a four-part party lecture series"
    Rule("party_lectures", ("the committee ran a four-part party lecture series for activists",),
         after=r"^-part (?:party )?(?:lecture|class|lesson) series\b"),
    Rule("party_lectures", ("gave 6 party lectures", "gave 3 party lessons", "organized 5 thematic party classes",
                            "organized 3 party history lectures", "it plans 2 more open-air party classes"),
         after=r"^(?:(?:more|further|other) )?(?:(?:special|thematic|themed|micro|open-air|outdoor|online)[- ])?"
               r"party (?:history )?(?:lectures?|class(?:es)?|lessons?)\b"),
    # (or lectures on the party's history or teachings, the party named after: "2 special lectures on party history")
    Rule("party_lectures", ("the branch organized 3 special lectures on party history",
                            "the secretary gave 2 lectures on the spirit of the 20th Party Congress"),
         after=r"^(?:(?:special|thematic|themed)[- ])?lectures? on (?:the )?(?:party history|history of the (?:communist )?party|"
               r"party's|spirit of the \d+(?:st|nd|rd|th) (?:national )?(?:party )?congress|party congress)\b",
         # (not lessons on its history for pupils, which are their schooling: "2 lectures on party history to student classes")
         not_after=r"^[^.;]{0,60}?\b(?:to|for) (?:the |our |its )?(?:[a-z0-9-]+ ){0,2}?(?:students|pupils|student classes|"
                   r"classes|young pioneers|children)\b"),
    # (or lectures the branch's secretary gave, no more said of them: "…, and its secretary gave 3 lectures"; not those on
    # a subject or to others said after them)
    Rule("party_lectures", ("the branch studied the Party's history in spring, and its secretary gave 3 lectures",),
         before=r"\b(?:its|the|our) (?:branch |party )?secretary (?:has |had )?(?:gave|given|delivered)\s*$",
         after=r"^lectures\b(?!\s+(?:on|about|to|for|at)\b)"),
    # (or given a number of times to the members, as a translation says it: "the secretary gave a party class to all party
    # members 4 times")
    Rule("party_lectures", ("the secretary gave a party class to all party members 3 times",),
         frame=r"\b(?:gave|gives|give|taught|delivered|lectured) (?:a |the )?party (?:class|lesson|lecture)s?\b[^.;,]{0,40}$",
         after=r"^times\b"),
    Rule("study_sessions", ("organized party members to concentrate on learning 16 times",),
         before=r"\b(?:concentrat(?:e|ed|ing) on|focus(?:ed)? on) (?:learning|study|studying)\s*$", after=r"^times\b"),
    # the event named before the number of times: "held party lectures 8 times"
    Rule("party_lectures", ("we held party lectures 8 times", "the secretary gave party lessons 4 times",
                            "the whole year held the party class 4 times"),
         before=r"\bparty (?:lectures?|class(?:es)?|lessons?)\s*$",
         after=r"^times\b"),
    # (or once, at a rate: "organize theme party day activities once a month")
    # (the activity may be said in the singular, as a translation does: "carried out the theme party day activity 12 times")
    Rule("theme_party_days", ("theme party day activities were held 12 times", "themed party days 10 times",
                              "organize theme party day activities once a month", "held the themed party day activity 9 times"),
         before=r"\b(?:themed? |thematic )?party days?(?: activit(?:y|ies)| events?)?(?: (?:were|was) (?:held|organi[sz]ed))?\s*$",
         after=r"^(?:times\b|(?:a|per|every|each) (?:week|month|term|semester|quarter|year)\b)"),
    Rule("study_sessions", ("organized group study 20 times", "organized party members to study collectively 24 times",
                            'carried out "first topic" study 15 times', "members met to study party history 9 times",
                            "the branch held the special study 10 times",
                            "the whole year organize party members concentrated study 20 times",
                            "we organized party members to study the Party Constitution collectively 12 times"),
         before=r"(?:\b(?:group|theory|collective|centrali[sz]ed|concentrated|political|special)|[\"“]?\b(?:first|special) (?:topic|subject)[\"”]?) "
                r"(?:study|learning)(?: sessions?)?\s*$|\b(?:"
                r"(?:study|learn)(?:ing)? (?:(?:[a-z'-]+ ){0,4}?(?:collectively|together|as a group)|(?:the )?party history|"
                r"the history of the (?:communist )?party))\s*$",
         after=r"^times\b"),
    # the number of those who took part, in a sentence on volunteering: "the number of participants reached 260
    # person-times" (not those served)
    Rule("volunteer_participants", ("the volunteer team held 18 activities, and the number of participants reached 260 person-times",),
         frame=r"\bvolunt", before=r"\bthe number of (?:participants|volunteers|participating (?:members|teachers|people))"
                                 r"\s+(?:reached|was|is|totall?ed|stood at|came to)\s*$"),
    # the meetings of a study group: "the committee's theory study group met 12 times"
    # (the group's body may be named after it, and a plan says how often it will meet: "the theoretical study group of the
    # Party committee will meet 10 times")
    Rule("study_sessions", ("the committee's theory study group met 12 times",
                            "the theoretical study group of the school's Party committee is to meet 8 times"),
         before=r"\b(?:theory |theoretical |central |collective )?study group(?: of the [^.;,]{1,40}?)? "
                r"(?:met|has met|meets|will meet|is to meet|held (?:its )?(?:meetings?|sessions?))\s*$",
         after=r"^times\b"),
    # (or said in the passive, as a translation may: "the theme party day activities were held 9 times")
    Rule("theme_party_days", ("In 2022 the theme party day activities were held 10 times.",),
         before=r"\b(?:themed? |thematic )?party days?(?: activit(?:y|ies)| events?)? (?:were|was|have been|had been) "
                r"(?:carried out|held|conducted|organi[sz]ed|launched)(?: for)?\s*$", after=r"^times?\b"),
    Rule("party_lectures", ("Party lessons were given 4 times in the year.",),
         before=r"\bparty (?:lectures|lessons|classes) (?:were|was|have been|had been) (?:given|held|delivered|taught)"
                r"(?: for)?\s*$", after=r"^times?\b"),
    # events done "for N times", as a translation counts them: "carried out theme party day activities for 12 times"
    Rule("theme_party_days", ("carried out theme party day activities for 12 times",),
         before=r"\b(?:themed? |thematic )?party days?(?: activit(?:y|ies)| events?)?(?: for)?\s*$", after=r"^times?\b"),
    Rule("party_lectures", ("carried out theme party days for 12 times and party lessons for 4 times",),
         before=r"\bparty (?:lectures|lessons|classes)(?: for)?\s*$", after=r"^times?\b"),
    # (one, in a translation's order: "the organization life meeting 1 time")
    Rule("org_life_meetings", ("held the organizational life meeting 2 times", "convened organisational life meetings for 3 times",
                               "the organization life meeting 1 time"),
         before=r"\borgani[sz]ation(?:al)? life meetings?(?: for)?\s*$", after=r"^times?\b"),
    # (or the members met that many times for them: "the members met 3 times for organizational life meetings"; as for
    # study: "teachers who are members met twice for group study")
    Rule("org_life_meetings", ("the members met 3 times for organizational life meetings",
                               "our members met twice for an organisational life meeting"),
         before=r"\bmet\s*$", after=r"^times (?:for|in|as) (?:an? |the |their |its )?organi[sz]ation(?:al)? life meetings?\b"),
    # members who read or studied together on so many evenings or mornings: "the members read together on five evenings"
    Rule("study_sessions", ("over the month the members read together on five evenings",
                            "the branch's members met to study on four Friday afternoons"),
         before=r"\b(?:members|we|they|branch)\b[^.;]{0,30}?\b(?:read|studied|(?:met|gathered) (?:together )?to (?:read|study))"
                r"(?: together)? on\s*$",
         after=r"^(?:[a-z]+ )?(?:evenings|mornings|afternoons|nights|days)\b"),
    Rule("study_sessions", ("teachers who are members met twice for group study", "the branch met 10 times for theory study"),
         before=r"\bmet\s*$", after=r"^times (?:for|to) (?:(?:group|collective|theory|theoretical|political) )?(?:study|learning)\b"),
    # (or going to a community to serve: "the members went to the community to serve for 9 times")
    Rule("volunteer_sessions", ("the members went to the community to serve for 9 times",
                                "party members went into the neighbourhood to provide services 6 times"),
         before=r"\b(?:went|go|goes|gone|came|come) (?:in)?to (?:the |its |our |local )?(?:communit(?:y|ies)|neighbou?rhoods?|villages?)"
                r" to (?:serve|volunteer|do volunteer work|provide (?:volunteer )?services?)(?: for)?\s*$",
         after=r"^times\b"),
    # (or "in concentration", as a translation says 集中学习: "party members study in concentration 24 times"; or collectively,
    # as 集体学习: "the study group studied collectively 12 times")
    Rule("study_sessions", ("party members study in concentration 24 times", "members studied in a concentrated way 12 times",
                            "the committee's theory study group studied collectively 9 times"),
         before=r"\bstud(?:y|ied|ies) (?:in concentration|in a concentrated way|together|collectively|as a group)\s*$",
         after=r"^times\b"),
    Rule("study_sessions", ("organized group study for 10 times",),
         before=r"\b(?:group|collective|centrali[sz]ed|theory) (?:study|learning)(?: sessions)?(?: for)?\s*$", after=r"^times\b"),
    # the events volunteers helped at: "volunteers from the branch helped at 5 community events"
    Rule("volunteer_sessions", ("volunteers from the branch helped at 5 community events", "our volunteers served at 8 fairs"),
         frame=r"\bvolunteers\b", before=r"\b(?:helped|served|worked|assisted)(?: out)? at\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:events|activities|sessions|fairs|markets|days)\b"),
    Rule("volunteer_sessions", ("carried out volunteer services 15 times", "carried out community service activities for 40 times"),
         before=rf"\b{VOLUNTEERING}(?: service)? (?:services|activities)(?: for)?\s*$", after=r"^times\b"),
    # visits made to a home of the elderly or of children in care: "the team made 30 visits to the Riverside nursing home"
    # (or some of the volunteers' service: "members will give 200 hours, including 12 visits to the Elm care home")
    Rule("volunteer_sessions", ("the team made 30 visits to the Riverside nursing home",
                                "last year they paid 18 visits to the county children's welfare home",
                                "members will give 200 hours, including 12 visits to the Elm care home"),
         before=r"\b(?:made|paid|make|pay|makes|pays|have made|has made|have paid|has paid|including)\s*$",
         after=rf"^visits (?:to|at) (?:the |a |an )?(?:[a-z'-]+ ){{0,3}}?{CARE_HOME}"),
    # the times, then what was done in them: "went into the community 8 times to carry out volunteer services"
    Rule("volunteer_sessions", ("members went into the community for 8 times to carry out volunteer services",
                                "the team went to the nursing home 6 times to provide voluntary services"),
         after=r"^times? (?:to|and) (?:carry out|carried out|conduct|conducted|provide|provided|offer|offered|do|did|"
               r"perform|performed) (?:[a-z-]+ ){0,3}?volunt(?:eer|ary) (?:services?|activit(?:y|ies)|work)\b"),
    # events counted in brackets after their name: "Monthly theme Party days (12) and quarterly Party lectures (4) were
    # held" (a year in brackets is the events' time, no count: the quantity reader takes it as a year)
    Rule("theme_party_days", ("Monthly theme Party days (12) were held as planned",),
         before=r"\b(?:themed? |thematic )?party days?(?: activities| events)?\s*\($", after=r"^\)"),
    Rule("party_lectures", ("quarterly Party lectures (4) were held", "Party lectures given by the secretary (3)"),
         before=r"\bparty (?:lectures|classes|lessons)(?: given by [a-z ]{2,30})?\s*\($", after=r"^\)"),
    Rule("study_sessions", ("group study sessions (10) and talks",), before=r"\b(?:group|collective) study sessions\s*\($",
         after=r"^\)"),
    Rule("org_life_meetings", ("organizational life meetings (2) were held",),
         before=r"\borgani[sz]ational life meetings\s*\($", after=r"^\)"),
    Rule("theme_party_days", ("12 theme party day activities", "8 themed party day events", "5 thematic party days",
                              "they have held 10 joint theme party days"),
         after=r"^(?:(?:joint|special|monthly|co-organi[sz]ed) )?(?:themed? |thematic )?party days?\b"),
    # (the party left out where the branch or the party is named before: "the branch held a theme day each month")
    Rule("theme_party_days", ("the branch held a theme day each month", "party members joined 10 themed days"),
         frame=r"\b(?:branch|party)\b", after=r"^(?:themed?|thematic) days?\b"),
    Rule("theme_party_days", ("Our branch has 20 members. We held 12 theme days.",),
         earlier=r"\b(?:branch|party)\b", after=r"^(?:themed?|thematic) days?\b"),
    # the event named, then its number "in total" after a comma: "held monthly theme Party days, 12 in total" (in the
    # plural: after one event, "took part in the theme party day, 23 in all" counts the people)
    # (or in brackets: "each branch held a theme Party day every month (60 in all)"; the day of the month may be said:
    # "on the last Friday of each month (12 in all)")
    Rule("theme_party_days", ("the branch held monthly theme party days, 12 in total",
                              "held theme party day activities every month, 12 in all",
                              "each of the 3 branches held a theme party day every month, 36 in total",
                              "each branch held a theme party day every month (60 in all)",
                              "we hold a theme party day on the last friday of each month (12 in all)",
                              "every branch is to hold one theme party day a month (24 in all)"),
         frame=r"\b(?:themed? |thematic )?party (?:days|day (?:activities|events)|"
               r"day\b(?: on the [a-z0-9]+(?: [a-z]+)? of)? (?:every|each|a) (?:month|week|term))\b"
               r"[^.;,(]{0,24}(?:,|\()\s*$", after=IN_TOTAL,
         quotes_frame=True),
    # (or how many were held, after "with": "monthly theme Party days, with 11 held this year")
    Rule("theme_party_days", ("monthly theme Party days, with 11 held this year",),
         frame=r"\b(?:themed? |thematic )?party days\b[^.;()]{0,30}?,?\s*with\s*$", after=r"^(?:held|organi[sz]ed|carried out)\b",
         quotes_frame=True),
    # (or the sessions in brackets after how often they met: "members met for group study every Monday (20 sessions)")
    Rule("study_sessions", ("members met for group study every Monday (20 sessions)",),
         frame=r"\b(?:met|meet|meets) (?:for|to) (?:group |collective |theory )?(?:study|learning|learn)\b[^.;()]{0,40}\(\s*$",
         after=r"^(?:sessions|times|meetings)\b"),
    # the occasions the members met to study: "the branch met for study on 12 occasions"
    # (or so many times: "the branch's members met for study 11 times last year")
    Rule("study_sessions", ("the members met for group study on 10 occasions", "its 20 members met for study 11 times last year"),
         before=r"\bmet (?:for|to) (?:group |collective )?(?:study|learning|learn|study together)(?: together)?(?: on)?\s*$",
         after=r"^(?:(?:separate )?occasions|times)\b"),
    # (so too a study session held at a rate, and the sessions of the year it made: "held a fortnightly study session (24
    # in the year)")
    Rule("study_sessions", ("the branch held a fortnightly study session (24 in the year)",
                            "members met for a study session every week, 40 in all"),
         frame=r"\b(?:(?:weekly|fortnightly|monthly) )?(?:group |political |theory )?study (?:sessions?|meetings?)\b"
               r"(?: (?:every|each) (?:week|two weeks|fortnight|month))?[^.;,(]{0,24}(?:,|\()\s*$",
         after=rf"{IN_TOTAL}|^in (?:the|a) (?:whole )?year\b", quotes_frame=True),
    # (or the sessions that rate made, said in a clause that refers back to it: "we meet for a study session each
    # fortnight, which came to 24 sessions in 2022")
    Rule("study_sessions", ("we meet for a study session each fortnight, which came to 24 sessions in 2022",
                            "members hold a group study meeting every week; this added up to 45 meetings last year"),
         frame=r"\bstudy (?:sessions?|meetings?)\b[^.;]{0,40}[,;]\s*(?:that|which|this|it) (?:came|comes|amounted|amounts|"
               r"added up|adds up) to\s*$",
         after=r"^(?:sessions|meetings|times)\b", quotes_frame=True),
    # (a meeting each organization held, then how many that makes: "each branch held an organizational life meeting,
    # 6 in all")
    Rule("org_life_meetings", ("each of the branches then held an organizational life meeting, 6 in all",
                               "the branch held organizational life meetings every term, 2 in total"),
         frame=r"\b(?:organi[sz]ational life meetings|each\b[^.;,]{1,30}\borgani[sz]ational life meeting)\b"
               r"[^.;,]{0,24},\s*$", after=IN_TOTAL, quotes_frame=True),
    # (or study held at a rate, then the sessions it comes to in the year: "hold collective study twice a month (24 sessions
    # in the year)")
    # (or after a dash: "will meet for group study every other week — eight sessions in all")
    Rule("study_sessions", ("hold collective study twice a month (24 sessions in the year)",
                            "organize group study every month, 12 sessions in total",
                            "the members will meet for group study every other week — eight sessions in all"),
         frame=r"\b(?:group|collective|centrali[sz]ed|theory) (?:study|learning)\b[^.;,(—–]{0,24}(?:,|\(|\s?[—–]{1,2}|\s-{1,2})\s*$",
         after=rf"{IN_TOTAL}|^(?:study )?sessions (?:in (?:the|a) (?:whole )?year|in (?:all|total)|altogether)\b",
         quotes_frame=True),
    # (or the members met at a rate, the study told the sentence before: "The branch began a course on the Party's history.
    # Members met every Friday for six weeks, six sessions in all")
    Rule("study_sessions", ("The branch began a course on the Party's history. Members met every Friday, six sessions in all",),
         earlier=r"\bstud(?:y|ied|ying)\b|\bcourse (?:on|of|in|about)\b", frame=r"\bmet (?:every|each|once a|on) [^.;,]{1,40},\s*$",
         after=r"^(?:study )?(?:sessions|meetings) (?:in all|in total|altogether)\b"),
    Rule("party_lectures", ("the secretary gave party lectures every quarter, 4 in all",),
         frame=r"\bparty (?:lectures|classes|lessons)\b[^.;,]{0,24},\s*$", after=IN_TOTAL, quotes_frame=True),
    Rule("volunteer_sessions", ("members joined weekend volunteer activities, 20 in total",),
         frame=r"\bvolunt(?:eer|ary) (?:services|activities)\b[^.;,]{0,24},\s*$", after=IN_TOTAL, quotes_frame=True),
    # (or volunteers' visits somewhere, every so often, then how many in all: "Our volunteers went to the care home every
    # week, 40 visits in all")
    Rule("volunteer_sessions", ("Our volunteers went to the care home every week, 40 visits in all",),
         frame=rf"\b(?:volunteers|{VOLUNTEERING})\b[^.;]{{0,80}}\b(?:every|each) (?:week|fortnight|month|term|saturday|sunday)"
               r"\s*,\s*$",
         after=r"^visits (?:in all|in total|altogether)\b", quotes_frame=True),
    # (or, after a dash or a comma, the visits volunteers have made so far: "members read to the patients of the ward as
    # volunteers – 9 visits so far")
    Rule("volunteer_sessions", ("this term members have sung for the residents of the care home as volunteers – 9 visits so far",
                                "members have volunteered at the shelter since March, 12 visits to date"),
         frame=rf"\b(?:volunteers|volunteered|{VOLUNTEERING})\b[^.;]{{0,100}}(?:\s[—–-]|,)\s*$",
         after=r"^visits (?:so far|to date|in all|in total|altogether)\b", quotes_frame=True),
    # (or the times they came to: "held the theme party day on the 10th of every month, totally 18 times")
    Rule("theme_party_days", ("each branch held the theme party day on the 10th of every month, totally 18 times",
                              "carried out theme party day activities, 12 times in total",
                              "the branch held the theme party day every month, with a total of 12 times"),
         frame=times_in_all(r"\b(?:themed? |thematic )?party days?(?: activit(?:y|ies)| events?)?"), after=r"^times\b",
         quotes_frame=True),
    Rule("party_lectures", ("the secretary gave a party lecture every quarter, a total of 4 times",),
         frame=times_in_all(r"\bparty (?:lectures?|classes|lessons?)"), after=r"^times\b", quotes_frame=True),
    # (or the members met for study: "We met for study on the first Monday of each month, 11 times in all")
    Rule("study_sessions", ("the branch organized group study every two weeks, totally 20 times",
                            "each month organize 1 time collective study, the whole year not less than 12 times",
                            "we met for study on the first Monday of each month, 11 times in all"),
         frame=times_in_all(r"\b(?:(?:group|collective|centrali[sz]ed|theory) (?:study|learning)|met for (?:group )?study)"),
         after=r"^times\b", quotes_frame=True),
    # (but the times members took part in all, after the activities they took part in: "member teachers took part in 5
    # volunteer activities, 41 times in all")
    Rule("volunteer_participants", ("Teachers who are members took part in 5 volunteer activities, 41 times in all.",),
         frame=r"\b(?:members|teachers)\b[^.;]{0,20}?\b(?:took part|taking part|participated|joined) in (?:\d[\d,]*|[a-z-]+) "
               r"(?:[a-z-]+ )?volunt[a-z]* (?:activities|services|events)\b,\s*$",
         after=r"^times (?:in all|in total|altogether)\b"),
    Rule("volunteer_sessions", ("members carried out volunteer service in the community, 16 times altogether",),
         frame=times_in_all(rf"\b{VOLUNTEERING} (?:services?|activit(?:y|ies))"), after=r"^times\b", quotes_frame=True),
    # the branch's study sessions, all of which someone attended: "I sat in on all 10 of the branch's group study sessions"
    Rule("study_sessions", ("this year I attended all 11 of the branch's group study sessions",),
         after=r"^of (?:the|its|our) (?:branch['’]s |school['’]s )?(?:[a-z-]+ )?(?:group|collective|theory) study (?:sessions|meetings)\b"),
    # the sessions a study was held in: "organised members to study the report in 6 group sessions"
    Rule("study_sessions", ("the branch organised its members to study the report in 6 group sessions",),
         frame=r"\bstud(?:y|ied|ying)\b[^.;]{0,80}\bin\s*$", after=r"^(?:group|study|collective|learning) sessions\b"),
    # a rate of study: "meet for group study once a week"
    Rule("study_sessions", ("the members meet for group study once a week",
                            "teachers gathered for theory study three times a month"),
         before=r"\bfor (?:[a-z]+ )?(?:study|learning)\b[^.;,]{0,12}$",
         after=r"^(?:times )?(?:a|per|every|each) (?:week|month|term|semester|quarter|year)\b"),
    Rule("study_sessions", ("group study meetings are organized twice a month", "theory study was held once a week"),
         before=r"\b(?:study|learning)(?: sessions?| meetings?)? (?:is|are|was|were) (?:held|organi[sz]ed|conducted|"
                r"arranged)\s*$", after=r"^(?:times )?(?:a|per|every|each) (?:week|month|term|semester|quarter|year)\b"),
    # (a reading class is a study session, 读书班: "organized 2 reading classes"; not one held for pupils or others: "held
    # two reading classes for the village's pupils")
    # (nor those of a campaign for pupils told in the sentence before: "… launched a reading campaign for the school's pupils.
    # In ten weeks they ran 20 reading sessions")
    # (or of a reading corner or club run for them: "The retired members run a reading corner for the pupils.")
    Rule(None, ("Members launched a reading campaign for the school's pupils. In ten weeks they ran 20 reading sessions.",
                "Two members run a reading club for the pupils. This term they held 30 reading sessions."),
         earlier=rf"\b(?:reading|book) (?:campaign|project|programme|program|drive|festival|month|corner|club|room)\b"
                 rf"[^.;]{{0,40}}\bfor "
                 rf"(?:the |its |our |[a-z-]+'s |[\d,]+ |[a-z]+ )*(?:{STUDENTS})\b",
         after=r"^(?:party )?reading (?:classes|sessions|clubs)\b", name="a campaign's sessions for pupils"),
    Rule("study_sessions", ("the branch organized 2 reading classes", "held 3 reading sessions for members",
                            "the branch held 9 reading-and-discussion sessions",
                            "organized 6 centralized learning sessions and 2 reading classes"),
         before=r"\b(?:organi[sz]ed|held|hosted|ran|opened|set up|carried out)\b(?:[^.;]{0,60}\band)?\s*$",
         # (or reading and discussing together: "11 reading-and-discussion sessions")
         after=r"^(?:party )?reading(?:[- ]and[- ]discussion)? (?:classes|sessions|clubs)\b"
               rf"(?! (?:for|with) (?:the |its |our |[a-z-]+'s |\d+ |[a-z]+ )*(?:{STUDENTS}|residents|villagers|parents|"
               r"the elderly|seniors|families|children)\b)"),
    # (the meetings of the committee's theory study group, 中心组学习)
    # (or sessions of the study, the branch's maybe: "organized 20 sessions of the branch's collective study")
    Rule("study_sessions", ("the committee held 11 meetings of the theory study center group",
                            "the party committee held 12 central group study sessions",
                            "I organized 20 sessions of the branch's collective study", "it held 8 sessions of group study",
                            "Study: 12 theoretical study center group sessions", "9 meetings of the theoretical study group",
                            "Study: 5 theory study group sessions", "members took part in 10 rounds of group study",
                            "the committee organized 10 times of theoretical center group study"),
         # (the group may be named without its centre: "9 meetings of the theoretical study group")
         after=r"^(?:meetings|sessions) of the (?:party committee'?s? )?(?:theory |theoretical )?(?:study|learning) "
               r"(?:center|centre|central) group\b|"
               r"^(?:meetings|sessions) of the (?:party committee'?s? )?(?:theory|theoretical) (?:study|learning) group\b|"
               r"^(?:sessions|rounds) of (?:the (?:branch|committee|school)'s |its |our )?(?:collective|group|centrali[sz]ed|theory|"
               r"theoretical|political) (?:study|learning)\b|"
               r"^(?:central|center|centre) group (?:theory |theoretical )?(?:study|learning) (?:sessions|meetings)\b|"
               # (or a translation's times of it, "times of" read past: "held 8 times of theoretical center group study")
               r"^(?:theory |theoretical )?(?:central|center|centre) group (?:study|learning)\b|"
               # (or the group named first: "12 theoretical study center group sessions")
               r"^(?:theory |theoretical )?(?:study|learning) (?:center|centre|central) group (?:sessions|meetings)\b|"
               r"^(?:theory|theoretical) (?:study|learning) group (?:sessions|meetings)\b"),
    # (or the group said to have studied so many times, a translation's word order: "Theoretical learning center group
    # studied 12 times")
    Rule("study_sessions", ("Theory study centre group studied 10 times",),
         before=r"\b(?:(?:theory|theoretical) )?(?:(?:study|learning) )?(?:center|centre|central) group (?:studied|learned|"
                r"held (?:study|learning)(?: sessions)?)\s*$",
         after=r"^times\b"),
    # (or studies counted in a sentence on a study system: "insisted on the Wednesday political study system, with a total of
    # 32 studies in the year")
    Rule("study_sessions", ("the branch kept to its weekly political study system, with a total of 30 studies",),
         frame=r"\b(?:political|group|theory|theoretical|collective|centrali[sz]ed) (?:study|learning)\b",
         after=r"^(?:such )?stud(?:y|ies)\b(?! (?:notes|reports|papers|trips?|tours?))"),
    Rule("study_sessions", ("it organizes a special study session every month", "organized 16 centralized studies",
                            "the branch will organize no less than 8 special studies", "organized 16 party history studies",
                            "the members held 12 branch study sessions",
                            "in the whole year it carried out 20 times of centralized learning", "6 concentrated studies",
                            "the branch will hold 4 more special study sessions this year", "held 9 committee study sessions"),
         after=r"^(?:more |further )?(?:(?:branch |party |(?:party )?committee )?(?:special |group |theory |theoretical |centrali[sz]ed |concentrated |collective )?"
               r"(?:study|learning) (?:activit(?:y|ies)|sessions?|meetings?)|"
               r"(?:centrali[sz]ed|concentrated|collective|group|special|thematic|party history) "
               r"stud(?:y|ies)|(?:centrali[sz]ed|concentrated|collective|group) learning)\b"),
    # times people took part in volunteering are person-times of volunteers
    Rule("volunteer_participants", ("teachers took part 300 times in volunteer work",
                                    "staff participated over 90 times in the volunteer service"),
         before=r"\b(?:took part|participated|joined in)\s*$", after=r"^times\b[^.;]{0,20}?\bvolunt(?:eer|ary)"),
    # (the service named between: "Party members took part in epidemic prevention volunteer service 260 times")
    Rule("volunteer_participants", ("Party members took part in epidemic prevention volunteer service 260 times",),
         frame=r"\b(?:party members|members|teachers|volunteers)\b[^.;]{0,20}?\b(?:took part|participated) in\b[^.;,]{0,30}?"
               r"\bvolunt(?:eer|ary)\b[^.;,]{0,30}?$",
         after=r"^times\b"),
    Rule("volunteer_participants", ("in the volunteer service this term, 320 person-times of teachers have taken part",),
         frame=r"\bvolunt(?:eers?|eered|eering|ary)\b", after=r"^person-times\b(?: of [a-z ]{1,30}?)? (?:have |has |had )?"
                                                               r"(?:taken part|took part|participated|joined)\b"),
    # (or the service they took part in for a number of person-times: "participated in volunteer service for 380
    # person-times")
    # (or a community service, as a translation may say it, its person-times maybe singular: "participated in community
    # service for 320 person-time")
    # (or with no "for": "took part in community service 90 person-times in the spring term")
    Rule("volunteer_participants", ("party members participated in volunteer service for 380 person-times",
                                    "teachers took part in volunteer activities for a total of 96 person-times",
                                    "party members participated in community service for 320 person-time",
                                    "teachers took part in community service 90 person-times in the spring term"),
         before=r"\b(?:took part|participated|joined|engaged) in (?:[a-z-]+ ){0,2}?(?:volunt(?:eer|ary)|community service)\b"
                r"[^.;]{0,30}?(?:\bfor(?: a total of)?)?\s*$",
         after=r"^person-times?\b"),
    # people who took part in the activities of a volunteer week or day, and those activities: "During the volunteer
    # week, 58 party members and teachers took part in 14 activities"
    Rule("volunteer_participants", ("During the volunteer week, 58 party members and teachers took part in 14 activities",),
         frame=r"\bvolunt(?:eer|ary)\b[^.;]{0,60}$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:party members|members|teachers|staff|people)(?: and (?:[a-z-]+ )?(?:teachers|members|"
               r"staff|students|parents))? (?:took part|participated|joined)\b"),
    Rule("volunteer_sessions", ("During the volunteer week, 58 party members and teachers took part in 14 activities",),
         frame=r"\bvolunt(?:eer|ary)\b", before=r"\b(?:took part|participated|joined) in\s*$",
         after=r"^(?:[a-z-]+ )?(?:activities|events)\b"),
    # the sentence before told of volunteering: the people who then took part, the sessions they took part in, and the
    # people who came to them, the people served ("Members of the branch helped at a day centre on Sundays. Nine members
    # took part in 16 sessions, and some 120 older people came.")
    # (or who gave hours there: "… has volunteered at the town library since 2020. In the past year, 13 members gave 420
    # hours there.")
    Rule("volunteer_participants", ("The branch has volunteered at the care home since 2021. This year 9 members gave 200 hours "
                                    "there.",),
         earlier=_VOLUNTEERED_BEFORE,
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|teachers|volunteers) (?:have |had )?(?:gave|given|put in|contributed|"
               r"logged) (?:a total of |about |some |over |more than )?[\d,]+ hours\b"),
    # (or so far: "Since April members have read to children at the town library. Eight have taken part so far.")
    # (or the members who take part in tutoring at a centre, told before: "… have tutored children at the migrant workers'
    # centre on Sundays. This term 9 members take part")
    Rule("volunteer_participants", ("Members of the branch helped out as volunteers at the food bank this spring. Seven members "
                                    "took part in 12 sessions.",
                                    "Since April members have read books with children at the town library. Eight members have "
                                    "taken part so far.",
                                    "Members have coached pupils at the migrant workers' centre since May. This term 7 members "
                                    "take part."),
         earlier=rf"{_VOLUNTEERED_BEFORE}|\b{_TUTORED_AT_A_CENTRE}",
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|teachers|volunteers) (?:have |had )?(?:took part|taken part|take part|"
               rf"participated|joined in|take turns|took turns)(?: so far| to date)?(?:\s*(?:[.;,]|$)| and\b| in (?:it|them)\b| in (?:all )?"
               rf"[\d,a-z-]+ (?:[a-z-]+ )?{_SESSIONS_SERVED})"),
    Rule("volunteer_sessions", ("Members of the branch volunteered at the town museum on Saturdays. Ten members took part in "
                                "15 sessions.",),
         earlier=_VOLUNTEERED_BEFORE, before=r"\b(?:took part|taken part|participated|joined) in(?: all)?\s*$",
         after=rf"^(?:[a-z-]+ )?{_SESSIONS_SERVED}"),
    # (or who listened, read to: "… read to children at the library. Nine members joined in, and 60 children have
    # listened.")
    Rule("volunteer_beneficiaries", ("The branch's members volunteered at the library on Sundays, reading to children. Eight "
                                     "members took part, and some 150 children came along.",
                                     "Members have read stories to children at the county library on Sundays. Nine of them "
                                     "have taken part, and 50 children have listened."),
         earlier=_VOLUNTEERED_BEFORE,
         after=r"^(?:[a-z-]+ )?(?:children|kids|residents|villagers|older people|elderly people|people|visitors) "
               r"(?:came|came along|turned up|dropped in|were served|(?:have |had )?(?:come|listened|been served)|"
               # (or joined what the volunteers ran: "230 children joined the club")
               r"(?:have |had )?joined (?:the|its|their) (?:[a-z-]+ )?(?:scheme|club|class|classes|programme|program))\b"
               r"(?! to (?:help|volunteer))(?! as volunteers)"),
    # (or some of its members who took part in it: "… planted 120 saplings on the hill. Sixteen of its 19 members took part.")
    Rule("volunteer_participants", ("The branch planted 80 saplings by the river with other branches. Twelve of its 15 members "
                                    "took part.",
                                    "The branch and the village's branch cleared litter from the pond. Nine of its members took "
                                    "part."),
         earlier=_PUBLIC_WORK, after=_SOME_OF_ITS_MEMBERS_TOOK_PART,
         # (not those who did not: "All but six of its members took part")
         not_before=r"\b(?:all but|all except|except for|except)\s*$"),
    # (or in the same sentence, after a semicolon: "planted 60 saplings in the park as volunteer work; 17 of its 20 members
    # took part")
    # (or the members counted alone: "… cleared litter along the lake path; 11 members took part")
    Rule("volunteer_participants", ("the branch planted 40 saplings in the park as volunteer work; 11 of its 14 members took "
                                    "part",
                                    "the branch and its pupils cleared litter from the pond; 9 members took part"),
         frame=rf"(?:{_PUBLIC_WORK})[^.;]*;\s*$",
         after=rf"{_SOME_OF_ITS_MEMBERS_TOOK_PART}|^(?:party )?members (?:took part|joined in)\b"),
    # (and some of its pupils who did the work with the branch: "the branch and 40 of its pupils picked up litter along the
    # river path")
    Rule("volunteer_participants", ("the branch and 30 of its pupils picked up litter in the park",),
         before=r"\b(?:branch|school|committee) and\s*$",
         after=rf"^of (?:its|the school['’]s|their) (?:pupils|students|young pioneers|pioneers) (?:{_PUBLIC_CLEAN_UP})"),
    # (or the members listed first among the people who took part in work for the public the sentence before told:
    # "… joined villagers to plant 500 saplings on the hill. Twelve members, 30 pupils and some 40 villagers took part.")
    Rule("volunteer_participants", ("Members of the branch joined villagers to plant saplings on the hill. Twelve members, 30 "
                                    "pupils and some 40 villagers took part.",),
         earlier=_PUBLIC_WORK,
         after=r"^(?:party )?members,?(?: (?:about |some |nearly )?(?:\d[\d,]*|[a-z-]+) [a-z]+,?)*? and (?:about |some |nearly )?"
               r"(?:\d[\d,]*|[a-z-]+) [a-z]+ (?:took part|joined in|came)\b"),
    # (or with the people, then the person-times: "…, with members and teachers participating 1,240 person-times")
    Rule("volunteer_participants", ("carried out volunteer activities 30 times, with members and teachers participating 500 person-times",),
         frame=rf"\b{VOLUNTEERING}\b",
         before=r"\bwith (?:[a-z-]+ ){0,2}?(?:party members|members|teachers|staff|people|volunteers)(?: and (?:[a-z-]+ )?"
                r"(?:teachers|members|staff|students|parents))? (?:participating|taking part)(?: a total of)?\s*$",
         after=r"^person-times\b"),
    # the person-times a volunteer service is told with: "8 volunteer activities with 156 person-times"
    # (or attendances, the volunteers named as the sentence's subject: "the student volunteer team, guided by the committee,
    # took part in 64 activities with 1,280 attendances")
    Rule("volunteer_participants", ("members took part in 8 volunteer activities with 156 person-times",),
         before=r"\bvolunt(?:eer|ary)\b[^.;]{0,40}?\bwith(?: a total of)?\s*$", after=r"^person-times\b"),
    Rule("volunteer_participants", ("the volunteer team, led by the branch, took part in 30 activities with 600 attendances",),
         frame=r"\bvolunt(?:eer|ary) (?:team|group|corps|squad)\b[^.;]{0,80}?\bwith(?: a total of)?\s*$", after=r"^attendances\b"),
    # (or after a comma, with who took part: "12 volunteer activities, with 90 person-times of party members participating";
    # not of events of other kinds listed with them: "8 party lectures and 20 volunteer activities, with …")
    Rule("volunteer_participants", ("the team held 12 volunteer activities, with 90 person-times of party members participating",
                                    "held 4 party lectures; organized volunteer service 9 times, with 120 person-times of "
                                    "party members participating"),
         # (the clause since a semicolon only: "…, Party lessons 4 times; organized volunteer service 10 times, with …")
         frame=r"(?:^|;)(?:(?!\b(?:party days?|lectures?|classes|lessons|stud(?:y|ies)|meetings?|sessions?)\b)[^.;])*"
               r"\bvolunt(?:eer|ary)\b[^.;]{0,60}?,\s*with(?: a total of)?\s*$",
         after=r"^person-times of (?:[a-z-]+ ){0,2}?(?:members|teachers|people|volunteers|staff)\b\s*(?:participating|taking part|"
               r"involved|joining)\b"),
    # (or the participation itself counted in person-times, the sentence about volunteering: "the volunteer corps ran 40
    # events, with about 900 person-times of participation")
    Rule("volunteer_participants", ("the volunteer corps ran 40 events, with about 900 person-times of participation",),
         frame=r"\bvolunt(?:eer|ary)", after=r"^person-times of (?:participation|attendance)\b"),
    # (or the visits members made, each a member's, in a line of a service: "Service: 4 visits to the care home, 40
    # member-visits in all")
    Rule("volunteer_participants", ("Service: 4 visits to the care home, 40 member-visits in all",
                                    "Volunteering: 5 outings to the care home, 30 member-visits"),
         frame=r"(?:^|\n)\W*(?:volunteer(?:ing)? |voluntary )?(?:service|volunteering)\s*:", after=r"^member-visits\b"),
    # (and the outings or visits to a home of the elderly the line counts: "Volunteering: 6 outings to the care home")
    Rule("volunteer_sessions", ("Volunteering: 5 outings to the Elm care home",),
         frame=r"(?:^|\n)\W*(?:volunteer(?:ing)? |voluntary )?(?:service|volunteering)\s*:\s*$",
         after=rf"^(?:outings|trips|visits) to (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME}"),
    Rule("volunteer_participants", ("more than 120 volunteer participations",),
         after=r"^volunteer (?:participations|person-times|attendances)\b"),
    # a team said by its size: "our 19-member volunteer team", "a 30-member party branch"
    # (or a team of volunteers said to be so strong: "Its 12-strong team of volunteers runs a free club")
    Rule("volunteer_participants", ("Its 12-strong team of volunteers runs a free club",),
         after=r"^-strong (?:[a-z-]+ )?(?:team|group|corps|squad) of (?:party |member )?volunteers\b"),
    # (or volunteers said after what they are: "the club has 26 volunteer teachers")
    Rule("volunteer_participants", ("the reading club now has 14 volunteer teachers",),
         after=r"^(?:party member |member )?volunteer (?:teachers|members|staff)\b"),
    Rule("volunteer_participants", ("Our 19-member volunteer team tutored children",),
         after=r"^-member (?:party member |teacher )?(?:[a-z-]+ ){0,2}?volunt(?:eer|ary)(?: service)? (?:team|group|squad|corps)\b"),
    # (or by the people it is made of: "set up a volunteer team of 20 teachers")
    Rule("volunteer_participants", ("the branch set up a volunteer team of 20 teachers",
                                    "a voluntary service group made up of 35 party members"),
         before=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad|corps) (?:of|made up of|formed of|formed by|"
                r"consisting of)\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?{PEOPLE}\b"),
    # (or a team of its own name, in a sentence after one on volunteering: "Q: And volunteering? A: Our "Morning Star" team
    # of 16 members helps pupils across the road")
    Rule("volunteer_participants", ('Q: What about volunteering? A: Our "Morning Star" team of 16 members helps at the crossing.',),
         earlier=r"\bvolunt(?:eer|ary|eering)\b",
         before=r"\b(?:team|group|squad|corps) (?:of|made up of|formed of|formed by|consisting of)\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?{PEOPLE}\b"),
    # (or a team that ran a drive for people in need, a charity of its own: 'a team of 20 members ran a free "Warm Winter"
    # clothing drive')
    Rule("volunteer_participants", ('a team of 20 members ran a free "Warm Winter" clothing drive',
                                    "a team of 12 teachers organised a charity book collection for village schools"),
         before=r"\ba team of\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?{PEOPLE} (?:ran|organi[sz]ed|held|led) an? (?:free |charity |charitable |donation )?"
               r"(?:[a-z-]+ ){0,4}?(?:drive|collection|charity sale|fundraiser|appeal)\b"),
    # (its size alone, the people it is made of not said again: "members formed a volunteer team of 18 and …")
    Rule("volunteer_participants", ("members formed a volunteer team of 18 and cleaned the park",),
         before=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad|corps) of\s*$", after=r"^\s*(?:[,;.)]|and\b|$)"),
    # (not its committee: "elected a new five-member branch committee")
    Rule("members_total", ("The school has a 30-member party branch.",),
         after=r"^-member (?:communist )?(?:party )?(?:general )?branch\b(?! committee)"),
    Rule("volunteer_participants", ("170 party member volunteers", "60 parent volunteers", "85 teacher and student volunteers",
                                    "Number of registered member volunteers: 31"),
         after=r"^(?:registered |active )?(?:party (?:member )?|[a-z-]+ (?:and [a-z-]+ )?)?volunteers\b"),
    # the people who took part counted in person-times: "with 480 person-times of members and teachers taking part"
    Rule("volunteer_participants", ("the volunteers served the community 62 times, with 480 person-times of members and "
                                    "teachers taking part",),
         # (of a volunteering alone: not after events of several kinds, "6 party lectures and 12 volunteer activities")
         frame=r"^(?:(?!lectures?|party days?|meetings?|stud(?:y|ies)|lessons?)[^.;])*\bvolunt"
               r"(?:(?!lectures?|party days?|meetings?|stud(?:y|ies)|lessons?)[^.;])*$",
         after=r"^person-times of (?:[a-z-]+ )?(?:members|teachers|party members|volunteers)\b"
                                  r"(?: and (?:[a-z-]+ )?(?:members|teachers|pupils|students|parents))? (?:taking part|"
                                  r"participating|took part|participated)\b"),
    # the members some of whom volunteered, counted after the share: "27 of the 35 party members of Elm School volunteered"
    # (before the volunteers' rule below reads them as the volunteers)
    # (or signed up as volunteers: "15 of the school's 28 Party members registered as community volunteers", the share
    # the volunteers)
    # (the share said in words too, and its service what makes volunteers: "Twenty-two of the 41 members of Elm School's
    # branch gave blood")
    Rule("members_total", ("when the floods came, 19 of the 24 party members of Elm School volunteered at the centre",
                           "12 of the school's 30 party members registered as community volunteers",
                           "Eighteen of the 32 members of Elm School's branch gave blood in May"),
         # (or of the school named: "31 of Elm Primary School's 35 Party members")
         before=rf"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) of (?:the|its|our|{_THE_SCHOOLS})\s*$",
         after=r"^(?:communist )?(?:party )?members\b(?: of [^.;,\d]{1,50}?)?\s+(?:have\s+|had\s+)?(?:volunteered\b|"
               rf"(?:registered|signed up|enrolled) as (?:[a-z-]+ )?volunteers\b|{_WHO_VOLUNTEERED})"),
    # (or took shifts at a place of service the sentence names: "mostly at the community service station, where 40 members
    # took weekly shifts")
    Rule("volunteer_participants", ("Members gave 900 volunteer hours at the service station, where 35 members took weekly shifts",),
         frame=r"\bvolunt(?:eer|ary)\b", after=r"^(?:party )?members\b (?:took|take|did|do|worked|work) (?:[a-z]+ )?shifts\b"),
    # (or signed up for the rota of a volunteer post told before, and the days it covers: "Members now stand at the gate each
    # morning as traffic volunteers. 16 members have signed up for the rota, covering 30 mornings so far.")
    Rule("volunteer_participants", ("Members now stand at the gate each morning as traffic volunteers. 16 members have signed "
                                    "up for the rota, covering 30 mornings so far.",),
         earlier=rf"\b{VOLUNTEERING}",
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|member teachers|teachers) (?:have |had )?(?:signed up|put their names "
               r"down) (?:for|to) (?:the|its|a|their) (?:[a-z-]+ )?(?:rota|roster|duty list)\b"),
    Rule("volunteer_sessions", ("Members now stand at the gate each morning as traffic volunteers. 16 members have signed "
                                "up for the rota, covering 30 mornings so far.",),
         earlier=rf"\b{VOLUNTEERING}", frame=r"\b(?:rota|roster|duty list)\b[^.;]{0,20}?,\s*covering\s*$",
         after=r"^(?:mornings|afternoons|evenings|shifts)\b"),
    # members who served as volunteers, in turns maybe: "14 party members took turns as volunteers at the crossing"
    Rule("volunteer_participants", ("14 party members took turns as volunteers at the crossing",
                                    "this summer 9 member teachers served as volunteers at the library"),
         after=rf"{_MEMBERS_SERVED_AS} (?:[a-z-]+ )?volunteers\b"),
    # (or who did something the sentence then calls a volunteer activity: "eight member teachers of Elm School held a quiz
    # for 60 villagers, as a volunteer activity of the branch")
    # (or calls them volunteers: "six member teachers have run a free pottery class for 30 children, as volunteers")
    Rule("volunteer_participants", ("eight member teachers of Elm School held a quiz for 60 villagers, as a volunteer "
                                    "activity of the branch",
                                    "six member teachers have run a free pottery class for village children, as volunteers",
                                    "the branch took 9 members and 20 pupils to the park, where they planted trees as volunteers",
                                    "five member teachers of Elm School taught at a hill village school as part of the district's "
                                    "summer volunteer scheme"),
         # (or pupils the members took with them: "took 18 members and 35 pupils to the park, where they planted trees as
         # volunteers")
         # (or as part of a volunteer programme of others, named: "… as part of the city's volunteer teaching programme")
         after=rf"^(?:[a-z-]+ )?(?:{PEOPLE}|pupils|parents)\b{_OF_THEIR_SCHOOL} [^.;]{{0,100}}?,? as (?:volunteers\b|(?:a|an|their|its|the "
               r"(?:branch|school|committee)['’]s) (?:[a-z-]+ )?volunt(?:eer|ary) (?:activity|service|project|work)\b|"
               r"part of (?:the|a|an|its|their) [^.;]{0,60}?\bvolunt(?:eer|ary) (?:programme|program|scheme|project|"
               r"campaign|service)\b)"),
    # member teachers paired with young teachers, not counted, are as many pairs: "Twenty-eight member teachers were paired with
    # young teachers"
    Rule("mentoring_pairs", ("Twenty member teachers were paired with young teachers.",),
         after=r"^(?:party )?(?:member teachers|party members|members) (?:were|have been|are) (?:each )?paired with "
               r"(?:[a-z-]+ )?(?:young|new|newly[- ]qualified) teachers\b"),
    # pairs counted in a sentence or field on mentoring: "Mentoring: 15 new pairs", "mentoring went on with 9 pairs"
    Rule("mentoring_pairs", ("Mentoring: 15 new pairs.", "the mentoring scheme now has 9 pairs"),
         frame=r"\bmentor(?:ing|s)?\b[^.;]*$", after=r"^(?:new )?pairs\b(?! of (?!mentors?\b))"),
    # the pairs a scheme of mentors named before has formed: "… Eleven of the mentors are members. The branch has formed 86
    # pairs since 2016."
    # (or the pairs a plan expects, mentoring named before in its sentence: "Mentoring: a member for each new teacher; we expect
    # 5 pairs")
    Rule("mentoring_pairs", ("Mentoring: a member for each new teacher; we expect 5 pairs.",),
         frame=r"\bmentor", before=r"\b(?:we|the branch|it) (?:expects?|plans? for|aims? for)\s*$", after=r"^(?:new )?pairs\b"),
    # (or the new teachers said first, paired with as many mentors: "paired 12 new teachers with 12 experienced mentors")
    # (the pairs counted by the mentors, the new teachers a count of their own)
    # (or matched, the teachers said as its own: "the committee matched its 8 young teachers with 8 member mentors")
    Rule("mentoring_pairs", ("this autumn the committee paired 12 new teachers with 12 experienced mentors",
                             "the committee matched its 8 young teachers with 8 member mentors"),
         frame=rf"\b(?:pair(?:ed|s|ing)?|match(?:ed|es|ing)?) (?:its |the |their |our )?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?) "
               rf"(?:[a-z-]+ )?(?:{NEW_TEACHERS_ADJ}|newly recruited|"
               r"newly hired) (?:teachers|colleagues) with\s*$", as_many=True,
         after=r"^(?:[a-z-]+ )?(?:mentors|members|member teachers)\b"),
    # (or, said by the branch itself, formed or matched: "Every new teacher gets a mentor. This year we matched 6 pairs.")
    Rule("mentoring_pairs", ("Nine of the mentors are Party members. The branch has formed 60 pairs since 2018.",
                             "Each new colleague is given a mentor from the branch. This term we matched five pairs."),
         earlier=r"\bmentor",
         before=r"\b(?:(?:has|have|had) (?:now )?formed|(?:we|they|it) (?:have |has |had )?(?:formed|matched|made|set up))\s*$",
         after=r"^pairs\b"),
    # the sessions of a study group, counted before it: "Study: 12 sessions of the committee's study group"
    Rule("study_sessions", ("Study: 12 sessions of the committee's study group", "the branch held 9 sessions of its study class"),
         after=r"^sessions of (?:the |its |our |their )?(?:[a-z'’-]+ ){0,2}?(?:theoretical )?study (?:group|class|circle)\b"),
    # the pairs a pairing scheme has formed, said to number so many: "the pairings formed since 2019 now number 118"
    Rule("mentoring_pairs", ("The branch says the pairings formed since 2019 now number 118.",
                             "the mentoring pairs the school has formed total 40"),
         before=r"\b(?:pairings|mentoring pairs|mentor-mentee pairs)\b[^.;]{0,40}?\b(?:now )?(?:number|numbered|total|totalled|"
                r"stand at|stood at|come to|came to|have reached|reached)\s*$"),
    # the sessions of a study group that meets at a rate, in brackets after it: "the committee's study group meets monthly (12
    # sessions)"
    Rule("study_sessions", ("the committee's study group meets monthly (12 sessions)",),
         frame=r"\bstudy (?:group|class|circle)\b[^.;()]{0,30}?\bmeets? (?:monthly|weekly|every (?:month|week)|once a "
               r"(?:month|week)|twice a month)\s*\(\s*$",
         after=r"^(?:study )?sessions\b"),
    # (or the times they did what the sentence before tells of as a free service or as volunteering, said as "it": "… visit
    # the community to run a free storytelling hour for toddlers. We've done it 30 times this year.")
    Rule("volunteer_sessions", ("Members visit the community to run a free storytelling hour for toddlers. We've done it "
                                "30 times this year.",),
         earlier=rf"\b{VOLUNTEERING}|\bfree (?:[a-z-]+ ){{0,2}}?(?:hours?|class(?:es)?|clubs?|sessions?|workshops?|clinics?|"
                 r"tutoring|lessons?|talks?)\b",
         before=r"\b(?:we|they)(?:'ve| have| had)? (?:done|held|run|organi[sz]ed|given) (?:it|this|that|them)\s*$",
         after=r"^times\b"),
    # (or the times the event of such a service has been held, said in the sentence after it: "… repaired bicycles for residents
    # free of charge. The monthly repair day has been held 27 times.")
    Rule("volunteer_sessions", ("Members repaired bicycles for residents free of charge. The repair day has been held 20 times.",),
         earlier=r"\bvolunt|\bfree of charge\b|\bfor free\b|\bfree (?:[a-z-]+ ){0,2}?(?:repairs?|haircuts|classes|clinics?|"
                 r"tutoring|lessons)\b",
         before=r"\b(?:has|have|had) been (?:held|run|organi[sz]ed)\s*$", after=r"^times\b"),
    # the public helped, said in the passive in the sentence after the members' volunteering or help: "… spent a day
    # helping villagers repair roofs. Some 60 households were helped."
    Rule("volunteer_beneficiaries", ("After the storm, members spent a day helping villagers repair roofs. Some 60 households "
                                     "were helped.", "Members volunteered at the station. More than 300 travellers were helped."),
         earlier=r"\bvolunt|\bhelping (?:local )?(?:residents|villagers|neighbou?rs|the elderly|elderly people|families)\b|"
                 r"\bfree of charge\b|\bfor free\b",
         after=rf"^(?:[a-z-]+ )?(?:{_THE_PUBLIC_SERVED}|households|families|homes|people|patients|travell?ers|passengers) "
               r"(?:were|have been|had been) (?:helped|served|reached|assisted)\b"),
    # (or those the volunteers guided or helped, said after a comma in their sentence: "17 members volunteered at the station,
    # guiding some 4,000 travellers")
    # (or by those who gave their time: "took turns to help at the crossing, helping some 500 pupils and older people")
    # (or handed things: "…, handing out water to some 3,000 runners")
    Rule("volunteer_beneficiaries", ("12 members volunteered at the bus station over the holiday, guiding some 900 travellers",
                                     "ten members took turns to help at the crossing, helping some 500 elderly people cross",
                                     "20 student volunteers ran a water station, handing out drinks to some 3,000 runners",
                                     "18 members joined the rescue effort after the flood, moving 200 residents to safety",
                                     "during the storm 15 members volunteered at the shelter, serving hot meals to about 300 people",
                                     "in the floods 12 members worked shifts at the village shelter, looking after 250 people"),
         # (or moved to safety by those who joined a rescue: "joined the rescue effort, moving 300 residents to safety")
         # (another thing they did may come first: "…, marking the route and handing out water to 5,000 runners")
         # (or those looked after at a shelter: "worked shifts at the shelter, looking after some 300 people")
         # (or those a community's event was run for, members helping it: "helped the community run its election, guiding
         # some 900 voters")
         frame=rf"(?:\bvolunt|\b{_GAVE_THEIR_TIME}|\brescue (?:effort|work|operation)s?\b|\b{WORKED_AT_A_SHELTER}|"
               r"\bhelped (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:community|village|neighbou?rhood)\b)[^.;]*,\s*"
               r"(?:[^.;,]{0,40}?\band )?(?:guiding|helping|serving|looking after|caring for|"
               rf"assisting|directing|moving|evacuating|rescuing|(?:handing(?: out)?|giving out|serving) [a-z ]{{1,30}}? to)"
               rf"(?: {QUALIFIER})?\s*$",
         after=_THE_PUBLIC_ON_THE_MOVE),
    # (or the sentence after, those who took part helping them: "… volunteers helped at the bus station. In all, 40 students
    # took part, helping about 900 travellers")
    Rule("volunteer_beneficiaries", ("Volunteers helped at the bus station. In all, 40 students took part, helping about 900 "
                                     "travellers.",),
         earlier=r"\bvolunt", frame=rf"\b(?:took part|taken part|participated|helped)\b[^.;]*,\s*(?:guiding|helping|serving|assisting)"
                                    rf"(?: {QUALIFIER})?\s*$",
         after=_THE_PUBLIC_ON_THE_MOVE),
    # (or those the volunteers served food to, told in the sentence after their volunteering: "… volunteered at the shelter.
    # They served hot meals to some 200 evacuees.")
    Rule("volunteer_beneficiaries", ("Members volunteered at the flood shelter. They served hot meals to some 200 evacuees.",),
         earlier=r"\bvolunt", before=r"\bserved (?:[a-z]+ )?(?:meals|food|breakfasts?|lunch(?:es)?|dinners?|drinks) to\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{_THE_PUBLIC_SERVED}|evacuees|people|families|patients|travell?ers|passengers|runners)\b"),
    # (or the place of the day of such a service among the year's, said in the sentence after it: "… fixed bicycles for
    # residents for free. It was the branch's fourth repair day this year.")
    Rule("volunteer_sessions", ("Members fixed bicycles for residents for free. It was the branch's fourth repair day this year.",),
         earlier=r"\bvolunt|\bfree of charge\b|\bfor free\b", before=r"^held\s*$",
         after=r"^(?:[a-z-]+ )?(?:repair|service|clean-up|haircut|health check|check-up) (?:day|morning|afternoon|trip|stall)\b"),
    # (or the visits to communities the team of a volunteer or free service made, told after it: "… run a volunteer service,
    # repairing appliances for residents free of charge. The team made 48 visits to communities in the year.")
    Rule("volunteer_sessions", ("Members run a volunteer repair service for residents. The team made 30 visits to communities.",),
         earlier=r"\bvolunt|\bfree of charge\b|\bfor free\b",
         before=r"\b(?:the|our|its) (?:team|group|service|volunteers)\b[^.;,]{0,20}?\b(?:made|paid)\s*$",
         after=r"^visits to (?:the |local |nearby )?(?:communit(?:y|ies)|villages?|neighbou?rhoods?|care homes?)\b"),
    # (or served in a volunteer's part, in a sentence on volunteering: "On the volunteering side, 40 members served as
    # stewards and guides at the city's marathon")
    Rule("volunteer_participants", ("On the volunteering side, 40 members served as stewards and guides at the city marathon",),
         frame=r"\bvolunt(?:eer|ary|eering)\b", after=_MEMBERS_SERVED_AS),
    # (or some of the members just counted: "The branch has 20 members, and 16 of them are registered as volunteers with the
    # community")
    Rule("volunteer_participants", ("The branch has 20 members, and 16 of them are registered as volunteers with the community.",),
         frame=r"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:party )?members\b[^.;\d]{0,10}$",
         after=r"^of them (?:are|were|have been|had been|have|had) (?:now |all )?(?:registered|signed up|enrolled) as "
               r"(?:[a-z-]+ )?volunteers\b"),
    Rule("volunteer_participants", ("12 of the school's 30 party members registered as community volunteers",
                                    "31 of Elm Primary School's 35 Party members have signed up as community volunteers"),
         after=rf"^of (?:the|its|our|{_THE_SCHOOLS}) \d[\d,]* (?:communist )?"
               r"(?:party )?members\b"
               r"(?: of [^.;,\d]{1,50}?)?\s+(?:have\s+|had\s+)?(?:registered|signed up|enrolled) as (?:[a-z-]+ )?volunteers\b"),
    # the volunteer service counted in person-times: "87 person-times of volunteer service by members"
    # the people a service reached, as a translation calls them (服务对象): "the service objects were 800 person-times"
    Rule("volunteer_beneficiaries", ("the service objects were 800 person-times", "service objects reached 1,200 person-times"),
         before=r"\bservice objects? (?:were|was|reached|totall?ed|numbered|amounted to)\s*$",
         after=r"^(?:person-times|people|persons|residents)\b"),
    # those admitted said to be among the people who applied, right after their admission: "Five teachers were admitted to
    # the Party. They were among 14 teachers who applied in 2022."
    Rule("applicants", ("Three teachers were admitted as probationary members. They were among 9 teachers who applied in 2021.",),
         earlier=r"\b(?:admitted|accepted|recruited)\b[^.;]{0,40}?\b(?:party|probationary members?)\b",
         before=r"\b(?:were|was) (?:among|one of|two of|three of)\s*$", after=rf"^(?:[a-z-]+ )?{PEOPLE} who (?:had )?applied\b"),
    # applications received: "12 applications to join were received"
    Rule("applicants", ("12 applications to join were received", "the branch received 9 applications for membership"),
         after=r"^(?:written )?applications (?:to join(?: the party)?|for (?:party )?membership|for joining the party)"
               r"(?: (?:were|have been|had been) (?:received|submitted|handed in))?\b"),
    # (or applications read before activists were chosen, said in the sentence that names them: "chose four activists after
    # reading 15 applications")
    Rule("applicants", ("the branch chose four activists from teachers after reading 15 applications",),
         frame=r"\b(?:activists?|membership)\b[^.;]*\b(?:after|from|having) (?:review|consider|read|receiv|process)\w*\s*$",
         after=r"^applications\b"),
    # the children who come to a free class the members run: "a free weekend class that 41 children now attend"
    Rule("volunteer_beneficiaries", ("last year they started a free weekend class that 41 children now attend",),
         before=r"\bfree (?:[a-z-]+ ){0,2}?(?:class|club|course|camp|classes|clubs) (?:that|which)\s*$",
         after=r"^(?:children|pupils|students|residents|villagers|people|kids) (?:now |still |regularly )?(?:attend|attended|join|joined|"
               r"come to|came to)\b"),
    Rule("volunteer_participants", ("the quarter's work: 87 person-times of volunteer service by members",),
         after=r"^person-times of volunt(?:eer|ary) (?:service|work)\b"),
    # the people of a volunteer team named before, who served in it or are its members now: "… Over the years more than
    # 200 teachers have served in the team. Today the team has 40 members."
    Rule("volunteer_participants", ("The branch set up a volunteer team in 2010. Over the years 200 teachers have served in the team.",),
         earlier=r"\bvolunt", after=r"^(?:[a-z-]+ )?(?:teachers|members|people|staff|volunteers|party members) (?:have |had )?"
                                    r"(?:served|worked|volunteered) (?:in|with|on) (?:the|this|its|our) (?:volunteer )?"
                                    r"(?:team|group|corps)\b"),
    Rule("volunteer_participants", ("Our volunteers gave 600 hours of service. Today the team has 40 members.",),
         earlier=r"\bvolunt|\bservice\b|\bserved\b",
         before=r"\bthe (?:volunteer )?(?:team|corps) (?:now |currently |still )?(?:has|had|numbers|counts)\s*$",
         after=r"^members\b"),
    # the members that some, counted before, who volunteered are of (not all volunteered): "17 of the 40 Party members of
    # Oak School gave blood" (those who did: below)
    Rule("members_total", ("On Blood Donor Day 17 of the 40 Party members of Oak No. 2 Middle School gave blood",),
         before=r"\b\d[\d,]* of (?:the|its|our)(?: [a-z'’]+)?\s*$", after=rf"^{_MEMBERS_OF_THEIR_SCHOOL}\s+{_WHO_VOLUNTEERED}"),
    # the members who led the people just counted, set off by commas: a part of them, not a count of its own ("56 teachers of
    # Elm School, led by 21 party members, worked as volunteers")
    # (but student volunteers led by member teachers are led by people not among them, volunteers with them: "30 student
    # volunteers, led by four teacher members, guided visitors")
    Rule("volunteer_participants", ("30 student volunteers from Elm College, led by four teacher members, guided visitors",),
         frame=r"\d[\d,]* (?:student|pupil|young pioneer) volunteers\b(?:[^.;]|(?<=\bno)\.){0,60},\s*led by\s*$",
         after=r"^(?:teacher members|member teachers|(?:party )?members)\b[^.;,]{0,20},"),
    # (or students led by them in a free service, not counted: "students of the college, led by two member teachers, repair
    # bicycles free of charge")
    Rule("volunteer_participants", ("Every Friday, students of Elm College, led by three member teachers, mend bicycles for free.",),
         frame=r"\b(?:students|pupils)\b[^.;\d]{0,80},\s*led by\s*$",
         after=r"^(?:teacher members|member teachers|(?:party )?members)\b,\s*[^.;]{0,60}?\b(?:free of charge|for free|as volunteers)\b"),
    Rule(None, ("56 teachers of Elm School, led by 21 party members, watched the film",),
         frame=r"\d[\d,]* (?:[a-z-]+ ){0,2}?(?:teachers|staff|staff members|people|pupils|students|volunteers)\b"
               r"(?:[^.;]|(?<=\bno)\.){0,60},\s*"
               r"(?:led|headed|guided) by\s*$",
         after=r"^(?:[a-z-]+ )?(?:party )?members\b[^.;,]{0,20},", name="the leaders among the people counted"),
    # (not those whose volunteering the sentence then counts in times, each one's added: "all 40 members of Elm School
    # registered with their communities and have volunteered there 260 times", whose person-times are the figure)
    # (or said to be many: "have volunteered there many times")
    Rule(None, ("all 40 members of Elm School registered with their communities and have volunteered there many times",),
         after=r"^(?:[a-z-]+ ){0,2}?(?:members|teachers|volunteers)\b(?:[^.;]|(?<=\bno)\.){0,120}?\bvolunteered\b[^.;\d]{0,30}"
               r"(?:\d[\d,]*|many|several|dozens of|hundreds of)\s+times\b",
         review=True, name="people whose times of volunteering are counted"),
    # the members who gave a measure of volunteer hours, counted after it: "280 volunteer hours by 24 members"
    Rule("volunteer_participants", ("- 280 volunteer hours by 24 members",),
         before=r"\b(?:volunteer|voluntary) hours\s+(?:given\s+|worked\s+)?by\s*$",
         after=r"^(?:party )?(?:members|member teachers|teachers|volunteers)\b"),
    # members who joined people of the place in a public work, those people counted between: "Twenty members of the branch
    # joined 60 residents to clear litter from the stream" (the residents are the place's, no volunteers of the school's)
    Rule("volunteer_participants", ("Twenty members of the branch joined 60 residents to clear litter from the stream",
                                    "Twenty members of Elm School's branch joined 40 residents of the estate in a clean-up of the park"),
         after=r"^(?:(?!of\b)[a-z-]+ ){0,2}?(?:party )?(?:members|member teachers|teachers)\b(?: (?:of|from) [^.;,\d]{1,80}?)? "
               r"joined (?:about |some |over |more than )?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:[a-z-]+ )?(?:residents|villagers|"
               r"parents|volunteers|people|neighbours|neighbors) (?:(?:to|in) (?:clear|clean|pick|collect|plant|sweep|tidy|repair|"
               r"paint)|(?:[^.;,]{0,30}? )?in (?:a|the) (?:[a-z-]+ )?clean-?up\b)"),
    Rule("volunteer_participants",
         ("in all, 29 teachers joined the volunteer team", "more than 30 teachers volunteered at the station",
          "11 party member teachers volunteered to coach the pupils",
          "in the autumn term 10 member teachers took turns on morning traffic duty",
          "in May two members helped the town clinic give free check-ups to older residents",
          "in winter three members brought jigsaws to children in hospital",
          "before New Year five members painted lanterns and took them to 40 families on the estate, free of charge",
          "42 party members and teachers of the school went into the community to carry out volunteer service",
          "twelve party members took part in the voluntary service",
          "the branch organized 28 party members to carry out a volunteer service activity",
          "42 party members took the lead in signing up for community volunteer service",
          "on Arbor Day 25 members and 90 pupils planted 300 saplings along the river",
          "on Arbor Day 16 members and 3 activists of Elm School planted 90 saplings",
          "since March three members of the branch have stood guard at the school gate each afternoon",
          "in exam week 6 members stood at the crossing by the gate each morning",
          "when the river flooded, 14 members helped evacuate 90 villagers",
          "on Saturday 4 members helped the nurses of the town clinic run a free eye check",
          "in May five members went to Pine village and repainted its hall for the villagers",
          "on Sunday 5 members helped the Pine village hold its committee election",
          "in exam week 6 members staffed an information point near the exam hall",
          "before the festival 6 members made moon cakes with pupils and gave them to 30 street cleaners",
          "more than 40 teachers took part in community service over the year",
          "35 party members of our school signed up as volunteers at the testing site",
          "during the flood, 26 party members signed up to be volunteers",
          "18 party members and 9 young teachers formed a volunteer team for the testing site",
          "the branch led 20 party members and 60 Young Pioneers to the park to carry out volunteer service",
          "on World Blood Donor Day, 15 party members donated blood voluntarily",
          "23 party members and teachers of No. 2 Middle School donated blood",
          "in 2021, 32 party members registered as community volunteers",
          "9 members joined a blood donation drive run by the town",
          "twenty members have become regular volunteers at the service station",
          "nearly forty party member teachers served as volunteers at the examination site",
          "the branch sent 14 members and 30 pupils to volunteer at the care home",
          "the branch organized 18 members to give 600 hours of volunteer service",
          "on the Double Ninth Festival 11 party members visited the town's nursing home",
          "6 party members went to the Red Maple Elderly Care Center",
          "25 party members went to the riverside and picked up 40 bags of litter",
          "18 party members and 9 other teachers donated a total of 7,200 ml of blood",
          "on Arbor Day 12 party members of Elm School and 30 pupils from the Young Pioneers planted 90 saplings",
          "8 party members from Birch Kindergarten and 20 of its children visited the Riverside care home",
          "21 members of the Party branch of Elm Tree Road Experimental School and about 50 parents picked up litter",
          "Fourteen Party members of No. 5 Middle School spent the morning of April 2, 2023, the day of the town's spring "
          "clean, collecting litter along the canal",
          "this term 26 Party members at Elm School have taken turns on morning crossing duty",
          "when the river rose, 17 Party members of Elm School answered the town's call for volunteers",
          "last Sunday nine of our Party member teachers and 20 pupils spent the afternoon at the Elm care home",
          "11 members helped at the town's spring blood drive", "Twenty members gave a total of 380 volunteer hours",
          "when the blood bus came, 9 members helped register donors",
          "since the spring, 12 member teachers have given free Saturday tutoring to village children",
          "on Sunday 10 student members of Elm College set up a free repair stall in the square",
          "the 9 women members of Elm School collected and delivered 150 books to a village school in the hills",
          "nine members of Elm School joined 30 pupils on 12 March to plant trees by the canal",
          "on Saturday six members of Elm School put on a free magic show at the library",
          "this spring two member teachers of Elm School taught free swimming lessons to children of the estate"),
         # (people counted before other people, "paired with 15 young teachers, and 20 members volunteered",
         # are not the volunteers: no other count stands between them and the service)
         # (or with others they led, counted too: "led 26 party members and 80 Young Pioneers to …")
         # (a school's number may stand between: "23 party members of No. 2 Middle School donated blood"; or a date:
         # "gave up their Saturday on 16 March 2024 to plant 300 trees")
         # (each kind may say whose it is: "18 party members of Elm School and 40 pupils from the Young Pioneers planted …";
         # the others' count may be rough: "21 members of Elm School and about 50 parents cleaned up the park")
         # (some of the school's, said so: "twelve of our Party member teachers and thirty pupils spent the morning at …")
         after=rf"^(?:person-times of )?(?:of (?:our|its|their|the (?:school|branch|kindergarten)['’]s) "
               rf"(?=(?:[a-z-]+ ){{0,2}}?(?:party )?(?:members|member teachers)\b))?"
               rf"(?:(?!of\b)[a-z-]+ ){{0,2}}?{SERVING}(?: (?:of|from) [^.;,\d]{{1,80}}?"
               rf"(?= (?:and|joined) (?:{QUALIFIER} )?\d))?"
               # (the others' count may be in words, and their year or grade said: "and twenty Year 7 pupils")
               # (or others the members joined: "12 members joined 40 pupils to plant trees")
               rf"(?: (?:and|joined) (?:(?:{QUALIFIER} )?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?(?: (?:hundred|thousand))?) )?"
               rf"(?:of (?:its|their|our|the (?:school|kindergarten)['’]s) )?"
               rf"(?:(?:year|grade) \d{{1,2}} |[a-z-]+ )?{SERVING}"
               rf"(?: (?:of|from) (?:the )?(?:young pioneers|[^.;,\d]{{1,30}}?"
               r"\b(?:school|kindergarten|college|class|grade)))?)?"
               # (not to be mentors: "… have volunteered to be mentors next year")
               rf"\b(?:[^.;\d]|\bno\.\s?\d{{1,3}}\b|{_A_DATE}){{0,120}}?\b(?:volunteered(?! to (?:be|become|serve as|act as) mentors)|"
               r"to volunteer\b(?! (?:team|service))|donated blood|gave blood|"
               # (or swept a public place: "swept the estate's lanes")
               r"swept (?:the )?(?:[a-z'’-]+ )?(?:lanes|streets|roads|paths|squares?|parks?|pavements)\b|"
               # (or the blood they gave, measured: "donated a total of 10,200 ml of blood")
               r"donated (?:a total of |about |over |more than |nearly )?[\d,]+ ?(?:ml|millilit(?:er|re)s)\b|"
               # (or went to a home of the elderly: "9 party members visited the Hexi nursing home")
               rf"{VISITED_A_CARE_HOME}|"
               # (or worked where people a disaster drove from their homes were sheltered: "22 members worked in shifts at the
               # village shelter")
               rf"{WORKED_AT_A_SHELTER}|"
               # (or picked up litter, somewhere public: "went to the river and picked up 60 bags of rubbish", "joined
               # villagers to clear litter from the pond")
               r"(?:picked up|picking up|collected|collecting|cleared|clearing|cleaned up|cleaning up|"
               r"to (?:pick up|collect|clear|clean up))\b[^.;]{0,30}?\b(?:rubbish|litter|garbage|trash)\b|"
               # (or planted trees somewhere public: "31 members and 120 pupils planted 200 saplings along the canal"; not in
               # the school's own grounds)
               r"(?:planted|planting|to plant) (?:[\d,]+ |more than [\d,]+ |about [\d,]+ )?(?:[a-z-]+ )?(?:trees|saplings)\b"
               r"(?![^.;]{0,40}\b(?:in|on|at|around|inside|within|across) (?:the |our |its )?(?:school|campus|kindergarten)\b)|"
               # (or a blood drive, the town's maybe: "joined the county's blood drive")
               r"(?:joined|took part in|participated in) (?:a|an|the) (?:[a-z'’-]+ ){0,2}?blood(?:-| )(?:donation|drive)|"
               # (or helped at such a public event: "12 members helped at the spring blood drive")
               r"helped (?:out )?(?:at|with) (?:a|an|the) (?:[a-z'’-]+ ){0,3}?(?:blood(?:-| )(?:donation|drive)|"
               r"(?:charity|community|health) (?:fair|sale|day|clinic)|clean-up)\b|"
               # (or helped its donors: "9 members helped to register the donors")
               r"helped (?:to )?(?:register|guide|look after|serve) (?:the )?(?:blood )?donors\b|"
               # (or gave something free, a service as volunteering is: "have given free weekend tutoring to 30 pupils")
               r"(?:have|has|had) (?:given|offered|provided) free (?:[a-z-]+ ){0,2}?(?:tutoring|lessons|classes|"
               r"haircuts|check-ups|repairs|consultations|advice)\b|"
               # (or delivered things given to a school, a village or a home of care themselves: "collected and delivered 200
               # books to a village school")
               rf"{_DELIVERED_DONATIONS}|"
               # (or held a free event for the public: "put on a free magic show at the library")
               # (not one for its own pupils' parents: "gave a free talk on homework for the parents of its Year 3 pupils")
               rf"{_HELD_A_FREE_EVENT}(?![^.;]{{0,60}}?\bfor (?:\d[\d,]* )?{_ITS_OWN_PUPILS_PARENTS})|"
               rf"{_TUTORED_AT_A_CENTRE}|"
               # (or coached or taught free sessions: "taught free swimming lessons to village children")
               r"(?:coached|taught|ran|led) free (?:[a-z-]+ ){0,2}?(?:sessions|lessons|classes|training)\b|"
               # (or set up a free stall: "set up a free repair stall in the square")
               r"set up (?:a |their |some )?free (?:[a-z-]+ ){0,2}?(?:stalls?|stands?|booths?|clinics?)\b|"
               rf"(?:have |had )?(?:taken|took) part(?: in|,) {GUARD_DUTY}|"
               # (or taken turns on it: "have taken turns on morning gate duty", "have taken turns to stand guard")
               rf"(?:have |had )?(?:taken|took|take) turns (?:on|at|doing|to) (?:[a-z-]+ )?{GUARD_DUTY}|"
               # (or helped a community run something for its residents: "helped the Pine community hold its residents'
               # committee election")
               r"helped (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:community|village|neighbou?rhood)(?: committee)? (?:to )?(?:run|hold|"
               r"organi[sz]e)\b|"
               # (or mended something for a village or its people: "repainted its old hall for the village's
               # children")
               r"(?:repainted|painted|repaired|mended|fixed up|rebuilt) [^.;]{0,40}?\bfor (?:the )?(?:village['’]s|villagers|"
               r"residents|local (?:people|children|families)|the community['’]s)\b|"
               # (or staffed a help desk somewhere public: "staffed an information point near the exam hall")
               r"(?:staffed|manned|ran) (?:an? |the )?(?:help|information|service|advice) (?:desk|point|station|booth)\b|"
               # (or helped doctors give the public a free check: "helped the nurses of the village clinic give a free health
               # check"; or the clinic itself: "helped the town clinic give free check-ups")
               r"helped (?:the )?(?:doctors|nurses|medical staff|(?:[a-z-]+ )?(?:clinic|hospital|health cent(?:re|er)))"
               r"(?: (?:of|from) [^.;,]{1,40}?)? (?:to )?(?:run|give|hold|carry out|do)\b|"
               # (or made things and took them to the people of a place for free: "painted lanterns and took them to the
               # families of the estate for free")
               rf"(?:wrote|made|painted|cooked|baked) [^.;]{{0,30}}?{_AND_GAVE_THEM_TO} [^.;]{{0,60}}?"
               r"\b(?:free of charge|for free)\b|"
               # (or things made and given to people who work outdoors for all: "made dumplings and gave them to 25
               # sanitation workers")
               rf"made [^.;]{{0,40}}?{_AND_GAVE_THEM_TO} (?:\d[\d,]* )?(?:[a-z-]+ )?{_WORKERS_OUT_OF_DOORS}\b|"
               # (or helped people away from a disaster: "helped move 160 villagers to the school" when the river flooded)
               r"helped (?:to )?(?:move|evacuate|relocate|rescue) (?:\d[\d,]* |about \d[\d,]* |some \d[\d,]* )?(?:[a-z-]+ )?"
               r"(?:residents|villagers|people|families|households)\b|"
               # (or stood at the gate themselves: "three members have kept watch at the front gate each morning"; or at a
               # crossing, which is a guard's place: "stood at the crossing by the main road")
               r"(?:have |had )?(?:stood guard|kept watch|been on duty) (?:at|by) (?:the )?(?:school['’]s |school )?"
               r"(?:gates?|crossings?)\b|(?:have |had )?stood (?:at|by) (?:the )?(?:[a-z'’-]+ ){0,2}?crossings?\b|"
               r"(?:joined|took part in|participated in|sign(?:ed|ing) up (?:for|as|to be(?:come)?)|registered (?:for|as|to be)|"
               r"(?:served|acted|worked|serving|acting|working) as|"
               r"taking part in|went|came|(?:have |has |had )?bec(?:ome|ame)|"
               # (or answered a call for volunteers: "answered the town's call for volunteers that night")
               r"answered|"
               # (or, in a translation's present, went somewhere and did it: "8 party member teachers to enter the
               # community, carry out the voluntary service activity")
               r"to enter|entered|carry out|"
               r"carried out|form(?:ed|ing) (?:a|an|the)|"
               r"provided|offered|did|"
               # (or gave their hours to it: "Twenty members gave a total of 380 volunteer hours")
               r"gave|contributed|logged|put in|"
               rf"to (?:carry out|take part in|participate in|join|provide|offer|do|give|contribute|form))\b[^.;]{{0,60}}?\b"
               rf"{VOLUNTEERING})",
         # (people something is done to are not who volunteered after it: "members have mentored 30 young teachers and
         # volunteered 2,000 hours"; nor the members an organization has, said in a clause on it: "the branch, which
         # has 11 members, organised its teachers to volunteer"; or said to be its own: "The branch now has 29 members and
         # has carried out 36 volunteer activities")
         # (nor the people of the place or event where the members served, told of by a clause: "14 members helped at the
         # blood drive, where 230 residents gave blood")
         not_before=rf"\b(?:{HELPED}|guided|coached|trained|visited)\s*$|\bwhich (?:(?:now|currently) )?(?:has|had)\s*$|"
                    r"\b(?:branch|committee|school|kindergarten|we|it)\b (?:now |currently |still )?(?:has|have|had)"
                    r"(?: a total of)?\s*$|\b(?:where|at which|in which)\s*$|"
                    # (nor the people the members joined: "20 members joined 60 residents to clear litter")
                    r"\bjoined(?: about| some| over| more than)?\s*$|"
                    # (nor the activists counted after all its members, its own: "its 20 members and five activists
                    # cleared the beach")
                    rf"{_AFTER_ITS_MEMBERS}"),
    # people who joined a campaign or a day of work in a public place, said by what they did there: "Sixteen members joined
    # the campaign, planting 300 trees in the park" (tree planting, clearing litter, sweeping streets are services to all)
    Rule("volunteer_participants", ('Twelve members joined the "Clean Hills" day, planting 150 trees on the slopes',
                                    "30 teachers took part in the campaign, sweeping the streets of the old town"),
         after=r"^(?:[a-z-]+ ){0,2}?(?:members|teachers|staff|volunteers|comrades)\b (?:joined|took part in|participated in)\b"
               r"[^.;]{0,50}?,? (?:planting (?:[^.;]{0,20}?\b)?trees|sweeping (?:[^.;]{0,20}?\b)?streets|clearing "
               r"(?:[^.;]{0,20}?\b)?(?:litter|rubbish)|picking up (?:[^.;]{0,20}?\b)?(?:litter|rubbish))\b"),
    # the people who gave the service counted: "640 hours of volunteer service by 31 members"
    Rule("volunteer_participants", ("1,200 hours of voluntary work by 45 party members",),
         before=r"\bvolunt(?:eer|ary) (?:services?|work)(?: (?:given|done|provided))? by\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?{SERVING}\b"),
    # (not the donors the members saw to, where members staffed the drive: "members volunteered at the blood drive,
    # signing in 90 donors")
    Rule(None, ("members volunteered at the blood drive, signing in 90 donors",
                "members helped at the town's blood drive and registered 75 donors"),
         frame=r"\bblood\b[^.;]{0,60}?\b(?:register(?:ed|ing|s)?|sign(?:ed|ing|s)? in|check(?:ed|ing|s)? in|welcom(?:ed|ing|es?)|"
               r"guid(?:ed|ing|es?)|look(?:ed|ing|s)? after|help(?:ed|ing|s)?)\s*$",
         after=r"^(?:blood )?donors\b", name="people the members served at a drive"),
    # the donors of a blood drive: "Hospital staff said 2,800 ml was collected from 41 donors."
    Rule("volunteer_participants", ("Hospital staff said 2,800 ml was collected from 41 donors.",
                                    "the blood drive drew 35 donors"),
         frame=r"\b(?:blood|ml|millilit(?:er|re)s)\b", after=r"^(?:blood )?donors\b"),
    # people listed with the volunteers they joined: "27 party members and 40 student volunteers took part"
    Rule("volunteer_participants", ("15 party members and 30 student volunteers ran the stall",
                                    "12 teachers and about 50 parent volunteers helped out"),
         after=rf"^(?:[a-z-]+ ){{0,2}}?{PEOPLE} and (?:more than |about |over |nearly )?\d[\d,]* (?:[a-z-]+ )?volunteers\b"),
    # (or some of its members, out of how many it has: "40 of its 95 members volunteered at the shelters")
    # (the members' school may be named: "19 of the 24 party members of Elm School volunteered")
    Rule("volunteer_participants", ("during the flood, 40 of its 95 members volunteered at the shelters",
                                    "when the floods came, 19 of the 24 party members of Elm School volunteered at the centre",
                                    "21 of our 23 members took part in at least one volunteer activity",
                                    "On Blood Donor Day 17 of the 40 Party members of Oak No. 2 Middle School gave blood",
                                    "during the lockdown 7 of the school's 25 members took turns at the checkpoints of two villages",
                                    "in the summer 6 of the 20 members of Elm School spent their weekends teaching at a village school"),
         # (or gave their time in some other way a volunteer does: "… have spent their Sundays teaching at Pine Village School")
         after=rf"{_OF_THE_MEMBERS_WHO_VOLUNTEERED}|{_OF_THE_MEMBERS}(?:have |had )?(?:{_GAVE_THEIR_TIME})"),
    # (or some of the members the sentence counted, "them": "the branch's 27 members signed up with their communities, and
    # 19 of them have volunteered there")
    Rule("volunteer_participants", ("all 30 members registered with their communities, and 22 of them have volunteered there",),
         frame=r"\bmembers\b[^.;]{0,80}$",
         after=r"^of (?:them|these|whom)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:volunteered|served as volunteers)\b",
         # (not those who offered to mentor its new teachers, the school's own mentoring: "11 of whom volunteered to mentor
         # the new teachers", below)
         not_after=r"^[^.;]{0,40}?\bvolunteered\b[^.;]{0,20}?\bto (?:mentor|coach|guide)\b"),
    # (and as many of them who offered to mentor as many new teachers are a pair each: "has 30 members, 9 of whom volunteered
    # to mentor its 9 new teachers")
    Rule("mentoring_pairs", ("the branch has 30 members; 9 of them volunteered in May to mentor its 9 new teachers",),
         as_many=True,
         after=r"^of (?:them|these|whom)\s+(?:have\s+|had\s+)?volunteered\b[^.;]{0,20}?\bto (?:mentor|coach|guide) "
               r"(?:the (?:school|kindergarten)['’]s |its |our |the )?(?P<n>\d+|[a-z]+) (?:[a-z-]+ ){0,2}?teachers\b"),
    # (or, after the sentence on the service, some of its members who took part, and in how many activities: "In 2022 the
    # branch recorded 1,120 hours of volunteer service. 26 of the branch's 29 members took part, in 44 activities.")
    Rule("volunteer_participants", ("The branch gave 900 hours of volunteer service. 21 of its 25 members took part, in 30 activities.",),
         earlier=r"\bvolunt(?:eer|ary)\b",
         after=r"^of (?:our|its|the|their|the branch's|the committee's)\s+\d[\d,]*\s+(?:communist\s+)?(?:party\s+)?members\s+"
               r"(?:have\s+|had\s+)?(?:took part|taken part|participated|joined in)\b"),
    # (or the person-times in all, after the times the members volunteered: "Members volunteered 12 times at the centre,
    # 140 person-times in all")
    # (or after the turns they took as volunteers: 'Ten members took turns at the gate as "safety volunteers", 600
    # person-times in all')
    Rule("volunteer_participants", ("Members volunteered 12 times at the library, 140 person-times in all.",
                                    "Members volunteered 9 times at the station, 80 member-times in all.",
                                    'Ten members took turns at the crossing as "safety volunteers", 600 person-times in all'),
         frame=rf"\b(?:members|teachers|we)\b[^.;]{{0,20}}?\b(?:volunteered|{_TOOK_TURNS_AS_VOLUNTEERS})\b[^.;]{{0,80}},\s*$",
         after=r"^(?:person|member)-times (?:in all|in total|altogether)\b"),
    # (and the members who took the turns)
    Rule("volunteer_participants", ('Ten members took turns at the crossing as "safety volunteers"',),
         after=rf"^(?:[a-z-]+ )?(?:members|teachers|party members)\b {_TOOK_TURNS_AS_VOLUNTEERS}"),
    # (said by the members themselves, in the sentence of their activities: "We organised 6 volunteer activities; 21 of us
    # took part")
    Rule("volunteer_participants", ("We organised 6 volunteer activities in the village; 21 of us took part.",),
         frame=rf"\b{VOLUNTEERING}[^.]{{0,80}}$", after=r"^of us (?:took part|participated|joined in|volunteered)\b"),
    Rule("volunteer_sessions", ("The branch gave 900 hours of volunteer service. 21 of its 25 members took part, in 30 activities.",),
         earlier=r"\bvolunt(?:eer|ary)\b", frame=r"\b(?:took|taken) part,? in\s*$",
         after=r"^(?:[a-z-]+ )?(?:activities|events|sessions)\b"),
    # people doing the chores of the volunteering the sentence before tells: "… organised its teachers to volunteer at
    # the community. Nineteen teachers, 11 of them members, tidied the garden."
    Rule("volunteer_participants", ("The branch organised its teachers to volunteer at the park. 24 teachers, 9 of them "
                                    "members, picked up litter along the lake.",),
         earlier=r"\b(?:to volunteer|volunteered|volunt(?:eer|ary) (?:service|work|activit))",
         after=r"^(?:[a-z-]+ )?(?:teachers|members|party members|staff members|comrades)\b(?:, [^.;,]{1,30},)? "
               r"(?:tidied|cleaned|swept|planted|painted|repaired|picked up|handed out|distributed|directed|served)\b"),
    # (or of a visit to a home of the elderly the sentence before tells, and those who live there: "… took the children to
    # the Elm Street nursing home. The 8 member teachers sang for the 30 residents who live there.")
    Rule("volunteer_participants", ("The branch took pupils to the Elm Street nursing home. The 8 member teachers sang for the "
                                    "residents.",),
         earlier=rf"\b(?:to|visited|at) (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME}",
         after=r"^(?:[a-z-]+ )?(?:teachers|members|party members|staff members|comrades)\b "
               r"(?:performed|sang|played|read|danced|put on|chatted|talked)\b"),
    Rule("volunteer_beneficiaries", ("The branch took pupils to the Elm Street nursing home. The teachers sang for the 30 "
                                     "residents who live there.",),
         earlier=rf"\b(?:to|visited|at) (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME}", before=r"\b(?:for|to|with) the\s*$",
         after=r"^(?:[a-z-]+ )?(?:veterans|residents|seniors|old people|elderly people|children)\b "
               r"(?:who live there|living there|of the home)\b"),
    # (or who take turns at a service the sentence before says the branch runs in a community: "… has run a lunch service
    # at the community canteen every Wednesday. 14 members take turns to cook and serve")
    Rule("volunteer_participants", ("The branch runs a lunch service at the community canteen. 12 members take turns to cook.",),
         earlier=r"\b(?:run|runs|ran|holds?|held|offers?|offered)\b[^.]{0,40}?\b(?:service|canteen|kitchen|club|clinic|class)\b"
                 r"[^.]{0,40}?\b(?:at|in) (?:the |a )?(?:[a-z'’-]+ ){0,2}?(?:communit(?:y|ies)|neighbou?rhood|village|"
                 r"care home|nursing home)\b",
         after=r"^(?:[a-z-]+ )?(?:members|teachers|member teachers)\b take (?:it in )?turns?\b"),
    # (or those who made the visits to a home of the elderly the sentence before says they pay, and the visits: "… has
    # visited the Elm care home every Friday. Over the term 23 teachers, 17 of them members, made 60 visits between them")
    # (or who have gone, once at least: "… Nine members have been more than once")
    Rule("volunteer_participants", ("Members have visited the Elm care home every Friday. This term 12 teachers made 30 visits.",
                                    "Every month some of us visit the Elm care home. This year 8 members have been at least once."),
         earlier=_VISITS_A_CARE_HOME,
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b(?:, [^.;,]{{1,30}},)? (?:(?:made|paid)\b[^.;]{{0,20}}?\bvisits\b|"
               r"(?:have |had )?(?:gone|been)(?: there)? (?:at least once|once or more|more than once)\b)"),
    Rule("volunteer_sessions", ("Members have visited the Elm care home every Friday. This term 12 teachers made 30 visits.",),
         earlier=_VISITS_A_CARE_HOME, before=r"\b(?:made|paid)\s*$", after=r"^visits\b"),
    # (some of the new teachers the sentence before counted, who have a mentor: "… has 15 new teachers. 9 of them have a member
    # as their mentor")
    Rule("teachers_mentored", ("The school has 15 teachers in their first year. So far 9 of them have a member as their mentor.",),
         earlier=r"\bteachers\b",
         after=r"^of (?:them|these|those) (?:now )?(?:have|has|had) (?:a|an) (?:[a-z-]+ ){0,3}?(?:as (?:a |their |his |her )?)?"
               r"mentors?\b"),
    # (or a bare count in a list of what so many members did, the members named at its start: "12 members tutored pupils,
    # 9 visited families, and 6 volunteered every month at the community centre")
    Rule("volunteer_participants", ("Among them: 12 members tutored pupils, 9 visited families, and 6 volunteered at the "
                                    "community centre",),
         frame=r"\b\d[\d,]* (?:party )?members\b[^.;]{0,80}(?:,|\band)\s*$",
         after=r"^volunteered\b(?! to (?:be|become|serve as|act as)\b)"),
    # (or members who volunteer now, in the present: "Nine retired members now volunteer")
    Rule("volunteer_participants", ("Nine retired members now volunteer, and they read to the children on Fridays",),
         after=r"^(?:retired |party |young )?members (?:now |currently |still |regularly )?volunteer\b(?! (?:team|service))"),
    # people led in a volunteer event: "led 26 members and 120 students in a volunteer clean-up" (and the others led with
    # them, pupils too: above, before pupils are read as the school's enrolment)
    Rule("volunteer_participants", ("the branch led 14 members and 60 pupils in a volunteer clean-up of the river bank",
                                    "the branch led 20 teachers and 150 pupils to the beach for a day of volunteer work"),
         before=r"\bled\s*$",
         after=rf"^(?:[a-z-]+ )?{SERVING}\b(?: and \d[\d,]* (?:[a-z-]+ )?{SERVING}\b)?{_LED_TO_VOLUNTEERING}"),
    # (or in a clause after a semicolon that the volunteering or the blood donation opens: "the branch has organized a
    # blood donation every June; more than 70 teachers have taken part")
    Rule("volunteer_participants", ("Since 2020 the branch has organized a blood donation every June; more than 70 teachers have "
                                    "taken part.",),
         frame=r"\b(?:blood donations?|volunt(?:eer|ary)\w*)\b[^.;]*;\s*[^.;]*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?{SERVING}\b (?:have |had )?(?:taken part|took part|participated|joined in)\b"),
    # those members went to serve at a place of care, who joined them (before the rule below reads them as helpers too):
    # "… went to the care home to sing. 9 members took part and about 40 residents joined in")
    Rule("volunteer_beneficiaries", ("On Sundays members went to the old people's home to sing for its residents. Nine members "
                                     "took part and some 40 residents joined in.",),
         earlier=_A_VISIT_TO_SERVE,
         frame=rf"\b(?:members|teachers|volunteers)\b (?:have |had )?(?:took part|taken part|participated),? and(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:patients|residents|children|pupils|elderly people|seniors|villagers|people) "
               r"(?:joined in|took part|came)\b"),
    # people who took part, with nothing said of what in: the volunteering of the sentence before
    # (or a free service told in the sentence before, which is volunteering: "Members run a free repair stall every
    # Saturday. 20 members and about 40 students have taken part")
    Rule("volunteer_participants", ("The branch held a volunteer day at the park. A total of 45 teachers took part.",
                                    "Members did volunteer work at the station. 30 of them joined in.",
                                    "Our volunteers helped at the station. About 20 members took part at least once.",
                                    "They did volunteer work. 18 party members and 50 young pioneers participated in the activity.",
                                    "Members volunteered at the hospital every week. By June, 12 members had taken part and "
                                    "had helped 300 patients.",
                                    "Members run a free repair stall every Saturday. 20 members and about 40 students of its IT "
                                    "courses have taken part.",
                                    "On Sundays members went to the old people's home to sing for its residents. Nine members "
                                    "took part.",
                                    "Members swept the streets near the school and helped out at a local food bank. In "
                                    "all, 20 of the branch's 24 members took part.",
                                    "The committee set up a volunteer team in March. Thirty teachers and 90 students have signed up.",
                                    "Members have stood guard at the school crossing since May. 15 of the branch's 18 members "
                                    "have taken a turn.",
                                    "On Tuesdays some of us help at a community kitchen. Eight members have taken a turn there.",
                                    "Members patrolled the riverbanks in the holidays. Twelve members took part in 30 patrols.",
                                    "Members have cleaned up the park every month. 14 members have taken part to date.", "Members have taken turns on river patrol this summer. So far 16 members have done at "
                                    "least one patrol."),
         # (or a guard's duty, as 执勤 is a volunteer's service: "have stood guard at the school gate")
         earlier=rf"\bvolunt(?:eer|ary)|\b{GUARD_DUTY}|\bfree (?:[a-z-]+ ){{0,2}}?(?:stall|stand|service|clinic|repairs?|check-ups?)\b|"
                 rf"{_A_VISIT_TO_SERVE}|\bswept (?:the )?streets\b|{_PUBLIC_CLEAN_UP}|\b(?:beach|river|riverbank|water|lake) patrols?\b|"
                 # (which may be named: "helped at the Pine Street food bank")
                 r"\bhelp(?:s|ed)? (?:out )?at (?:the|a) (?:community |local |(?:[a-z'’-]+ ){1,2}?)?"
                 rf"(?:library|food bank|care home|station|kitchen)\b|{_PATROLLED}",
         # (with others counted after them, each count theirs: "18 party members and 50 young pioneers participated")
         # (or in the perfect, with what they did after "and": "14 members had taken part and had helped …")
         # (or where they are from: "20 members and about 40 students of its IT courses have taken part")
         # (or some of all the members, counted: "18 of the branch's 22 members took part more than once")
         after=rf"^(?:(?:[a-z-]+ ){{0,2}}?{SERVING}|of (?:them|us)|of (?:the|its|our) (?:[a-z]+['’]s )?\d[\d,]* (?:party )?members)\b"
               rf"(?: and (?:{QUALIFIER} )?(?:\d[\d,]* )?(?:[a-z-]+ ){{0,2}}?"
               rf"{SERVING}\b)?(?: (?:of|from) (?:the |its |our )?[^.;,\d]{{1,40}}?)? "
               r"(?:(?:have|had) )?(?:took part|taken part|participated|joined in|signed up|(?:taken|took) (?:a turn|turns)|"
               r"(?:done|did|made) (?:at least one|a|one or more) (?:patrol|shift|turn))"
               r"(?:\s*there)?(?:\s*(?:so far|to date|this (?:year|term)))?"
               # (or in so many of its rounds: "took part in 30 patrols")
               r"(?:\s*(?:in (?:it|them|the (?:activity|activities|event|events)|\d[\d,]* (?:[a-z-]+ )?(?:patrols|shifts|"
               r"sessions|outings))\b)?"
               r"(?:\s*(?:at least once|once or more|more than once|regularly|every (?:week|month)))?\s*(?:[,;.]|$|and\b))"),
    # the public the volunteers helped, in the sentence that names their service or the one after it: "… volunteered at the
    # hospital's help desk. By June, 14 members had taken part and had helped some 700 patients find their way."
    Rule("volunteer_beneficiaries", ("Members volunteered at the hospital every week. By June they had helped 600 patients.",),
         earlier=r"\bvolunt(?:eer|ary)", before=r"\b(?:have |has |had )?helped\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{_THE_PUBLIC_SERVED}|patients|travell?ers|passengers|visitors|pedestrians)\b"),
    Rule("volunteer_beneficiaries", ("members volunteered at the station's help desk and helped over 900 travellers",),
         frame=r"\bvolunt(?:eer|ary)", before=r"\b(?:have |has |had )?helped\s*$",
         after=rf"^(?:[a-z-]+ )?(?:{_THE_PUBLIC_SERVED}|patients|travell?ers|passengers|visitors|pedestrians)\b"),
    Rule("volunteer_sessions", ("carried out 20 volunteer activities", "provided 14 volunteer sessions",
                                "over the winter members held 7 volunteer homework sessions at the library",
                                "took part in 8 community volunteer activities"),
         # (the service named before its sessions: "12 volunteer tutoring sessions", "9 volunteer reading sessions")
         # (or outings: "at least six volunteer outings")
         after=r"^(?:(?:community |neighbou?rhood )?volunteer(?:ing)? (?:service |(?:tutoring|reading|coaching|homework|"
               r"repair|first-aid) )?(?:activities|events|services|sessions|outings|trips))\b"),
    # (or the visits to a home of care a sentence tells, how many so far after a comma: "have visited the nursing home once a
    # month since February, six visits so far")
    Rule("volunteer_sessions", ("Members have visited the Hexi care home every month since March, seven visits so far.",),
         frame=rf"{_VISITS_A_CARE_HOME}[^.;]*,\s*$", after=r"^(?:[a-z-]+ )?visits\b"),
    # (or the times the members served, after the sentence that names their volunteering: "… named an Excellent Volunteer
    # Service Team. Over the year its 17 members had served 86 times at the library, giving 700 hours in all.")
    Rule("volunteer_sessions", ("The branch's volunteer team was commended. Its members had served 40 times at the library.",),
         earlier=r"\bvolunt", before=r"\b(?:members|teachers|volunteers|they|we)\b[^.;]{0,12}?\b(?:had |have )?served\s*$",
         after=r"^times\b"),
    Rule("volunteer_hours", ("The branch's volunteer team was commended. Its members had served 40 times at the library, "
                             "giving 300 hours in all.",),
         earlier=r"\bvolunt", frame=r"\bserved \d+ times\b[^.;]{0,60},[^.;,]{0,20}$",
         before=r"\b(?:giving|contributing|logging)(?: a total of)?\s*$", after=r"^hours\b"),
    # (or the hours the members gave, volunteering named in the sentence before: "What about volunteering? Last year
    # our members put in 700 hours.")
    Rule("volunteer_hours", ("How did the volunteering go? This year our members put in some 700 hours.",
                             "Eight members spent Saturday sorting clothes at the charity shop. Together they put in 40 hours."),
         earlier=rf"\bvolunt|\b{_GAVE_THEIR_TIME}", before=r"\b(?:members|teachers|volunteers|they|we)\b[^.;]{0,12}?\b(?:put in|gave|logged|"
                                   r"contributed|clocked(?: up)?)\s*$",
         after=r"^hours\b(?! (?:of|on|in|at)\b)"),
    # (or the days they have given so far, and the hours, after the sentence of their time given: "… have driven to Pine
    # Village every Saturday to tutor its children. So far they have given 9 Saturdays and 180 hours.")
    Rule("volunteer_sessions", ("Five member teachers have driven to Pine Village every Saturday to tutor its children. So far "
                                "they have given 9 Saturdays and 180 hours.",),
         earlier=_TIME_GIVEN_BEFORE, before=rf"{_THEY_HAVE_GIVEN}\s*$", after=rf"^{_DAYS_GIVEN}\b"),
    Rule("volunteer_hours", ("Five member teachers have driven to Pine Village every Saturday to tutor its children. So far "
                             "they have given 9 Saturdays and 180 hours.",),
         earlier=_TIME_GIVEN_BEFORE,
         before=rf"{_THEY_HAVE_GIVEN} \d[\d,]* {_DAYS_GIVEN} and\s*$",
         after=r"^hours\b"),
    # (or in the sentence of volunteering itself, after a word of place: "… for their work at a care home, where members have
    # given some 300 hours")
    Rule("volunteer_hours", ("six volunteers were thanked for their work at the care home, where members have given 300 hours",),
         frame=rf"\b{VOLUNTEERING}", before=r"\b(?:where|and) (?:members|teachers|volunteers|they|we) (?:have |had )?(?:given|gave|"
                                          r"put in|logged|contributed)\s*$",
         after=r"^hours\b"),
    # (not the hours each of them gave: "… worked as volunteers at the games, each putting in about 20 hours")
    Rule(None, ("Members volunteered at the town fair, each putting in about 15 hours.",),
         before=r"\beach (?:of them )?(?:putting in|giving|serving|volunteering|working|spending|logging|contributing)\s*$",
         after=r"^hours\b", name="each one's hours"),
    # (or the hours a sentence of volunteering went on to: "took part in 9 volunteer activities, clocking up 500 hours")
    # (or worked so many hours in all: "volunteered at the test sites, working 800 hours in all")
    Rule("volunteer_hours", ("members took part in 9 volunteer activities in the community, clocking up 500 hours",
                             "twelve members volunteered at the flood shelter, working 420 hours in all"),
         frame=rf"\b{VOLUNTEERING}[^.;]{{0,80}},\s*[^.;,]{{0,20}}$",
         before=r"\b(?:clocking(?: up)?|logging|putting in|contributing|totall?ing|amounting to|working)(?: a total of)?\s*$",
         after=r"^hours\b(?! (?:of|on|in|at) (?!service|volunt|all\b|total\b))"),
    # the people who have joined a volunteer team the sentence opens with: "Since its volunteer team began in 2019, 30
    # teachers of the school, most of them members, have joined it"
    Rule("volunteer_participants", ("since the school's volunteer team was started in 2020, 35 teachers have joined it",),
         frame=rf"\b{VOLUNTEERING} (?:service )?(?:team|group|corps)\b[^.;]*$",
         after=r"^(?:[a-z-]+ )?(?:teachers|members|staff|party members|member teachers)\b[^.;]{0,60}?\b(?:have|has|had) "
               r"joined (?:it|the team)\b"),
    # (or the hours people honoured for their volunteer work had given between them: "thanked 5 members for their volunteer
    # work; between them they had given 300 hours")
    Rule("volunteer_hours", ("the branch praised 4 members for their volunteer work; between them they had put in 310 hours",),
         frame=r"\bvolunt[^.]*[;,]\s*(?:and )?(?:between them|together|in all),?\s+(?:they|the members|members)\s+"
               r"(?:had |have )?(?:given|put in|logged|contributed)\s*$",
         after=r"^hours\b"),
    # (or the hours after a label of volunteering: "Members' volunteer service: 1,900 hours in 60 activities")
    Rule("volunteer_hours", ("Volunteer service: 1,200 hours in 40 activities",),
         before=r"\b(?:volunt(?:eer|ary) (?:service|work)|community service|volunteering):\s*$", after=r"^hours\b"),
    # (or the hours alone after a count of volunteering, on a terse line: "- 18 volunteer activities, 540 hours")
    Rule("volunteer_hours", ("- 18 volunteer activities, 540 hours", "Volunteering: 12 sessions, 300 hours"),
         frame=rf"(?:\d[\d,]* (?:[a-z-]+ )?{VOLUNTEERING}(?: [a-z-]+)?|\bvolunteering:\s*\d[\d,]* (?:sessions|activities|events)),"
               r"\s*$",
         after=r"^hours\s*(?:[;.]|$)"),
    # (or a volunteer team's combined hours, its volunteering told in the sentence before: "The branch has sent volunteers
    # to the fair since 2015. This year's team will work a combined 2,500 hours.")
    Rule("volunteer_hours", ("The school has sent volunteers to the expo since 2018. This year the team gave a combined 900 hours.",),
         earlier=r"\bvolunt", before=r"\b(?:team|volunteers|members|they|we)\b[^.;]{0,20}?\b(?:work|worked|give|gave|put in|"
                                   r"log|logged|serve|served) a (?:combined|total of)\s*$",
         after=r"^hours\b"),
    # (or counted as rounds, sessions or days of it: "did 15 rounds of community service", "12 sessions of volunteer
    # tutoring")
    Rule("volunteer_sessions", ("members did 15 rounds of community service", "ran 12 sessions of volunteer tutoring"),
         after=rf"^(?:rounds|sessions|days|outings) of (?:[a-z-]+ )?{VOLUNTEERING}(?: [a-z]+ing)?\b"),
    # (the activities may be named first: 'carried out 26 "Lei Feng" volunteer activities')
    Rule("volunteer_sessions", ('the branch carried out 26 "Lei Feng" volunteer activities',),
         before=r"\b(?:carry out|carried out|carrying out|held|hold|organi[sz]ed|launched|conducted)\s*$",
         after=r"^(?:[a-z'-]+ ){1,3}?volunteer(?:ing)? (?:service )?(?:activities|events|services|sessions)\b"),
    # members who took part in a community's epidemic prevention served it (疫情防控志愿服务), and the hours they were on
    # duty for it: "21 party members took the lead to participate in community epidemic prevention, on duty for a total of
    # 1,100 hours"
    Rule("volunteer_participants", ("in 2022, 16 party members took part in community epidemic prevention",),
         after=r"^(?:party )?(?:members|member teachers|teachers)\b[^.;]{0,40}?\b(?:participate|participated|took part|joined|served)"
               r"\b[^.;]{0,20}?\b(?:epidemic|pandemic|covid(?:-19)?)[- ](?:prevention|control)\b"),
    Rule("volunteer_hours", ("members joined the community's epidemic prevention, on duty for a total of 600 hours",),
         frame=r"\b(?:epidemic|pandemic|covid(?:-19)?)[- ](?:prevention|control)\b[^.]*$",
         before=r"\bon duty for(?: a total of)?\s*$", after=r"^hours\b"),
    # duty taken in turns at a gate or checkpoint is a volunteer's service, as 执勤 is: "a total of 520 hours on duty"
    Rule("volunteer_hours", ("members took turns at the checkpoints, with a total of 520 hours on duty",),
         after=r"^hours (?:on|of) duty\b"),
    # (or the members said to have been on duty for them, at a service post the text tells of: "by June, members had been on
    # duty for 150 hours")
    Rule("volunteer_hours", ("The branch set up a service post at the gate. By June, members had been on duty for 150 hours.",),
         earlier=r"\bservice (?:station|post|point|desk)\b|\bvolunt|\bon duty\b",
         before=r"\b(?:members|teachers|volunteers|they|we) (?:had |have )?been on duty for(?: a total of)?\s*$",
         after=r"^hours\b"),
    # the service's time, in a sentence of volunteering, named before it without a verb: "…, service duration 780 hours"
    # (or with the word of its total: "service time total 560 hours")
    Rule("volunteer_hours", ("participated in volunteer service 260 person-times, service duration 780 hours",
                             "the team carried out volunteer service 9 times, service time total 300 hours"),
         frame=rf"\b{VOLUNTEERING}",
         before=r"\bservice (?:time|hours|duration)(?: (?:total|totalled|totaled|in total|reached|amounted to|was))?\s*:?\s*$",
         after=r"^hours\b"),
    # what one person did is no count of the school's: "said Liu Yan, a teacher who has volunteered 18 times this year"
    Rule(None, ("said Liu Yan, a chemistry teacher who has volunteered 18 times this year",
                "Mr. Wang, one of the members, has volunteered 30 times", "she herself volunteered 12 times",
                "said Wu Lei, the branch secretary, who has himself volunteered more than 90 hours"),
         frame=r"(?:\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,3}?(?:teacher|member|volunteer|woman|man|principal|secretary)\b|"
               r"\b(?:mr|mrs|ms|miss)\.?\s+[a-z]+\b[^.;]{0,40}|\b(?:he|she)(?: himself| herself)?|"
               r"\b(?:secretary|principal|headmaster|head teacher),)"
               r"(?:,?\s+who)?\s+(?:has |had |have )?(?:himself |herself )?volunteered\b[^.;]{0,30}$",
         after=r"^(?:times|occasions|hours)\b", name="one person's count"),
    # the events the sentence before told of, counted as such: "… went to the village to carry out volunteer service. This
    # year the branch has carried out 6 such activities."
    Rule("volunteer_sessions", ("Members taught at the village school as volunteers. The branch has held 5 such activities.",),
         earlier=rf"\b{VOLUNTEERING}", after=r"^such (?:activities|events|services|trips)\b"),
    # (or trips said to have served people, which makes them a service's: "the branch has made 12 trips and served about
    # 900 villagers")
    Rule("volunteer_sessions", ("Since 2022 the branch has made 12 trips to the hills and served about 900 villagers",
                                "members made 6 outings, serving 150 elderly residents"),
         after=r"^(?:service )?(?:trips|outings|visits)\b(?! to (?:the |their |pupils' |students' )?homes?\b)[^.;]{0,40}?"
               r"(?:\band (?:have |has |had )?served|, serving)\s+(?:\w+\s+){0,2}?\d"),
    Rule("theme_party_days", ("The branch held a theme party day at the memorial hall. It has held 4 such events this year.",),
         earlier=r"\b(?:themed? |thematic )?party days?\b", after=r"^such (?:activities|events|days)\b"),
    # the times a number of people volunteered are person-times, each one's times added: "all 40 members of Elm School
    # registered with their communities and have volunteered there 260 times"
    Rule("volunteer_participants", ("all 40 members of Elm School registered with their communities and have volunteered there "
                                    "260 times",),
         frame=r"\b\d[\d,]*\s+(?:[a-z-]+\s+){0,3}?(?:members|teachers|volunteers)\b(?:[^.;]|(?<=\bno)\.){0,120}?\bvolunteered\b"
               r"[^.;\d]{0,30}$",
         after=r"^times\b"),
    # (or, after a sentence of their volunteering, the teachers who went and the lessons they gave: "Member teachers volunteered
    # to take lessons to six villages. The 22 teachers gave 42 lessons in art and music to left-behind children.")
    Rule("volunteer_participants", ("Members volunteered to teach in the village. The 12 teachers gave 30 lessons to the children.",),
         earlier=r"\bvolunt", before=r"^the\s*$",
         after=r"^(?:[a-z-]+ )?(?:teachers|members|volunteers)\b (?:gave|taught|held|ran)\b"),
    Rule("volunteer_sessions", ("Members volunteered to teach in the village. The 12 teachers gave 30 lessons to the children.",),
         earlier=r"\bvolunt",
         before=r"^the \d+ (?:[a-z-]+ )?(?:teachers|members|volunteers) (?:gave|taught|held|ran)\s*$",
         after=r"^(?:[a-z-]+ )?(?:lessons|classes|sessions)\b"),
    # (or the times they served people, named between, each serving counted: "have served villagers more than 900 times")
    Rule("volunteer_beneficiaries", ("the member volunteers have served residents more than 2,000 times",),
         frame=r"\bvolunt", before=r"\bserv(?:ed|ing) (?:the )?(?:local |elderly |community )?(?:residents|villagers|people|"
                                   r"the public|elderly people|seniors|families|visitors|passengers)\s*$",
         after=r"^times\b"),
    # (or the times volunteers were sent out, each one's going counted: "the committee sent out volunteers 1,860 times")
    Rule("volunteer_participants", ("the committee sent out volunteers 900 times for the campaign",),
         before=r"\b(?:sent|sends|send|dispatched|mobili[sz]ed) (?:out )?(?:its |our |the |member |party member )?volunteers\s*$",
         after=r"^times\b"),
    # (or the talks they volunteered to give: "have volunteered to give 20 talks in the town")
    Rule("volunteer_sessions", ("retired members have volunteered to give 30 talks on Party history in the community",),
         before=r"\bvolunteered to (?:give|deliver|hold)\s*$",
         after=r"^(?:[a-z-]+ )?(?:talks|lectures|classes|lessons|sessions|performances|shows)\b"),
    # (or the hours they gave, after a sentence of their volunteering: "Members took part in volunteer service 900 times.
    # Members gave 3,000 hours in all.")
    # (or joined to their other doings in the volunteers' own sentence: "…, run over 150 activities and given more than 4,000
    # hours")
    Rule("volunteer_hours", ("member volunteers have run 40 activities and given 1,200 hours",),
         frame=r"\bvolunt[^.;]*\band\s+(?:gave|given|contributed|put in|logged)\s*$",
         after=r"^hours\b(?! (?:of|in) (?:study|training|learning)\b)"),
    Rule("volunteer_hours", ("Members took part in volunteer service 900 times. Members gave 3,000 hours in all.",),
         earlier=r"\bvolunt", before=r"(?:^|,\s*|\band\s+)(?:the )?(?:members|volunteers|they|teachers) (?:have |had )?"
                                      r"(?:gave|given|contributed|put in|logged|served)\s*$",
         after=r"^hours\b(?! (?:of|in) (?:study|training|learning)\b)"),
    # (or the person-times of the members' taking part, said after them: "held 20 volunteer activities, with 312
    # person-times of member participation")
    Rule("volunteer_participants", ("the team held 20 volunteer activities, with 300 person-times of member participation",),
         frame=r"\bvolunt", after=r"^person-times of (?:(?:party )?member(?:s['’])? |volunteer )?participation\b"),
    # (or the times people took part in them, after a sentence of volunteer activities: "… led student volunteers in 23
    # volunteer activities. Teachers and students took part 560 times.")
    Rule("volunteer_participants", ("Members led pupils in 20 volunteer activities. Teachers and pupils took part 400 times.",),
         earlier=r"\bvolunt",
         before=r"(?:^|,\s*)(?:the )?(?:teachers|students|pupils|members|party members|volunteers|people)"
                r"(?: and (?:teachers|students|pupils|members|volunteers))? (?:took part|participated|joined in)\s*$",
         after=r"^times\b"),
    # (or "it", the team the sentence before formed: "… have formed a volunteer team. … by December it had held 60 sessions")
    Rule("volunteer_sessions", ("Members formed a volunteer team in May. By December it had held 20 sessions and served 300 pupils.",),
         earlier=r"\bvolunte(?:er|ary) (?:service )?team\b", before=r"(?:^|,\s*|;\s*)(?:by [a-z0-9 ]{2,20}? )?it (?:has |had )?"
                                                               r"(?:held|run|ran|organi[sz]ed|carried out)\s*$",
         after=r"^(?:[a-z-]+ )?(?:sessions|activities|events|classes)\b"),
    # (or the team grown from one count of volunteers to another: the later its volunteers, the earlier of an earlier time)
    Rule("volunteer_participants", ("In five years the volunteer team has grown from 12 volunteers to 60, and …",),
         frame=r"\bteam\b[^.;]{0,30}?\b(?:has |had )?(?:grown|grew|risen|rose|expanded) from [^.;]{1,30}? to\s*$"),
    # (or "it", the team the sentence before named: "The volunteer team was founded in 2019. In five years it has grown from
    # 15 volunteers to 86")
    Rule("volunteer_participants", ("The volunteer team was set up in 2019. Since then it has grown from 10 volunteers to 50.",),
         earlier=r"\bvolunte(?:er|ary) (?:service )?team\b",
         frame=r"\bit (?:has |had )?(?:grown|grew|risen|rose|expanded) from [^.;]{1,30}? to\s*$"),
    # lectures counted in all after those given, in a sentence of party lectures: "…, and each of the others has given one; 9
    # lectures in all"
    Rule("party_lectures", ("The secretary gave Party lectures at 4 branches, and the others gave one each; 8 lectures in all",),
         frame=r"\bparty lectures?\b[^.]*[;,]\s*$", after=r"^lectures (?:in all|in total|altogether)\b"),
    # (and the hours they gave, said with the times they took part, after the volunteering told: "Members took part 80 times
    # and gave 260 hours.")
    Rule("volunteer_hours", ("The branch ran 9 volunteer activities. Members took part 80 times and gave 260 hours.",),
         earlier=_VOLUNTEERED_BEFORE, before=r"\btook part [\d,]+ times,? and (?:gave|contributed|put in|logged)\s*$",
         after=r"^hours\b"),
    # (the times members took part in the volunteer activities just counted are person-times of volunteers: "ran 16
    # volunteer activities, in which members took part 150 times")
    Rule("volunteer_participants", ("the branch ran 12 volunteer activities, in which members took part 150 times",),
         frame=rf"\b{VOLUNTEERING}\b[^.;]*\b(?:in|at) which (?:[a-z-]+ ){{0,2}}?(?:party )?(?:members|teachers|volunteers) "
               r"(?:took part|participated|joined in|turned out)\s*$",
         after=r"^times\b"),
    # (the people spoken to by members handing out leaflets: "…, talking to some 700 passers-by")
    Rule("volunteer_beneficiaries", ("Nine members handed out fire safety leaflets at the market, talking to about 400 shoppers.",),
         frame=r"\bhanded out (?:[a-z-]+ ){0,3}?(?:leaflets|flyers|pamphlets|brochures)\b[^.;]*,\s*(?:talking|speaking|chatting) "
               r"(?:to|with)\s*$",
         after=r"^(?:[a-z-]+ )?(?:passers-by|residents|people|pedestrians|drivers|villagers|shoppers|parents)\b"),
    # (the people whose questions members answered at a help point: "…, answering questions from some 1,500 travellers")
    Rule("volunteer_beneficiaries", ("Eight members took turns at the station's help desk, answering questions from 600 travellers.",),
         frame=r"\b(?:information|service|help|enquiry|inquiry|volunteer) (?:points?|desks?|stations?|booths?|cent(?:re|er)s?|"
               r"stalls?)\b[^.;]*,\s*(?:answering|answered) (?:the )?(?:questions|enquiries|inquiries) (?:from|of)\s*$",
         after=r"^(?:[a-z-]+ )?(?:visitors|tourists|travell?ers|passengers|residents|people|passers-by|parents)\b"),
    # (the people of a home of care members took out: "ten members took 30 residents of the care home on a walk")
    Rule("volunteer_beneficiaries", ("On Sunday eight members took 25 residents of the Hexi nursing home to the flower show.",),
         frame=r"\bmembers\b[^.;]{0,60}?\btook\s*$",
         after=rf"^(?:[a-z-]+ )?(?:residents|children|patients|people|veterans) (?:of|from) (?:the |a )?[^.;,]{{0,40}}?\b{CARE_HOME} "
               r"(?:on|for|to)\b"),
    # (the pairs a pairing makes, said after it: "The branch has matched every one of them with a member, making 9 pairs.")
    Rule("mentoring_pairs", ("The branch has paired each new teacher with a member, making 7 pairs.",),
         frame=r"\b(?:paired|matched)\b[^.;]*\bwith (?:an? )?(?:[a-z-]+ )?(?:member|mentor|teacher)\b[^.;]*,\s*(?:making|forming|so)\s*$",
         after=r"^(?:mentoring )?pairs\b"),
    # (the home visits counted in the sentence before, the members' share of them: "Teachers made 380 home visits. Party
    # members made 150 of them.")
    Rule("home_visits", ("This year our teachers made 300 home visits. Party members made 120 of them.",),
         earlier=r"\bhome visits\b", before=r"\b(?:party )?members (?:made|paid|carried out|did)\s*$", after=r"^of them\b"),
    # (story sessions members ran at a place of the community: "have run 22 story sessions there", at the town library)
    # (and the children who came to the sessions of reading at a library told the sentence before, people served there:
    # "… have read to toddlers at the town library. Five members have taken part, and 90 children have come.")
    Rule("volunteer_beneficiaries", ("Members have read stories to small children at the town library. Five members have taken "
                                     "part, and 90 children have come to the sessions.",),
         earlier=rf"\b{_GAVE_THEIR_TIME}",
         after=r"^(?:[a-z-]+ )?(?:children|toddlers|kids|people|residents|visitors) (?:have |had )?(?:come|came|attended)\b"),
    # (or the members who went with the volunteers the sentence before counted: "… 50 student volunteers guided runners at
    # the race. Two teacher members went along with them.")
    Rule("volunteer_participants", ("Thirty pupil volunteers tidied the park. Two teacher members went along with them.",),
         earlier=rf"\b{VOLUNTEERING}", after=r"^(?:teacher members|member teachers|(?:party )?members) (?:went|came) (?:along )?with them\b"),
    # the mentors each of the new teachers was paired with one of: "paired each of them with one of nine senior
    # members"
    Rule("mentoring_pairs", ("the branch paired each of them with one of nine senior members",),
         before=r"\bpaired each of (?:them|the (?:[a-z-]+ )?teachers) with one of(?: the| its)?\s*$",
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|mentors|member teachers)\b"),
    # all the members a joint event of the branches was held for: "held a joint theme Party day for their 55 members"
    Rule("members_total", ("the two branches held a joint theme Party day for their 55 members",),
         frame=r"\b(?:branches|branch|committee)\b[^.;]{0,60}?\bfor (?:their|its|all (?:their|its))\s*$",
         # (not some of them, told after: "for its 40 members in leading posts")
         after=r"^(?:party )?members\b(?!\s+(?:in|of|who|that|with|from|at|on|under|over|aged)\b)"),
    # more who helped, after those who gave blood or volunteered: "Twelve members gave blood, and five more helped register donors"
    Rule("volunteer_participants", ("Twelve members gave blood at the drive, and five more helped register donors.",),
         frame=r"\b(?:volunt\w*|gave blood|donated blood|blood drive|clean-up)\b[^.;]*\band\s*$",
         after=r"^more (?:(?:party )?members |teachers )?(?:helped|volunteered|served|took part)\b"),
    # the visits members made in all, said after the sessions of a service: "Volunteer sessions at the care home: 6, with 40
    # member visits in all"
    Rule("volunteer_participants", ("Volunteer sessions at the Elm care home: 6, with 40 member visits in all",),
         frame=rf"(?:{VOLUNTEERING}|{CARE_HOME})[^.]*,\s*with\s*$", after=r"^(?:member|members['’]) visits\b"),
    # the days a letter of thanks says the members gave to a service of its writers, and the children they helped: "thank you
    # for the 15 Saturdays your members gave to our reading club, and for the 40 children you helped"
    Rule("volunteer_sessions", ("Thank you for the 15 Saturdays your members gave to our reading club.",),
         before=r"\bthe\s*$",
         after=r"^(?:saturdays|sundays|mornings|afternoons|evenings|weekends|days) (?:your|its|their|the branch['’]s) "
               r"(?:[a-z-]+ )?(?:members|volunteers|teachers) (?:gave|spent|have given|devoted)\b"),
    Rule("students_assisted", ("Thank you for the 15 Saturdays your members gave to our reading club, and for the 40 children you "
                               "helped with their homework.",),
         frame=r"\bthank(?:s| you)\b[^.]*\bthe\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students) (?:you|your (?:members|teachers|volunteers)) (?:have )?"
               r"(?:helped|tutored|taught)\b"),
    # (or the mornings or afternoons of the time given told the sentence before, said to have been held: "… have read stories to
    # children at the town library. 12 mornings have been held so far.")
    Rule("volunteer_sessions", ("Members have read stories to small children at the town library since May. Nine mornings have "
                                "been held so far.",),
         earlier=rf"\b(?:{_GAVE_THEIR_TIME}|{VOLUNTEERING})",
         after=r"^(?:[a-z]+ )?(?:mornings|afternoons|evenings|sessions) (?:have|had) been held\b"),
    Rule("volunteer_sessions", ("Since the library opened in May, members of the branch have run 15 story sessions there.",),
         frame=r"\b(?:librar(?:y|ies)|community|village|ward|hospital)\b[^.;]*\bmembers\b[^.;]{0,60}?\b(?:have |had )?"
               r"(?:run|ran|held|given|gave|led)\s*$",
         after=r"^(?:[a-z-]+ )?(?:story|reading|storytelling) (?:sessions|hours|times)\b"),
    # (members, and others with them, sent to a home of care: "sent 11 members and 35 pupils to the Hexi care home")
    # (or taken there: "took 10 members to the Qinghe old people's home")
    Rule("volunteer_participants", ("On the festival the branch sent 12 members and 30 pupils to the Hexi care home.",
                                    "For Lei Feng Day the branch took 9 members to the Pine old people's home."),
         before=r"\b(?:sent|took|brought)\s*$",
         after=rf"^(?:[a-z-]+ )?(?:party )?members(?: and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?(?:students|pupils|teachers))? to "
               rf"(?:the |a )?(?:[a-z'’-]+ ){{0,3}}?{CARE_HOME}"),
    # (and the residents they spent time with there: "…, where they sang for and talked with some 60 residents")
    Rule("volunteer_beneficiaries", ("The branch sent 8 members to the care home, where they chatted with about 40 residents.",),
         frame=rf"{CARE_HOME}[^.;]*,\s*where (?:they|the members|the volunteers)\b[^.;]{{0,40}}?\b(?:with|for|to)\s*$",
         after=r"^(?:[a-z-]+ )?(?:residents|older people|elderly people|the elderly|patients|veterans)\b"),
    # (members sent to help clear up after a storm or a flood: "sent 15 members to help clear the village roads")
    Rule("volunteer_participants", ("After the flood the branch sent 14 members to help clean the village school.",),
         before=r"\bsent\s*$",
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|member teachers) to (?:help )?(?:clear|clean|sweep|tidy|repair|shovel|"
               r"pick up|collect)\b"),
    # (the homes visited in all, after the visits told: "visited their pupils' homes, 80 homes in all")
    # (or the visits made in all, the sentence after the homes visited: "… visited four or more pupils' homes. Between them
    # they paid 96 visits.")
    Rule("home_visits", ("Each member teacher visited four or more pupils' homes. Between them they paid 96 visits.",),
         earlier=r"\bvisit(?:ed|s|ing)?\b[^.]{0,60}\bhomes?\b",
         before=r"\b(?:in all|in total|altogether|between them),? (?:they|members|the members|we|the teachers) (?:have |had )?"
                r"(?:made|paid|carried out)\s*$",
         after=r"^(?:home )?visits\b"),
    Rule("home_visits", ("In the holiday members visited the homes of their pupils, 80 homes in all.",),
         frame=r"\bvisited (?:the )?homes? of\b[^.;]*,\s*$", after=r"^homes (?:in all|in total|altogether)\b"),
    # (people organised to work at a shelter, some of them members, said in an aside: "organised 28 teachers, 15 of them
    # Party members, to work shifts at the village shelter")
    Rule("volunteer_participants", ("The branch organised 20 teachers, 12 of them members, to work in shifts at the shelter.",),
         before=r"\b(?:organi[sz]ed|sent|mobili[sz]ed)\s*$",
         after=r"^(?:[a-z-]+ )?(?:teachers|members|staff|volunteers)(?:,[^.;,]{1,40},)? to (?:work|serve|help|volunteer)"
               rf"(?: in shifts)? at (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{_A_SHELTER}"),
    # (and the people they looked after there, the shelter told the sentence before)
    Rule("volunteer_beneficiaries", ("Members worked in shifts at the flood shelter. Over a week they looked after 300 residents.",),
         earlier=rf"\b{_A_SHELTER}",
         before=r"\b(?:they|members|the volunteers|we) (?:looked after|cared for|sheltered|fed|served)\s*$",
         after=r"^(?:[a-z-]+ )?(?:displaced |evacuated )?(?:residents|villagers|people|evacuees|families)\b"),
    # (the elderly people members visit, and the visits made so far: "have visited the 14 older people living alone in
    # the village every fortnight … They have made 24 visits so far.")
    Rule("volunteer_beneficiaries", ("Members have visited the 12 elderly people living alone in the village every month.",),
         frame=r"\bmembers\b[^.;]{0,60}?\bvisit(?:ed|s)? (?:the|all)\s*$",
         after=r"^(?:[a-z-]+ )?(?:elderly|older) (?:people|residents|villagers)\b"),
    Rule("volunteer_sessions", ("Members visit the elderly people living alone in the village. They have made 20 visits so far.",),
         earlier=r"\bvisit(?:ed|s)?\b[^.]*\b(?:elderly|older) (?:people|residents|villagers)\b",
         before=r"\b(?:they|members|we) (?:have |had )?made\s*$", after=r"^visits\b"),
    # (the young teachers who took part in a workshop the branch runs for them: "… runs a studio for its young teachers, led
    # by three members. This year 12 young teachers took part.")
    Rule("teachers_mentored", ("The branch runs a studio for young teachers, led by three members. This year 12 young teachers "
                               "took part.",),
         earlier=r"\b(?:workshop|studio|programme|program|scheme|training camp)\b[^.]*\b(?:young|new) teachers\b",
         after=r"^(?:young|new) teachers (?:took part|joined|attended|enrolled|were trained)\b"),
    # (the shifts of a watch kept for the public, in all: "… kept a flood watch on the river bank. Its 22 members took
    # six-hour shifts, 56 shifts in all.")
    Rule("volunteer_sessions", ("The branch kept a flood watch on the dyke in July. Members took turns, 40 shifts in all.",),
         earlier=r"\b(?:flood|river|fire|night|safety) (?:watch|patrol)\b|\bvolunt",
         frame=r"[,;]\s*$", after=r"^(?:[a-z-]+ )?shifts (?:in all|in total|altogether)\b"),
    # (reading sessions run at a public library for children in need, and the children who signed up)
    Rule("students_assisted", ("Members are running reading sessions at the library for children from low-income families. 20 "
                               "children have signed up.",),
         earlier=r"\b(?:sessions|classes|clubs?|camps?|tutoring)\b[^.]*\bfor (?:[a-z-]+ )?(?:children|pupils|students) "
                 r"(?:from|of|in) (?:[a-z-]+ ){0,2}?(?:low-income|poor|needy|migrant|left-behind|struggling)\b",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students) (?:have |had )?(?:signed up|enrolled|joined|registered)\b"),
    # (the times members served in the communities they were sent to: "sends its members to the communities they live in,
    # where they have served 160 times in all")
    Rule("volunteer_sessions", ("The branch sends members to the villages they live in, where they have served 80 times this year.",),
         frame=r"\b(?:communit(?:y|ies)|neighbou?rhoods?|villages?)\b[^.;]{0,20}?,\s*where (?:they|members|the members) "
               r"(?:have |had )?(?:served|volunteered|helped out)\s*$",
         after=r"^times\b"),
    # (the people said to be its beneficiaries, then how many: "Residents of the estate were the main beneficiaries, some
    # 900 of them in all.")
    Rule("volunteer_beneficiaries", ("The branch ran 9 volunteer days. Older residents were the main beneficiaries, some 400 of "
                                     "them in all.",),
         frame=r"\bbeneficiar(?:y|ies)\b[^.;]{0,20}?,\s*$", after=r"^of them\b"),
    # the volunteers named before the count of what they did
    Rule("volunteer_sessions", ("the volunteers held 16 service activities in the village",
                                "party members volunteered at the station 11 times",
                                "the volunteer team went to the nursing home on 9 occasions",
                                "the volunteer team has organised over 40 activities",
                                "our volunteers are 30 teachers and members, and they served in the community 15 times",
                                "the volunteer team ran 14 after-school homework sessions for village children",
                                "the volunteer team of Elm No. 3 School has gone into the community 8 times"),
         # (the sessions may be said of what, not of study: "14 after-school homework sessions")
         # (a school's number may stand between: "the volunteer team of Elm No. 3 School has gone into the community 8 times")
         frame=r"\bvolunt(?:eers?|eered|ary)\b(?:[^.;]|(?<=\bno)\.){0,90}$",
         after=r"^(?:(?:(?!study\b|training\b|learning\b|party\b)[a-z-]+ ){0,2}?(?:activities|events|sessions)\b|times\b|"
               r"occasions\b)"),
    # (or the team the volunteers of the sentence before are: "The team's 25 volunteers are teachers. In 2022 alone, the
    # team held 30 activities.")
    # (or "they", the volunteers: "… sent out volunteers 900 times. They held 40 activities.")
    Rule("volunteer_sessions", ("The team's 25 volunteers are teachers. In 2022 alone, the team held 30 activities.",
                                "The branch sent out volunteers 900 times. They held 40 activities, from tutoring to cleaning."),
         earlier=r"\bvolunt(?:eers?|eered|ary)\b",
         before=r"(?:\b(?:the|our|this|its) team|^they) (?:have |had )?(?:held|organi[sz]ed|ran|carried out)\s*$",
         after=r"^(?:[a-z-]+ )?(?:activities|events|sessions)\b"),
    # (or times of it, as a translation counts them: "carried out 30 times of voluntary tutoring in the community")
    Rule("volunteer_sessions", ("the members carried out 12 times of voluntary tutoring in the village",),
         before=r"\b(?:carried out|conducted|held|organi[sz]ed|did|performed)\s*$",
         after=r"^(?:times of )?(?:voluntary|volunteer|community) (?:service|tutoring|work|activit(?:y|ies)|labou?r)\b"),
    # days of volunteering counted as such: "16 volunteer days at the community centre"
    # (the work done named between: "organised 7 volunteer clean-up days on the beach", "11 volunteer tutoring afternoons")
    Rule("volunteer_sessions", ("We served: 9 volunteer days at the library",
                                "In May the branch organised 6 volunteer litter-picking mornings by the lake."),
         after=r"^volunt(?:eer|ary) (?:(?:service|clean-?up|litter-picking|tutoring|reading|repair|(?:tree-)?planting|care|"
               r"work|labou?r) )?(?:days|mornings|afternoons|weekends|events)\b"),
    # (and the members who gave the hours, in a sentence of volunteering: "…, where 14 members gave a total of 150 hours")
    Rule("volunteer_participants", ("We served: 9 volunteer days at the library, where 14 members gave a total of 150 hours",),
         frame=rf"\b{VOLUNTEERING}",
         after=r"^(?:[a-z-]+ )?(?:members|teachers|volunteers) (?:gave|contributed|logged|put in) (?:a total of |about |over |some "
               r"|nearly |more than )?[\d,]+ hours\b"),
    # the days volunteers served on: "members volunteered at the library on 8 Saturdays"
    # (or worked, said after the service: "took part in the volunteer campaign, working 9 Saturdays in all")
    Rule("volunteer_sessions", ("members volunteered at the library on 8 Saturdays",
                                "the volunteer team served at the station on 12 weekends",
                                "11 members joined the town's volunteer clean-up, working 7 Sundays in all"),
         frame=r"\bvolunt(?:eers?|eered|ary)\b[^.;]{0,60}$",
         before=r"(?:\bon|^(?:working|serving|volunteering)(?: on)?)\s*$",
         after=r"^(?:saturdays|sundays|weekends|days|mornings|afternoons|evenings)\b"),
    # (or counted after the service, by a comma, in all: "volunteers ran a reading club every Saturday, 20 mornings in all")
    Rule("volunteer_sessions", ("member volunteers ran a reading club at the library every Saturday, 20 mornings in all",),
         frame=r"\bvolunt(?:eers?|eered|ary)\b[^.;]{0,80}[,—–]\s*$", before=r"^\s*$",
         after=r"^(?:saturdays|sundays|weekends|days|mornings|afternoons|evenings) (?:in all|in total|altogether)\b"),
    # the times members stood guard at a gate, a duty that is a volunteer's service (执勤): "the members have stood guard 320
    # times"
    # (or the mornings of duty so far, after a comma in the duty's sentence: "have taken turns on the road safety rota at the
    # gate, 30 mornings so far")
    Rule("volunteer_sessions", ("Since March, 12 members have taken turns on the road safety rota at the gate, 35 mornings so far.",),
         frame=rf"\b{GUARD_DUTY}[^.;]*,\s*$", after=r"^(?:mornings|afternoons|shifts|days) (?:so far|in all|in total)\b"),
    # the sessions of tutoring at a community centre or a library the sentence before told: "… have tutored pupils at the
    # community centre twice a week. They have given 60 sessions."
    Rule("volunteer_sessions", ("Members have tutored children at the town library since May. They have given 30 sessions.",),
         earlier=r"\b(?:tutored|coached|taught) (?:[a-z-]+ ){0,2}?(?:pupils|children|students) at [^.;]{0,60}?"
                 r"\b(?:community cent(?:re|er)|library|care home)\b",
         before=r"\b(?:they|members|we) (?:have |had )?(?:given|held|run|ran)\s*$", after=r"^(?:[a-z-]+ )?sessions\b"),
    Rule("volunteer_sessions", ("since March the branch's members have stood guard 320 times",),
         before=r"\b(?:(?:stood|stand|standing)(?: on)?|been on) (?:guard|duty)(?: at the (?:gate|crossing))?\s*$",
         after=r"^times\b"),
    # (or the shifts they did: "the members had done 168 duty shifts at the gate"; or, after the sentence that says they
    # stood at the gate or the crossing, the shifts of a part of the day: "By May they had done 120 morning shifts")
    Rule("volunteer_sessions", ("by June the members had done 150 duty shifts at the crossing",),
         before=r"\b(?:done|did|worked|served|taken|took)\s*$",
         after=r"^(?:(?:gate|guard|crossing|morning) )?(?:duty|guard) shifts\b"),
    Rule("volunteer_sessions", ("Members take turns to stand at the school gate each morning. By May they had done 120 morning "
                                "shifts.",),
         earlier=rf"\b(?:{GUARD_DUTY}|(?:stand|stood|standing) (?:at|by) the (?:school )?(?:gate|crossing))",
         before=r"\b(?:done|did|worked|served|taken|took)\s*$",
         after=r"^(?:morning|afternoon|evening|daily|weekend) shifts\b"),
    # free tutoring is a volunteer's service (义务辅导): its sessions, and the teachers who took part, in the sentence after
    # the one that says it is free ("Party member teachers give free tutoring … So far 19 teachers have taken part,
    # giving 280 tutoring sessions")
    Rule("volunteer_sessions", ("Members give free tutoring to pupils. So far they have given 280 tutoring sessions.",
                                "Members gave free online tutoring in May. They held 30 online sessions.",
                                "Members gave free tutoring in the holidays. In all they taught 45 online lessons."),
         earlier=rf"{_FREE_TUTORING}", after=r"^(?:free )?(?:online )?(?:tutoring )?(?:sessions|lessons|classes)\b"),
    # the members who gave it: "15 Party members held free online tutoring for village children"
    Rule("volunteer_participants", ("during the holidays 12 party members held free online tutoring for village children",
                                    "20 party members have begun giving free evening tutoring to pupils"),
         # (their school's number with a point too: "15 member teachers of Wuzhou No. 3 Middle School ran …")
         after=rf"^(?:communist )?(?:party )?(?:members|member teachers)\b(?: (?:[^.;,]|\bno\.){{1,40}}?)?\s+(?:(?:have|has) )?"
               rf"(?:(?:begun|started|began|start|begin) )?(?:held|gave|giving|ran|running|offered|offering|provided|providing) "
               rf"(?:{_FREE_TUTORING})"),
    # (or the members who run a free service of another kind for the public: "eight members have run a free weekend repair
    # clinic for residents"; talks are left out, as a community's talks are no service)
    Rule("volunteer_participants", ("eight party members have run a free weekend repair clinic for residents",
                                    "12 members of the branch ran free haircuts for older people in the village"),
         after=r"^(?:communist )?(?:party )?(?:members|member teachers)\b(?: (?:[^.;,]|\bno\.){1,40}?)?\s+(?:(?:have|has) )?"
               r"(?:run|ran|running|held|holding|offered|offering|opened|provided|providing) (?:a |an )?free "
               r"(?:[a-z-]+ ){0,3}?(?:clinics?|class(?:es)?|workshops?|consultations?|check-ups?|haircuts?|repairs?|"
               r"surgery|surgeries|help ?desks?) (?:for|to) (?:the )?(?:[a-z-]+ )?(?:parents|residents|villagers|neighbours|"
               r"older people|elderly people|the elderly|seniors|families|people|public|community)\b"),
    # (or the members who gave the free service the sentence before began, counted with what they did: "… began a series of
    # free talks on parenting for local families. Three member teachers have given five so far")
    Rule("volunteer_participants", ("The branch began free parenting talks for local families. Three member teachers have given "
                                    "five talks so far.",),
         earlier=_FREE_TUTORING,
         after=r"^(?:party )?(?:members|member teachers)\b (?:have |had )?(?:given|held|run|taught|led)\b[^.;]{0,30}?"
               r"\b(?:talks|lectures|classes|lessons|sessions|workshops|clinics)\b"),
    # (or the members who ran the stalls of a charity fair or sale: "The branch held a charity fair. Thirty members ran 10
    # stalls")
    *(Rule("volunteer_participants", (example,), **where,
           after=r"^(?:party )?(?:members|member teachers)\b (?:ran|staffed|manned|set up|looked after) "
                 r"(?:the |(?:\d[\d,]*|[a-z]+) )?(?:charity |market |food )?stalls\b")
      for example, where in (("The branch held a charity fair on Saturday. Twenty members ran 9 stalls.",
                              {"earlier": r"\bcharity\b|\bvolunt|\bfund-?rais"}),
                             ("at the charity sale, 15 members staffed the stalls",
                              {"frame": r"\bcharity\b|\bvolunt|\bfund-?rais"}))),
    # (or some of the members, who did a volunteer shift or more: "Of the school's 40 members, 33 worked at least one volunteer
    # shift this year")
    Rule("volunteer_participants", ("Of the branch's 40 members, 33 worked at least one volunteer shift in 2023",),
         frame=r"\bof [^.;]{0,40}?\bmembers,\s*$",
         after=r"^(?:have |had )?(?:did|done|took part in|joined|worked) (?:at least )?(?:one|a|some|an?) (?:[a-z-]+ )?"
               r"(?:volunteer|voluntary)\b"),
    # (or the sessions a free service to the public was given in, said after it: "gave free first-aid classes to 90
    # residents in four evening sessions")
    Rule("volunteer_sessions", ("members gave free first-aid classes to 90 residents in three evening sessions",),
         frame=rf"(?:{_FREE_TUTORING})[^.;]{{0,80}}?\b(?:in|over|across)\s*$",
         after=r"^(?:[a-z-]+ )?(?:sessions|classes|lessons)\b"),
    # (and the people it served, told the sentence after: "… ran a free advice clinic for parents. So far they have
    # answered questions from 90 parents.")
    Rule("volunteer_beneficiaries", ("Members ran a free advice clinic for parents. They answered questions from 90 parents.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,3}?(?:clinics?|consultations?|surgery|surgeries|help ?desks?)\b",
         before=rf"\b(?:answered (?:the )?(?:questions|queries) (?:from|of)|advised|helped|saw|served)(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:parents|residents|villagers|neighbours|people|families|seniors)\b"),
    # (or counted as times it was carried out, as a translation says: "carried out 12 times of free tutoring in the
    # community", "carried out free tutoring 12 times")
    Rule("volunteer_sessions", ("the members carried out 9 times of free tutoring in the village",),
         before=r"\b(?:carr(?:y|ies|ied) out|held|organi[sz]ed|conducted)\s*$",
         after=r"^free (?:online |weekend |after-school |holiday )?(?:tutoring|homework help|lessons|classes)\b"),
    # (or given so many times: "gave free parenting talks at the community centre four times")
    # (or tutoring at a place of the community, no more said: "members have tutored children at the neighbourhood centre 12
    # times since January")
    Rule("volunteer_sessions", ("Members have tutored children at the neighbourhood centre 12 times this year.",),
         before=r"\b(?:tutored|coached|taught|read (?:to|with)) (?:[a-z-]+ ){0,3}?(?:children|kids|pupils) (?:at|in) (?:the |a )?"
                r"(?:[a-z-]+ )?(?:community|neighbou?rhood|village|estate)(?: (?:centre|center|hall|library|room))?\s*$",
         after=r"^times\b"),
    Rule("volunteer_sessions", ("the members carried out free tutoring in the village 9 times",
                                "members gave free first-aid talks in the village five times"),
         before=r"\b(?:carr(?:y|ies|ied) out|held|organi[sz]ed|conducted|gave|ran) free (?:[a-z-]+ )?"
                r"(?:tutoring|homework help|lessons|classes|talks|workshops)\b[^.;,\d]{0,40}$",
         after=r"^times\b"),
    # (or said free in its own sentence: "the 38 members ran 120 free after-school tutoring sessions")
    # (or free workshops or classes given to others: "the branch ran 8 free reading workshops for parents")
    # (or free classes for pupils in need, as free tutoring is: "ran 30 free maths classes for pupils from poor families")
    Rule("volunteer_sessions", ("last year the members ran 120 free after-school tutoring sessions",
                                "the branch ran 8 free reading workshops for parents",
                                "member teachers gave 25 free maths classes to pupils from poor families",
                                "members gave 30 free online lessons to pupils of a partner school in Tibet"),
         after=r"^free (?:online |weekend |after-school |holiday )?(?:tutoring|homework help) sessions\b|"
               # (given to people other than its own pupils, whose free classes are teaching: "12 free classes for its pupils")
               r"^free (?:[a-z-]+ ){0,2}?(?:workshops|classes|lessons|talks)\s+(?:for|to)\s+(?:the\s+|local\s+)?(?:[a-z-]+\s+)?"
               r"(?:parents|families|residents|villagers|seniors|elderly|migrant workers|community|neighbou?rs)\b|"
               rf"^free (?:[a-z-]+ ){{0,2}}?(?:classes|lessons|sessions)\s+(?:for|to)\s+(?:[a-z-]+ ){{0,2}}?{_PUPILS_IN_NEED}|"
               # (or to the pupils of another school: "30 free online lessons to pupils at a partner school")
               rf"^free (?:[a-z-]+ ){{0,2}}?(?:classes|lessons|sessions)\s+(?:for|to)\s+(?:the\s+)?{STUDENTS} (?:of|at|in) "
               r"(?:its|a|the|their|our) (?:[a-z-]+ )?(?:partner|paired|twinned|sister|village|rural|mountain) school\b"),
    # (or a free club or class the members run, its sessions held counted in the sentence after: "Our members run a free
    # chess club at the community centre. This year we held 14 sessions." The people who came: before enrolment, above)
    Rule("volunteer_sessions", ("Our members run a free chess club at the community centre. This year we held 14 sessions.",),
         earlier=_FREE_CLUB, before=r"\b(?:held|ran|gave|organi[sz]ed)\s*$", after=r"^sessions\b"),
    # (or the times it met: "Members run a free Saturday club for children. The club has met 14 times.")
    # (and the members who run it: "since May, five members of Elm School have run a homework club for left-behind children")
    Rule("volunteer_participants", ("since May, five members of Elm School have run a homework club for left-behind children",),
         after=rf"^(?:[a-z-]+ )?(?:party )?(?:members|member teachers)\b(?: (?:of|from) [^.;,\d]{{1,60}}?)? (?:have |has )?"
               rf"{_RUN_FOR_CHILDREN_IN_NEED}"),
    # (or said as "it": "… ran a free chess club for village children. It met 9 times")
    Rule("volunteer_sessions", ("Members run a free Saturday club for migrant children. The club has met 11 times.",
                                "Members ran a free reading club for village children. It met 9 times."),
         earlier=_FREE_CLUB, before=r"\b(?:(?:the|our|this|that) (?:club|class)|it) (?:has |had )?met\s*$", after=r"^times\b"),
    # (or after a colon in the sentence that names it: "ran a free homework club every Wednesday: 34 sessions")
    Rule("volunteer_sessions", ("the members ran a free reading club for village children every Sunday: 30 sessions in all",),
         frame=rf"(?:{_FREE_CLUB})[^.;:]{{0,80}}:\s*$", after=r"^sessions\b"),
    # (or how often it met, then its sessions in all: "… ran a free art camp for village children. The camp met every
    # afternoon, 10 sessions in all")
    Rule("volunteer_sessions", ("Members ran a free art camp for village children. The camp met every afternoon, 10 sessions in all.",),
         earlier=_FREE_CLUB, frame=r"\b(?:the|this|our) (?:club|class|camp|course)\b[^.;]{0,60},\s*$",
         after=r"^sessions (?:in all|in total|altogether)\b"),
    # (or the times the club met: "… a homework club, which members run for free. The club met 30 times")
    Rule("volunteer_sessions", ("The branch has a homework club which members run for free. The club met 30 times.",),
         earlier=_FREE_CLUB, before=r"\b(?:the|this|our) (?:club|class) (?:has )?met\s*$", after=r"^times\b"),
    # the members' turnouts at volunteering, person-times: "Volunteering: 15 outings, with 160 member turnouts"
    Rule("volunteer_participants", ("Volunteering: 15 outings, with 160 member turnouts",
                                    "the volunteer team went out 9 times, 70 turnouts of members in all"),
         frame=rf"\b{VOLUNTEERING}[^.;]*$", after=r"^(?:member |volunteer )?turnouts\b"),
    # (the days of a volunteer project's work, counted as the days off it took: "… keeps the square clean as a volunteer
    # project. Members have swept it on 10 weekends"; and some of the members counted who took part)
    Rule("volunteer_sessions", ("The branch keeps the canal bank tidy as a volunteer project. Members have swept it on 12 Sundays.",),
         earlier=r"\bvolunt", frame=r"\b(?:cleaned|swept|tidied|weeded|looked after|worked (?:at|on|in))\b[^.;]{0,30}? on\s*$",
         after=r"^(?:saturdays|sundays|weekends|days|mornings|afternoons|evenings|occasions)\b"),
    # (or the times they have cleaned it: "… keep a stretch of canal clean as volunteers. They have swept it 20 times.")
    Rule("volunteer_sessions", ("Members look after the canal path as volunteers. They have cleaned it 30 times.",),
         earlier=r"\bvolunt",
         before=r"\b(?:they|we|members|the members|the volunteers) (?:have |had )?(?:cleaned|swept|tidied|weeded|cleared|patrolled) "
                r"(?:it|them|the [a-z]+(?: [a-z]+)?)\s*$",
         after=r"^times\b"),
    # (or the members who gave talks or ran stalls at a free day for the public the sentence before told, and the people who
    # came: "… held a free safety day for residents. Eleven member teachers gave talks, and about 300 residents came.")
    Rule("volunteer_participants", ("The branch held a free health day for residents. Nine member teachers ran stalls, and about "
                                    "200 residents came.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,2}?(?:day|fair|event|festival)\b",
         after=r"^(?:[a-z-]+ )?(?:member teachers|members|party members) (?:gave|ran|led|taught|staffed|hosted)\b"),
    Rule("volunteer_beneficiaries", ("The branch held a free health day for residents. Nine member teachers ran stalls, and about "
                                     "200 residents came.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,2}?(?:day|fair|event|festival)\b",
         after=r"^(?:[a-z-]+ )?(?:residents|villagers|people|parents|families|seniors) (?:came|attended|took part|joined)\b"),
    # (or some members counted who helped or took part, the volunteering or the public work told in the sentence before: "…
    # helped at the festival again. This year 15 members took part", "… planting saplings by the river. Nine of the school's
    # members took part.")
    Rule("volunteer_participants", ("Members volunteered at the book fair again. This year 15 members helped.",
                                    "The branch planted 60 saplings by the village river. Nine of the school's members took part."),
         earlier=r"\bvolunt|\b(?:planting|planted|cleaning|cleaned|sweeping|swept)\b[^.]{0,40}\b(?:park|streets?|community|"
                 r"village|river)\b",
         # (not took part in something else: "11 members took part in 6 sessions of training")
         after=r"^(?:of (?:the school's|the branch's|its|our) )?(?:party )?members (?:have |had )?(?:helped|took part|"
               r"taken part)\b(?! in\b)"),
    Rule("volunteer_participants", ("The branch keeps the canal bank tidy as a volunteer project. Members have swept it on 12 "
                                    "Sundays, and 11 of the branch's 18 members have taken part.",),
         earlier=r"\bvolunt",
         after=r"^of (?:the branch's|the committee's|its|our|the) (?:\d+ )?(?:party )?members (?:have |had )?(?:taken part|"
               r"took part|joined in|helped)\b"),
    # (or sent to a village or a community, where they gave things or helped: "sent four members to Elm Village, where they
    # handed out blankets to 25 families")
    Rule("volunteer_participants", ("in May the branch sent five members to Hill Village, where they handed out books to 30 children",),
         before=r"\bsen[dt]s?\s*$",
         after=r"^(?:party )?(?:members|member teachers) to [^.;,]{1,40}?\b(?:village|community|care home|nursing home)\b"
               r"[^.;]{0,10}?,? where they (?:gave|handed out|delivered|helped|cleaned|repaired)\b"),
    # (or joined villagers or residents in some work, which the sentence calls volunteering: "13 members joined villagers to
    # plant tea bushes, as the branch's volunteering for the year")
    Rule("volunteer_participants", ("12 members of Elm School joined farmers to pick apples, as the branch's volunteering for the month",),
         after=rf"^(?:[a-z-]+ )?(?:(?:party )?members|member teachers){_OF_THEIR_SCHOOL} (?:joined|helped) (?:the )?(?:[a-z-]+ )?"
               rf"(?:{_THE_PUBLIC_SERVED}|farmers|families)\b[^.;]{{0,100}}?\b{VOLUNTEERING}"),
    # (or the hours a field of volunteer service adds after its count: "Volunteer service: 14 activities, 520 hours")
    Rule("volunteer_hours", ("Volunteer work: 9 activities, 300 hours",),
         frame=r"\bvolunt(?:eer|ary) (?:service|work)\s*:\s*\d[\d,]* (?:[a-z-]+ )?(?:activities|sessions|events|outings|times)"
               r"\s*[,;]\s*$",
         after=r"^hours\b"),
    # (or in the same sentence: "members have volunteered on 30 occasions and have given some 700 hours")
    Rule("volunteer_hours", ("this year members have volunteered on 30 occasions and have given some 700 hours",),
         frame=r"\bvolunteer(?:ed|ing|s)?\b[^.;]*\b(?:have |had )?(?:given|gave|put in|contributed|logged)\s*$",
         after=r"^hours\b",
         # (not what each of them gave: "thanked its volunteers, each of whom logged over 60 hours")
         not_before=r"\beach(?: of (?:whom|them))?\b[^.;,]{0,20}$"),
    # (the hours they gave between them, told after their volunteering: "… have volunteered at the library. Together they have
    # given 380 hours.")
    Rule("volunteer_hours", ("Ten members have volunteered at the library since March. Together they have given 300 hours.",),
         earlier=r"\bvolunt", before=r"\b(?:together|between them|in all)?,?\s*(?:they|we|members|the members) (?:have |had )?"
                                    r"(?:given|gave|put in|contributed|worked)\s*$",
         after=r"^hours\b"),
    # members who gave their own time to help others: "18 members spent two weekends helping 9 families clean their homes"
    # (others of the school may be counted with them, and are volunteers too: "31 members and 40 other staff of X spent three
    # days helping residents")
    # (or to read to people or with them: "six members have spent their Friday evenings reading to the residents of a care home")
    # (or their days off teaching, or turned out to work for others, or travelled somewhere to teach so many times)
    Rule("volunteer_participants", ("after the storm, 12 members spent three days helping villagers repair their houses",
                                    "20 members and 15 other teachers of Elm School spent two days helping villagers",
                                    "six member teachers have spent their Sundays teaching music at the village school",
                                    "four member teachers spent their Sunday afternoons in the autumn term tutoring children of "
                                    "Pine Village",
                                    "five member teachers of Elm School came back in July after a term teaching at a village school",
                                    "this spring 12 members of Elm School helped at the town's vaccination centre",
                                    "since March three member teachers of Elm School have run a free homework club for children at "
                                    "the town library",
                                    "since June five member teachers have been running free story corners on two housing estates",
                                    "on Saturday seven members of Elm School helped four households in Oak Village pick their tea",
                                    "before the festival six members of Elm School took hampers to 20 older people living alone",
                                    "last year 9 of us logged 250 hours of volunteer work",
                                    "after the storm 14 members of Elm School joined 150 villagers in clearing the road",
                                    "since the spring 8 member teachers have stood at the crossing each afternoon to walk the children over "
                                    "the road",
                                    "after the storm 11 members turned out at dawn to clear fallen trees",
                                    "five members spent a fortnight at a mountain school, teaching 40 pupils maths",
                                    "in the autumn term 2 member teachers taught for two months at a county school in Xinjiang",
                                    "this term 8 member teachers have travelled to the village school five times, giving lessons",
                                    "every Sunday six member teachers have driven to Pine Village to tutor its children",
                                    "since May four members have helped at the town hospital's front hall on Saturdays",
                                    "on weekdays two members have helped cook meals at the district's canteen for elderly "
                                    "residents",
                                    "on Sundays two members have read picture books to patients at the town hospital",
                                    "every Sunday five member teachers have gone to Oak Village to help 18 children with their reading",
                                    "since May, 6 members have spent their Friday evenings reading to the residents of a care home",
                                    "five member teachers spent Saturday 6 May at Hill Village School, where they taught art",
                                    "for Children's Day four member teachers took a magic show to a village school",
                                    "over the holiday 10 member teachers took turns to help at the crossing by the market",
                                    "on Saturday six members of Elm School cooked dinner for 25 elderly residents",
                                    "four member teachers of Elm School helped doctors at a free health day in the village",
                                    "during the exams six members of Elm School manned a rest tent by the exam hall",
                                    "six member teachers of Elm School visited Pine Village School, where they taught art",
                                    "five members of Elm School spent three days at Pine Village School, teaching music",
                                    "on Sunday eight members of Elm School spent the morning packing parcels at a food bank",
                                    "three members of Elm School gave a talk on safe cycling at Pine Community's hall",
                                    "four member teachers of Elm School took their choir to the county care home",
                                    "on Friday six members drove the donated coats to Pine Hill Primary School",
                                    "on Sundays three member teachers of Elm School read stories to children at the town library",
                                    "over the summer 6 member teachers of Elm School staffed a free helpline for parents",
                                    "in the winter holiday 7 member teachers of Elm School took turns staffing a free help line for "
                                    "pupils",
                                    "in May nine members repaired the roof of the community hall",
                                    "every Sunday four members of Elm School go to the care home to sing with the residents",
                                    "in the holidays 8 members of Elm School took turns patrolling the lake shore",
                                    "Three of us spent Sunday afternoons in May reading stories to the patients of the ward",
                                    "in April nine members of Elm School's branch and 30 pupils planted a 100-metre hedge in the village",
                                    "on Sunday nine members of Elm School marshalled walkers on the charity walk",
                                    "in the storm twelve members of Elm School joined the village's flood patrol",
                                    "at the county exams six members of Elm School helped direct parents at the gates",
                                    "before the holiday nine members of Elm School gave up a Sunday to deliver coats to the village",
                                    "this term 12 members of Elm School each read to a child of the town's children's home",
                                    "at the games ten members of Elm School were volunteer stewards for 90 young athletes",
                                    "since the spring six members of Elm School have given dance lessons at a school for deaf children",
                                    "on Lei Feng Day 14 members of Elm School swept the square by the station",
                                    "on Sunday 20 members of Elm School walked 8 kilometres in the town's charity walk",
                                    "on Friday 9 members of Elm School made dumplings with 30 residents of the Pine care home",
                                    "in the spring seven members of Elm School spent a week in Oak Village, holding a free art class",
                                    "each Tuesday two member teachers of Elm School helped out at the reading corner of a county "
                                    "library"),
         # (or some of "us", the branch's own words: "Three of us spent …"; not a time before the members, "in these five
         # years members have given …")
         after=r"^(?!(?:years?|months?|weeks?|days?|terms?|times)\b)(?:[a-z-]+ )?(?:(?:party )?members|member teachers|"
               r"(?:other )?(?:staff|teachers|colleagues)|of us)"
               r"(?: and (?:\d[\d,]*|[a-z]+) (?:other )?(?:staff|teachers|colleagues))?(?: (?:of|from|at) [^.;,\d]{1,60}?)?"
               # (pupils or parents may be counted with them after where they are from: "… of Elm School and 30 pupils
               # planted …")
               # (or the parents of their pupils: "… and 15 of their pupils' parents cleared …")
               rf"(?: and (?:\d[\d,]*|[a-z]+) {_OF_THEIR_PUPILS}?(?:[a-z-]+ )?(?:pupils|students|parents))?"
               rf" (?:also )?(?:have |had )?(?:{_GAVE_THEIR_TIME}|{_TRAVELLED_TO_TEACH}|{_TOOK_TO_A_VILLAGE}|"
               rf"{_TALK_IN_A_COMMUNITY}|{_TOOK_TO_A_PLACE_OF_CARE}|(?:(?:taken|took|take) turns )?{_PATROLLED}|"
               # (or cleaned up a public place, others of the school counted after where they are from: "22 members of Elm
               # School and 40 pupils swept the square")
               rf"{_PUBLIC_CLEAN_UP})"),
    # (or the members who give their time to a place of need, said so in a clause after them: "one of the 14 members of Elm
    # School's branch who help at the soup kitchen every week")
    Rule("volunteer_participants", ("the 11 members of Elm School's branch who help at the soup kitchen every week met on Friday",),
         after=rf"^(?:party )?members\b(?: of [^.;,\d]{{1,50}}?)? who (?:now |also |regularly )?(?:give|gave|spend|spent|volunteer|"
               rf"volunteered|help|helped)\b[^.;]{{0,50}}?\b{_A_PLACE_OF_NEED}"),
    # (or members taken to a martyrs' cemetery, where they swept the graves, and others taken with them)
    # (or members who took pupils there, and the pupils they took: "4 member teachers took 30 pupils of Elm School to the
    # martyrs' park, where they swept the graves")
    Rule("volunteer_participants", ("4 member teachers took 30 pupils of Elm School to the martyrs' park, where they swept the "
                                    "graves",),
         after=rf"^(?:party )?(?:members|member teachers)\b(?: of [^.;,\d]{{1,40}}?)? (?:took|led|brought) (?:\d[\d,]*|[a-z]+) "
               rf"(?:[a-z-]+ ){{0,2}}?(?:pupils|students|activists|young pioneers)(?: (?:from|of) [^.;,\d]{{1,50}}?)? "
               rf"{_TO_SWEEP_MARTYRS_GRAVES}"),
    Rule("volunteer_participants", ("the committee led 18 members to the martyrs' memorial park, where we swept the tombs",
                                    "the committee led 18 members and 70 students to the martyrs' memorial park, where we swept "
                                    "the tombs"),
         before=r"\b(?:took|led|brought)\s*$",
         after=rf"^(?:party )?(?:members|member teachers)\b(?: and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ ){{0,2}}?(?:pupils|students|"
               rf"representatives|young pioneers|teachers))? {_TO_SWEEP_MARTYRS_GRAVES}"),
    Rule("volunteer_participants", ("the committee led 18 members and 70 students to the martyrs' memorial park, where we swept "
                                    "the tombs",),
         before=r"\b(?:took|led|brought) (?:\d[\d,]*|[a-z]+) (?:party )?(?:members|member teachers) and\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?(?:pupils|students|representatives|young pioneers|teachers) {_TO_SWEEP_MARTYRS_GRAVES}"),
    # (and the members who share the visits, the teaching taken home told in the sentence before: "… is tutored at home
    # twice a week. Four members share the visits.")
    Rule("volunteer_participants", ("A girl who broke her leg is tutored at home every week. Three member teachers share these "
                                    "visits.",),
         earlier=rf"\b(?:taught|tutored) at home\b|{SENT_TEACHING}",
         after=r"^(?:party )?(?:members|member teachers) (?:share|take turns (?:to make|at|with)) (?:the |these )?visits\b"),
    # (and those volunteers handed supplies to, counted in the sentence: "volunteered at the shelter, distributing food to
    # about 200 families")
    Rule("volunteer_beneficiaries", ("in the storm 15 members volunteered at the shelter, distributing food to about 200 families",),
         frame=r"\bvolunt", before=r"\b(?:handing out|handed out|delivering|delivered|distributing|distributed) (?:[a-z-]+ ){0,2}?"
                                    r"(?:supplies|food|water|parcels|relief|aid) to\s*$",
         after=r"^(?:[a-z-]+ )?(?:households|families|residents|villagers|people)\b"),
    # (visits paid to the homes of children members look after, and those children: "made 30 visits to the homes of the 12
    # pupils they help")
    Rule("home_visits", ("in the spring members made 30 visits to the homes of the 12 pupils they help",),
         before=r"\b(?:paid|made)\s*$", after=r"^(?:home )?visits to (?:the |their )?homes\b"),
    Rule("students_assisted", ("in the spring members made 30 visits to the homes of the 12 children they help",),
         before=r"\b(?:the|all)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:they|members|the members|we) (?:look after|help|tutor|support|care for|are paired with)\b"),
    # (and the visitors volunteer guides showed round: "volunteered as guides at the museum, showing some 900 visitors round")
    Rule("volunteer_beneficiaries", ("at weekends six members volunteer as guides at the memorial hall, guiding some 500 tourists "
                                     "a month",),
         frame=r"\bvolunteer\w*\b[^.;]*\bguides?\b[^.;]*$", before=r"\b(?:showing|showed|guiding|guided)\s*$",
         after=r"^(?:[a-z-]+ )?(?:visitors|tourists|people|residents|students|pupils)\b"),
    # (and the calls such a helpline took, each a person served: "… manned a free hotline for families. The hotline answered
    # 150 calls.")
    Rule("volunteer_beneficiaries", ("Four members manned a free hotline for families in July. The hotline answered 150 calls.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,2}?(?:helpline|hotline|phone line|(?:help|advice|homework) line)\b",
         before=r"\b(?:they|we|it|the (?:helpline|hotline|line|volunteers|members)) (?:has |have |had )?(?:took|taken|answered|"
                r"handled)\s*$",
         after=r"^(?:phone )?calls\b"),
    # (and the times they travelled there, said with what they did: "have gone to the village school five times, giving lessons")
    Rule("volunteer_sessions", ("this term 8 member teachers have travelled to the village school five times, giving lessons",
                                "teachers travelled to two mountain schools four times, giving model lessons"),
         frame=r"\b(?:travell?ed|gone|went|driven|drove) to [^.;,\d]{1,60}?\s*$", after=rf"^times,? {_TO_TEACH}"),
    # (the tutoring may be said to be free after it: "members have tutored children of migrant workers for free")
    Rule("volunteer_participants", ("Members give free tutoring to pupils. So far 19 member teachers have taken part.",
                                    "Members tutor pupils for free on Saturdays. This term 8 members are taking part.",
                                    "Members have given free online lessons to pupils in hospital. Nine members took part.",
                                    "Members give free homework help at the community hall. Six teachers take turns.",
                                    "Members run a free exam clinic at the community centre on Saturdays. Nine members take part.",
                                    "The branch has begun a term of free Saturday tutoring. Ten member teachers have signed up.",
                                    "Members run a free study room at the village library. Eight members share the work.",
                                    "The branch runs a free homework club at the community centre. Seven member teachers share "
                                    "the tutoring."),
         earlier=rf"{_FREE_TUTORING}|{_FREE_CLUB}",
         after=r"^(?:[a-z-]+ ){0,3}?(?:teachers|members) (?:have |had |are |were )?(?:taken part|taking part|took part|take part|"
               r"participated|participating|joined in|take turns|took turns|taken turns|taking turns|take it in turns|signed up|"
               r"share (?:the )?(?:work|teaching|tutoring|duties))\b"),
    # (or after free meals or another free service the sentence before told: "… brought free dinners to 12 older residents.
    # Fifteen members took part in turn.")
    Rule("volunteer_participants", ("Members brought free dinners to 12 older residents. Fifteen members took part in turn.",),
         earlier=rf"\b(?:delivered|brought|cooked|served|gave) free (?:[a-z-]+ )?(?:lunch(?:es)?|meals?|dinners?|food)\b|"
                 rf"\bfree {_A_FREE_SERVICE}",
         after=r"^(?:[a-z-]+ ){0,2}?(?:members|member teachers|teachers) (?:have |had )?(?:took|taken|take) part\b"),
    # (or the members who gave it, in its own sentence: "16 members of the school gave free online tutoring to 52 pupils")
    Rule("volunteer_participants", ("in the holidays 11 members gave free tutoring to children of migrant workers",
                                    "in the winter break 9 party member teachers of the school gave free online tutoring",
                                    "this term 7 members of Elm School taught free online science classes to village pupils",
                                    "14 members have signed up as helpers, offering free online tutoring to 62 pupils",
                                    "12 teachers of Elm School, 8 of them Party members, taught free evening courses to "
                                    "farmers", "since May three member teachers have given five free parenting talks",
                                    "on Saturday four member teachers ran a free cooking workshop for parents",
                                    "since May five member teachers have run free weekly art classes for migrant children",
                                    "during the holidays four member teachers are running a free holiday care service for pupils",
                                    "with a local doctor, six member teachers gave free health screenings to villagers"),
         # (the school named between, its "No." no sentence's end: "18 member teachers of No. 4 Middle School gave …")
         # (or teachers, the members among them said after: "16 teachers, 11 of them Party members, taught …")
         after=rf"^(?:party )?(?:members|member teachers|teachers)\b(?:[^.;]|(?<=\bno)\.){{0,90}}?\b(?:gave|give|gives|given|provided|provide|provides|providing|offered|offer|"
               rf"offers|offering|giving|taught|teach|teaches|teaching) (?:(?:\d+|[a-z]+) )?(?:{_FREE_TUTORING}|\bfree {_A_FREE_SERVICE})|"
               # (or ran one, an article before it: "ran a free first aid workshop for residents")
               # (or have run them, no count after: "have run free weekly chess classes for village children")
               rf"^(?:party )?(?:members|member teachers)\b{_OF_THEIR_SCHOOL} (?:(?:have|has|had|are|is) )?(?:ran|run|runs|running|held|holds) "
               rf"(?:an? )?(?:{_FREE_TUTORING})",
         # (not a talk or class for its own pupils' parents, the school's own work: "ran a free evening class on reading for
         # the parents of its Year 2 pupils")
         not_after=rf"^[^.;]{{0,160}}?\bfor (?:\d[\d,]* |all (?:the )?)?{_ITS_OWN_PUPILS_PARENTS}"),
    # (those who came to the class members take turns to teach, the classes' sessions above)
    Rule("volunteer_beneficiaries", ("Five member teachers take turns to teach the class. Up to now 20 classes have been "
                                     "held, and 45 residents have taken part.",),
         earlier=r"\btak(?:e|es|ing|en) turns to (?:teach|run|lead|take) (?:it|the class|the classes)\b",
         after=r"^(?:[a-z-]+ )?(?:residents|villagers|seniors|elderly people|parents|people) (?:have |had )?(?:taken part|"
               r"attended|come|joined)\b"),
    # (or its sessions, led by the members in the same sentence: "… free reading club … closed. Five member teachers led its
    # 20 sessions")
    Rule("volunteer_sessions", ("The free reading club run by the branch closed in August. Five member teachers led its 20 "
                                "sessions.",),
         earlier=_FREE_CLASS_OPENED, before=r"\b(?:led|ran|taught|held|gave) (?:its|the|their)\s*$",
         after=r"^(?:sessions|classes|lessons)\b"),
    # (or the days it was open, each a session: "… kept its library open for village children. It was open on 22 afternoons.")
    Rule("volunteer_sessions", ("The branch kept its reading room open for village children in July. It was open on 15 "
                                "mornings.",),
         earlier=_FREE_CLASS_OPENED, before=r"\b(?:was|were|has been|had been|stayed) open on\s*$",
         after=r"^(?:mornings|afternoons|evenings|days|weekends|saturdays|sundays|weekdays)\b"),
    # (or the grown-ups who came to free talks the sentence before told of: "… have given six free parenting talks. More than
    # 300 parents have attended.")
    Rule("volunteer_beneficiaries", ("Members have given four free health talks in the village. About 120 villagers have attended.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,2}?(?:talks|lectures|workshops)\b",
         after=r"^(?:[a-z-]+ )?(?:parents|residents|villagers|people) (?:have |had )?(?:attended|come|came|taken part)\b"),
    # (and the grown-ups it was given to, and the classes held for it, said in its sentence: "gave free computer training to
    # 40 villagers, holding 10 evening classes")
    Rule("volunteer_beneficiaries", ("eight members gave free computer training to 40 villagers",),
         before=rf"(?:{_FREE_TUTORING})[^.;,]{{0,20}}?\bto\s*$",
         after=r"^(?:[a-z-]+ )?(?:farmers|villagers|residents|parents|workers|seniors|people)\b"),
    Rule("volunteer_sessions", ("eight members gave free computer training to 40 villagers, holding 10 evening classes",),
         frame=rf"(?:{_FREE_TUTORING})[^.;]*,\s*(?:holding|giving|running)\s*$",
         after=r"^(?:[a-z-]+ )?(?:classes|sessions|lessons)\b"),
    # (and, in the sentence after, how many evenings or sessions the free courses ran for, and those who completed them:
    # "… taught free evening courses for farmers. The courses ran for 20 evenings and 150 farmers completed them.")
    Rule("volunteer_sessions", ("Teachers taught free evening courses for farmers. The courses ran for 20 evenings.",),
         earlier=_FREE_TUTORING, before=r"\b(?:the|these) (?:courses|classes|lessons) (?:ran|met|were held) (?:for|on)\s*$",
         after=r"^(?:evenings|sessions|days|weekends|saturdays|sundays|mornings|afternoons)\b"),
    Rule("volunteer_beneficiaries", ("Teachers taught free evening courses for farmers. The courses ran for 20 evenings and 150 "
                                     "farmers completed them.",),
         earlier=_FREE_TUTORING,
         after=rf"^(?:[a-z-]+ )?(?:{_THE_PUBLIC_SERVED}|workers|farmers|people|parents) (?:have |had )?(?:completed|attended|"
               r"finished|took) (?:them|it|the courses?|the classes)\b"),
    # (or who tutored others, said to be free after it: "9 members tutored 20 pupils free of charge")
    # (the members' school may be named: "11 member teachers of Elm School have tutored … online every Tuesday, free of
    # charge")
    Rule("volunteer_participants", ("nine members tutored 20 pupils of the village school free of charge on Sundays",
                                    "11 member teachers of Elm School have tutored migrant children online every week, free of "
                                    "charge",
                                    "six student members of Elm School have tutored 15 pupils at a primary school nearby in "
                                    "reading, one hour a week, for free"),
         # (student members too; what they taught, where and how often may be said before "for free")
         after=rf"^(?:party )?(?:(?:student |teacher )?members|member teachers)\b{_OF_THEIR_SCHOOL}[^.;]{{0,20}}?\btutor(?:ed|s)\b"
               r"[^.;]{0,110}?\b(?:for free|free of charge)\b"),
    # (or who made a trip the sentence before told of, to give or bring something: "The branch took gifts to its partner school.
    # Twelve members made the trip")
    Rule("volunteer_participants", ("The branch took books and stationery to its partner school in the hills. Nine members made "
                                    "the trip.",),
         earlier=r"\b(?:brought|took|delivered|donated|sent|carried)\b[^.]{0,80}?\b(?:gifts?|books|clothes|coats|supplies|"
                 r"donations|stationery)\b|\bvolunt",
         after=r"^(?:party )?(?:members|member teachers) (?:made the trip|went along|went with them|travell?ed with)\b"),
    # (or students who did work for the public at a free stall the sentence before told of, led by members: "… set up a free
    # repair stall in the square. Led by three member teachers, 12 students repaired 30 bicycles for residents.")
    Rule("volunteer_participants", ("Teachers set up a free repair stall in the square. Led by three member teachers, 12 students "
                                    "repaired 30 bicycles for residents.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,2}?(?:stall|stand|service|clinic|repairs?)\b",
         after=rf"^(?:[a-z-]+ )?(?:students|pupils|volunteers) {_REPAIRED_FOR_THE_PUBLIC}"),
    Rule("volunteer_participants", ("Teachers set up a free repair stall in the square. Led by three member teachers, 12 students "
                                    "repaired 30 bicycles for residents.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,2}?(?:stall|stand|service|clinic|repairs?)\b",
         before=r"^led by\s*$", after=r"^(?:party )?(?:members|member teachers)\b"),
    # (or who taught free lessons, said after them: "ran free swimming lessons for the children, taught by eight member
    # teachers")
    Rule("volunteer_participants", ("the branch ran free art lessons for village children, taught by six member teachers",),
         frame=rf"\bfree\b[^.;]{{0,80}}?\b(?:taught|run|led|given) by(?: {QUALIFIER})?\s*$",
         after=r"^(?:party )?(?:members|member teachers|teachers who are (?:party )?members)\b"),
    # (or who did some work for the public, said to be free after it, with others counted beside them: "eight members and 20
    # students of the school fixed 50 bicycles for residents free of charge")
    Rule("volunteer_participants", ("eight members and 20 students of the school fixed 50 bicycles for residents free of charge",
                                    "On Saturday six member teachers cut hair for elderly people in the village for free",
                                    "five member teachers and 12 students of the school gave free safety checks to 40 cars",
                                    "at the health fair six member teachers checked blood pressure for older residents",
                                    "nine members and 24 students set up stalls by the station to mend shoes free of charge",
                                    "four member teachers spent two days in Pine Village, mending 40 bicycles for free",
                                    "six members of Elm School helped villagers of Shuikou clean out their irrigation ditch"),
         after=rf"^(?:party )?(?:members|member teachers|teachers|students|pupils)\b(?: and (?:{QUALIFIER} )?\d[\d,]* "
               rf"(?:[a-z-]+ ){{0,2}}?(?:students|pupils|teachers|parents))?(?: (?:from|of) (?:the )?[^.;,\d]{{1,60}}?)? "
               rf"(?:{_DONE_FOR_THE_PUBLIC_FREE}|{_GAVE_A_FREE_SERVICE}|{_HEALTH_CHECKS_FOR_THE_PUBLIC}|{_HELPED_RESIDENTS_DO})"),
    # (or who gave a show for the people of a place of care, pupils counted with them maybe: "9 members and 15 pupils of Elm
    # School sang songs for 40 residents of the Xinhua care home")
    Rule("volunteer_participants", ("9 members and 15 pupils of Elm School sang songs for 40 residents of the Xinhua care home",),
         after=r"^(?:party )?(?:members|member teachers|teachers|students|pupils)\b(?: and \d[\d,]* (?:[a-z-]+ )?"
               r"(?:students|pupils|teachers))?(?: (?:from|of) (?:the )?[^.;,\d]{1,60}?)? "
               rf"{_PERFORMED_AT_A_CARE_HOME}"),
    # (or who gave free lessons to children of villages or a community, a subject maybe named with them: "4 member music
    # teachers of Oak School taught free singing classes to 50 pupils of nearby villages")
    Rule("volunteer_participants", ("4 member music teachers of Oak School taught free singing classes to 50 pupils of nearby villages",),
         after=r"^(?:party )?(?:members|member (?:[a-z]+ )?teachers)\b(?: (?:from|of) [^.;,\d]{1,60}?)? (?:gave|ran|taught|offered) "
               r"free (?:[a-z-]+ ){0,3}?(?:lessons|classes|talks|sessions)\b[^.;]{0,60}?\bto (?:[a-z-]+ )?(?:\d[\d,]* )?"
               r"(?:children|pupils|residents|villagers|parents) (?:from|of|in) (?:the |a )?(?:nearby |local |neighbouring )?"
               r"(?:[a-z-]+ ){0,2}?(?:villages?|communit(?:y|ies)|estates?)\b"),
    # (or at a free talk or clinic said first, what they did there said after them: "At a free weekend clinic in June, 3
    # member teachers of Oak School helped some 60 parents")
    Rule("volunteer_participants", ("At a free weekend clinic in June, 3 member teachers of Oak School helped some 60 parents",),
         frame=r"^\W*at a free (?:[a-z-]+ ){0,3}?(?:talk|session|clinic|stall|fair|event)\b[^.;]{0,40},\s*$",
         after=r"^(?:party )?(?:members|member (?:[a-z]+ )?teachers)\b[^.;]{0,60}?\b(?:advised|answered|spoke|talked|helped)\b"),
    # (or who taught, said to be free after it: "six member teachers of X have taught weekly classes at the senior centre,
    # free of charge")
    Rule("volunteer_participants", ("since May five member teachers have taught weekly singing classes at the senior centre, free "
                                    "of charge",),
         after=rf"^(?:party )?(?:members|member teachers)\b{_OF_THEIR_SCHOOL}[^.;]{{0,20}}?{_TAUGHT_FOR_FREE}"),
    # (or some of the members, who joined such a scheme: "Thirty of our members joined the homework scheme, giving free help
    # to pupils on Saturdays")
    Rule("volunteer_participants", ("Thirty of our members joined the tutoring project, giving free help to pupils on Saturdays",),
         after=r"^of (?:our|its|their|the (?:branch|school|committee)['’]s) (?:party )?(?:members|member teachers) "
               rf"(?:have |had )?(?:joined|signed up for|took part in)\b[^.;]{{0,40}}?(?:{_FREE_TUTORING})"),
    # (and the children in it, after it: "The 26 children in the programme have had 210 hours of lessons")
    Rule("students_assisted", ("Members tutor migrant children online for free. The 26 children in the programme meet weekly.",),
         earlier=_FREE_TUTORING, before=r"^the\s*$",
         after=rf"^{STUDENTS} (?:in|on|of) the (?:programme|program|class|club|scheme|project)\b"),
    # (and the hours of it: "… The branch recorded 170 hours of tutoring in total.")
    Rule("volunteer_hours", ("Members gave free tutoring to pupils in the holidays. The branch recorded 90 hours of tutoring.",),
         earlier=_FREE_TUTORING, after=r"^hours of (?:free )?(?:online )?(?:tutoring|teaching|lessons)\b"),
    Rule("volunteer_hours", ("members gave free tutoring to pupils in the holidays, 90 hours of tutoring in all",),
         frame=_FREE_TUTORING, after=r"^hours of (?:free )?(?:online )?(?:tutoring|teaching|lessons)\b"),
    # (or hours of a free service a volunteer team gave: "the team has given more than 2,000 hours of free tutoring")
    Rule("volunteer_hours", ("Since 2020 the volunteer team has given 800 hours of free tutoring to migrant children",),
         frame=r"\bvolunt(?:eer|ary)\b[^.]{0,60}?\bteam\b|\bthe team\b",
         before=r"\b(?:given|gave|put in|provided|offered|contributed)\s*$", after=rf"^hours of free {_A_FREE_SERVICE}"),
    # (or by members, the service said to be free: "members gave 80 hours of free tutoring in the holidays")
    Rule("volunteer_hours", ("In the summer, our members put in 75 hours of free tutoring for pupils in need",),
         before=r"\b(?:members|teachers)\b[^.;]{0,30}?\b(?:given|gave|put in|provided|offered|contributed)\s*$",
         after=rf"^hours of free {_A_FREE_SERVICE}"),
    # (or given by members at a place of the community, which makes it theirs to give: "members have given 60 hours of
    # tutoring at the community centre")
    Rule("volunteer_hours", ("Since spring, members have given 60 hours of tutoring at the community centre",
                             "our teachers put in 40 hours of reading lessons in the village library"),
         before=r"\b(?:members|teachers)\b[^.;]{0,30}?\b(?:given|gave|put in|spent|contributed)\s*$",
         after=r"^hours of (?:[a-z-]+ ){0,2}?(?:tutoring|teaching|lessons|reading|coaching)\b[^.;]{0,20}?\b(?:at|in) "
               r"(?:the |a |an )?[^.;]{0,30}?\b(?:community|neighbou?rhood|village|nursing home|care home|library)\b"),
    # (or children in need an outing or an event was held for: "organised 2 holiday outings for 40 left-behind children")
    Rule("students_assisted", ("the branch organised 2 holiday outings for 40 left-behind children",),
         before=r"\b(?:outings?|trips?|activities|events?|camps?|parties|gatherings?)\s+for\s*$",
         after=r"^(?:left-behind|needy|poor|disadvantaged|orphaned) (?:children|pupils|students)\b"),
    # (or the children its sessions were given to: "… launched free weekend tutoring … In three years the members have given
    # 540 sessions to 1,200 children.")
    Rule("students_assisted", ("The branch gives free weekend tutoring to village children. Members have given 300 sessions "
                               "to 650 children.",),
         earlier=_FREE_TUTORING, before=r"\b(?:sessions|lessons|classes)\s+to\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or the people who ran a free camp or class for others' children, and those children, in one sentence: "14 member
    # teachers of Yuci No. 1 Middle School ran a free science camp for 60 children from the county's village schools")
    Rule("volunteer_participants", ("12 member teachers of Elm School ran a free reading camp for 40 village children",
                                    "since May five member teachers have run a free chess and drawing club for children of the estate"),
         # (what the club is for may take a few words: "a free chess and drawing club"; or the people described
         # between: "who are trained first-aiders"; or a morning or a day of it: "a free first-aid morning")
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b{_OF_THEIR_SCHOOL}(?: who [^.;,]{{1,40}}?)? (?:have |had )?(?:ran|run|held|organi[sz]ed|"
               r"opened) (?:a|an) (?:[a-z-]+ ){0,2}?free (?:[a-z-]+ ){0,4}?(?:camp|class|classes|club|course|"
               r"(?<=[a-z] )(?:morning|afternoon|day))\b"),
    # (the children a free camp or class is run for are pupils helped, as those a volunteer service is done for are in
    # Chinese: "为39名自愿参加“夏令营”的留守儿童开展…志愿服务活动")
    Rule("students_assisted", ("12 member teachers of Elm School ran a free reading camp for 40 village children",
                               "the branch opened a free summer care class for 50 pupils",
                               "the branch is running a free holiday classroom for 30 children of migrant workers",
                               "its members run a free Sunday playgroup for 15 children of the estate",
                               "members ran a free reading camp at the village library for 30 village children"),
         before=r"\bfree (?:[a-z-]+ ){0,3}?(?:camp|class|classes|classroom|club|course|playgroup|play scheme)"
                r"(?: (?:at|in) [^.;,\d]{1,40}?)?\s+for\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (and the pupils who take it up: "… This term 48 children are enrolled.")
    Rule("students_assisted", ("Members run a free weekend class for village children. This term they teach the 30 children enrolled.",),
         earlier=rf"{_FREE_TUTORING}", before=r"\bthe\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students) (?:enrolled|signed up|registered)\b"),
    # (or who joined the free club the clause before names: "runs a free homework club for pupils; 30 pupils have joined it")
    Rule("students_assisted", ("Members hold a weekly free maths club for children of migrant workers; 25 children have joined "
                               "it.",),
         frame=rf"(?:{_FREE_CLUB})[^.]*;\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students) (?:have |had )?(?:joined|signed up for|enrolled in) (?:it|the club|"
               r"the class)\b"),
    Rule("students_assisted", ("Members tutor pupils for free on Saturdays. This term 30 children are enrolled.",
                               "Members run a free study room at the library. This term 20 children from the estate are enrolled."),
         # (where they are from may be said: "20 children from the estate are enrolled")
         earlier=rf"{_FREE_TUTORING}",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students)(?: (?:from|of|in) [^.;,\d]{1,30}?)? (?:are|were|have been) enrolled\b"),
    # the shifts volunteers worked, each a session of their service: "members volunteered at the testing site for 30 shifts"
    Rule("volunteer_sessions", ("members volunteered at the testing site for 30 shifts",
                                "the volunteers worked 24 duty shifts at the crossing"),
         frame=r"\bvolunt(?:eers?|eered|ary)\b[^.;]{0,60}$", after=r"^(?:[a-z-]+ )?shifts\b"),
    # (or served, in the sentence after they volunteered: "… volunteered at the site. In total, they served 96 shifts")
    Rule("volunteer_sessions", ("Teachers volunteered at the vaccination site. In total, they served 40 shifts.",),
         earlier=r"\bvolunt(?:eers?|eered|ary)\b", before=r"\b(?:served|worked|covered|did)\s*$", after=r"^(?:[a-z-]+ )?shifts\b"),
    # a count an organization set up brings its kind to: "A new party group was set up, bringing the total to 4."
    Rule("party_groups", ("A new party group was set up, bringing the total to 4.",),
         frame=r"\bparty groups?\b[^.;]{0,60}\bbringing (?:the|their) (?:total|number) to\s*$"),
    # an organization grown from some branches and members to others: the counts it grew to are its own now, of no time
    # the sentence names for the start ("since the last congress in 2019 the committee has grown from 4 branches and 96
    # members to 6 branches and 131 members"); the counts it grew from are an earlier time's, left to review
    Rule("branches", ("since 2018 the committee has grown from 3 branches and 70 members to 5 branches and 102 members",),
         frame=r"\b(?:grown|grew|risen|rose|increased|expanded) from [^.;]{1,60}? to\s*$", after=r"^(?:party )?branches\b",
         time_until=r"\bsince\b|\b(?:grown|grew|risen|rose|increased|expanded) from\b"),
    Rule("members_total", ("since 2018 the committee has grown from 3 branches and 70 members to 5 branches and 102 members",),
         frame=r"\b(?:grown|grew|risen|rose|increased|expanded) from [^.;]{1,60}? to \d[\d,]* (?:party )?branches and\s*$",
         after=r"^(?:party )?members\b", time_until=r"\bsince\b|\b(?:grown|grew|risen|rose|increased|expanded) from\b"),
    # (but the members it grew from, with their year said after them, are that year's: "has grown from 20 members in 2016
    # to 31 today")
    Rule("members_total", ("the branch has grown from 20 members in 2016 to 31 today",
                           "the committee grew from 60 members at the end of 2018 to 85 now"),
         frame=r"\b(?:grown|grew|risen|rose|increased|expanded) from\s*$",
         after=r"^(?:party )?members (?:in|at the end of|by the end of) (?:19|20)\d{2}\b[^.;,]{0,6}? to\b"),
    Rule(None, ("since 2018 the branch has grown from 12 members to nearly double that",),
         frame=r"\b(?:grown|grew|risen|rose|increased|expanded) from(?: \d[\d,]* (?:party )?branches and)?\s*$",
         after=r"^(?:party )?(?:branches|members)\b[^.;]{0,30}?\bto\b", review=True, name="a count it grew from"),
    # (and the members it grew to, said bare after the members it grew from: "has grown from 42 members to 61")
    Rule("members_total", ("since 2018 the branch has grown from 12 members to 20", "we have grown from forty members to fifty-two",
                           "the branch has grown from 11 members in 2018 to 19 today"),
         frame=r"\b(?:grown|grew|risen|rose|increased|expanded) from (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:party )?members"
               r"(?: (?:in|at the end of|by the end of) (?:19|20)\d{2})? to\s*$",
         after=r"^(?:(?:party )?members\b|(?=[,.;]|$|now\b|today\b|in (?:19|20)\d{2}\b))",
         time_until=r"\b(?:grown|grew|risen|rose|increased|expanded) from\b"),
    # (or members admitted, bringing the membership to a number: "we welcomed two new members, bringing our numbers to 35")
    Rule("members_total", ("The branch admitted three new members in May, bringing its membership to 38.",),
         frame=r"\b(?:members?|membership)\b[^.;]{0,60}\bbringing (?:our|its|their|the (?:branch|committee)'s|the) "
               r"(?:total|numbers?|membership|total membership|number of members)\s+to\s*$"),
    # (or bringing the branch itself to so many members, after those admitted: "took the oath of admission, bringing the
    # Party branch to 27 members")
    Rule("members_total", ("Two teachers were admitted in June, bringing the Party branch to 31 members.",),
         before=r"\bbringing (?:the |our |its )?(?:party )?(?:branch|committee|general branch)\s+to\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # (or what the branch now numbers: "We admitted two new members, and we now number 35.")
    # (or "we are now 30", after members admitted; or "today we are 30", after the members it began with)
    Rule("members_total", ("We admitted three new members, and we now number 41.",
                           "We admitted two new members this year, so we are now 26.",
                           "The branch began in 2010 with seven members; today we are 29."),
         frame=r"\b(?:members?|admitted|joined)\b",
         before=r"\b(?:(?:we|it|the branch|the committee|our branch) (?:now |currently )?numbers?|"
                r"(?:we are|there are) now|(?:today|now),? (?:we are|we number|there are))\s*$", after=r"^\s*(?:[.;,]|$)"),
    # (or what "we" are, the branch speaking: "How large is your branch? We are 18 members."; not a team's: "we are 12
    # members of the volunteer team")
    Rule("members_total", ("How large is your branch? We are 18 members, two of them probationary.",),
         before=r"\bwe are(?: now)?\s*$", after=r"^(?:party )?members\b(?!\s+of\b)"),
    # (or members admitted in the sentence before: "The branch admitted two teachers in May. It now numbers 30.")
    Rule("members_total", ("Two teachers were admitted in May. With them the branch now numbers 30.",),
         earlier=r"\b(?:admit(?:s|ted)?|joined|welcomed|new members?)\b",
         before=r"(?<!committee )\b(?:we|it|the (?:party |general )?branch|our branch) (?:now |currently )?numbers?\s*$",
         after=r"^\s*(?:[.;,]|$)"),
    # (or said of the branch in the first person: "3 teachers joined the party, bringing us to 29 members")
    Rule("members_total", ("Two teachers joined the party this spring, bringing us to 31 members.",
                           "In June three teachers were sworn in as members, bringing the committee to 45 members."),
         frame=r"\b(?:joined|admitted|welcomed|recruited|sworn in|took (?:the|their) oath)\b[^.;]{0,60}\bbringing (?:us|it|the branch|the committee|our branch|"
               r"them) (?:up )?to\s*$", after=r"^(?:party )?members\b"),
    Rule("branches", ("Two new branches were formed, bringing the total to 6.",),
         frame=r"\bbranch(?:es)?\b[^.;]{0,60}\bbringing (?:the|their) (?:total|number) to\s*$"),
    # a volunteer team's size: "The team now has 46 members, 19 of them Party members.", "set up a volunteer
    # service team with 30 members"
    # (not the members it was set up with years ago, an earlier count: "was set up five years ago with 8 members. It is now
    # 35-strong", for review)
    Rule(None, ("The volunteer team was set up six years ago with a handful of members.",),
         before=r"\b(?:set up|founded|formed|established|started) (?:[a-z]+ ){1,2}years? ago with\s*$", after=r"^members\b",
         review=True, name="a count it grew from"),
    # (and how strong it is now, the team named in the sentence before: "… It is now 35-strong.")
    Rule("volunteer_participants", ("The branch set up its volunteer team in 2019. It is now 40-strong.",),
         earlier=_A_VOLUNTEER_TEAM, before=r"\b(?:it|the team) (?:is|was)(?: now| currently)?\s*$", after=r"^[- ]strong\b"),
    Rule("volunteer_participants", ("the branch set up a party member volunteer service team with 30 members",
                                    'members set up a volunteer team named "Little Red Umbrella" with 24 members'),
         before=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad)\b[^.;,]{0,40}?\b(?:with|of)\s*$",
         after=r"^members\b"),
    Rule("volunteer_participants", ("the volunteer team now has 35 members", "our volunteer group consists of 20 members",
                                    "the volunteer team of the branch was set up in 2019 and now has 42 members",
                                    "the volunteer team of Elm School now has 48 teachers"),
         # (the team may be named and said whose: 'the "Red Candle" volunteer team of X School now has 64 members')
         # (or when it was set up, first: "… was established in 2019 and now has 42 members")
         # (or its members said to be the school's people: "… now has 48 teachers")
         before=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad)(?: of [^.;,]{1,60}?)?"
                r"(?: (?:was|has been) (?:set up|established|founded|formed) in (?:19|20)\d{2},? and)?(?: now| currently)? "
                r"(?:has|had|consists of|is made up of|numbers)\s*$",
         after=r"^(?:members|teachers|staff members|member teachers|party members|volunteers)\b"),
    # (or when it was set up, said between commas: 'the school's "Lighthouse" volunteer team, founded in 2020, has 31 members')
    Rule("volunteer_participants", ('the school\'s "Lighthouse" volunteer team, founded in 2020, has 31 members',),
         frame=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad), (?:(?:was|has been) )?(?:set up|established|founded|"
               r"formed) in (?:19|20)\d{2}, (?:now |currently )?(?:has|had|numbers)\s*$",
         before=r"^(?:now |currently )?(?:has|had|numbers)\s*$", after=r"^members\b"),
    # (or "the team of 36 teachers")
    Rule("volunteer_participants", ("The branch set up a volunteer team in 2021. The team now has 46 members.",
                                    "Its volunteer team was praised by the town. The team of 30 teachers visits the elderly."),
         earlier=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad)\b",
         before=r"^\s*(?:the|this|our|its) (?:team|group|squad)(?:(?: now| currently)? (?:has|had|consists of|"
                r"is made up of|numbers)| of)\s*$", after=rf"^(?:members|(?:[a-z-]+ )?{PEOPLE})\b"),
    # (or its size alone, the word for its members left out: "Starting with 12 members, the team now has 58, including
    # 31 Party members.")
    Rule("volunteer_participants", ("The volunteer team was set up in 2017. Starting with 12 members, the team now has 58, "
                                    "including 31 Party members.",),
         earlier=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad)\b",
         before=r"\b(?:the|this|our|its) (?:team|group|squad) (?:now |currently )?(?:has|numbers|counts)\s*$",
         after=r"^(?:,|;|\.|$)"),
    # activities of the volunteer team the sentence before is about: "… set up a volunteer team. Its members
    # have held 70 service activities."
    Rule("volunteer_sessions", ("The school has a volunteer team. Team members have held 70 service activities.",),
         earlier=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad)\b",
         after=r"^(?:(?:community |neighbou?rhood |volunteer )?service )(?:activities|events|sessions)\b"),
    # the people a volunteer team is made of
    # members who gave a free service to others: "6 Party members of Elm School gave free haircuts to 40 elderly residents"
    Rule("volunteer_participants", ("6 party members of Elm School gave free haircuts to 40 elderly residents",
                                    "eight members offered free health checks at the market"),
         after=r"^(?:[a-z-]+ )?(?:party )?members?(?: of [^.;,]{1,50}?)? (?:gave|offered|provided|ran) free\b"),
    # (and the others listed with them: "made up of 25 members and 30 other teachers")
    Rule("volunteer_participants", ("the volunteer team, made up of 18 party member teachers, visits the elderly",
                                    "the volunteer team, made up of 12 members and 20 other teachers, visits the elderly"),
         frame=r"\bvolunt(?:eer|ary)(?: service)? (?:team|group|squad)\b[^.;]{0,40}$",
         before=r"\b(?:made up of|consisting of|composed of|formed by|formed of)(?: \d[\d,]* [a-z -]{1,30}? and)?\s*$",
         after=r"^(?:[a-z-]+ ){0,3}?(?:party members?|teachers|members|volunteers|students)\b"),
    # (and the hours the team gave, after a sentence on its volunteering: "The team gave 1,480 hours in total")
    # (or its members, after a while: "… formed a volunteer team. Over nine days, team members worked 1,100 hours")
    Rule("volunteer_hours", ("The volunteer team is made up of 20 members. The team gave 900 hours in total.",
                             "The branch formed a volunteer team. Over five days, team members worked 300 hours."),
         earlier=r"\bvolunt(?:eer|ary)",
         before=r"(?:^|,\s*)(?:the |our |its )?(?:team|group|squad)(?: members)? (?:gave|served|logged|contributed|put in|"
                r"gave in all|worked)\s*$",
         after=r"^hours\b"),
    # (or listed with the service's other figures: "Volunteer service: 46 activities, 1,380 participant-times")
    Rule("volunteer_participants", ("the volunteer team held 30 events with 900 participants",
                                    "volunteer services 20 times, with a total of 260 person-times participating",
                                    "it held 9 volunteer activities, with a total of 70 member-times of participation",
                                    "the branch carried out 7 volunteer activities with 60 member participations",
                                    "Volunteer service: 46 activities, 1,380 participant-times, 4,100 hours"),
         frame=r"\bvolunt(?:eers?|eered|ary)\b[^.;]{0,100}$",
         # (or the members' participations, as times: "with a total of 98 member-times of participation", "with 75 member
         # participations")
         after=r"^(?:(?:party )?members?['’]?[- ])?(?:participants|participations|participant-times|"
               r"person-times (?:participating|took part|taking part|joined)|"
               r"person-times(?=\s*(?:[,;.]|and\b|$))|member-times of participation)\b",
         # (not the people a service reached: "serving more than 600 person-times")
         not_before=r"\b(?:serv(?:e|es|ed|ing)|reach(?:es|ed|ing)?|benefit(?:s|ed|ing|ting)?|help(?:s|ed|ing)?)\b[^.;,]{0,20}$"),
    # the people a volunteer activity drew: "student volunteers ran the club, and about 150 children attended it"
    Rule("volunteer_beneficiaries", ("the volunteers ran a reading club, and 80 children from the village attended",
                                     "the volunteer clinic was open twice, and over 200 residents came",
                                     "carry out the parenting voluntary service activity, more than 60 parents and children "
                                     "participated", "the volunteers ran a family reading day, and 25 families took part"),
         frame=r"\bvolunt(?:eers?|eered|ary)\b",
         after=r"^(?:[a-z-]+ ){0,2}?(?:children|residents|pupils|elderly people|seniors|villagers|people|families)\b"
               r"(?: from [^.;,]{1,40}?)? (?:attended|came|visited(?! by\b)|benefited|were served)\b|"
               # (or parents, with their children, took part in what volunteers gave them: "more than 60 parents and
               # children participated")
               r"^(?:[a-z-]+ )?(?:parents|residents|villagers|citizens|elderly people|old people|families|households)"
               r"(?: and (?:their )?(?:children|kids))? (?:participated|took part|joined in)\b"),
    # the homes of the pupils visited, then how many times: "visited the homes of the students they help 128 times"
    # (or families like those the sentence before visited: "Over five years, members have visited 70 such families")
    Rule("home_visits", ("Members visited the homes of pupils in need. Over five years they have visited 70 such families.",),
         earlier=r"\bvisit(?:ed|s|ing)? (?:the )?homes?\b|\bhome visits?\b", before=r"\bvisited\s*$",
         after=r"^such (?:families|households|homes)\b"),
    Rule("home_visits", ("members visited the homes of the students they help 128 times",
                         "teachers have visited their homes a total of 60 times"),
         frame=r"\bvisit(?:ed|s)? (?:the homes of\b|their homes\b)[^.;,]{0,50}$", after=r"^times\b"),
    # children in need visited are children helped: "visited 6 children from families in difficulty"
    # (or found to be in need: "the branch identified 14 students in need of help")
    Rule("students_assisted", ("the branch visited 6 children from families in difficulty", "members visited 8 children from difficult families",
                               "members visited 12 students in need", "this term the branch identified 14 pupils in need of help"),
         before=r"\b(?:visited|identified|registered)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:from (?:poor |needy |low-income |difficult |disadvantaged )?families(?: in "
               r"(?:difficulty|need))?|in (?:difficulty|need)(?: of (?:help|assistance|support))?)\b"),
    # teaching sent to the homes of pupils who cannot come to school (送教上门), as a translation says it: the
    # pupils are helped, and its times are visits ("… for 3 disabled children, with a total of 36 times")
    Rule("students_assisted", ('carried out "sending teaching to home" for 3 disabled children',),
         frame=SENT_TEACHING, before=r"\bfor\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    Rule("home_visits", ('carried out "sending teaching to home" for 3 disabled children, with a total of 36 times',),
         frame=SENT_TEACHING, after=r"^times\b"),
    # (the homes lessons were taken to are those of the pupils helped: "took lessons to the homes of 9 children who cannot
    # come to school"; and the visits made so, in the next sentence: "By June they had made 150 such visits")
    Rule("students_assisted", ("members took lessons to the homes of 6 children who cannot come to school",),
         frame=rf"(?:{SENT_TEACHING}) of\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    Rule("home_visits", ("Members take lessons to the homes of 6 disabled children. So far they have made 80 such visits.",),
         earlier=SENT_TEACHING, after=r"^(?:such |of these |home )?visits\b"),
    # (or the visits to retired or ill colleagues the sentence before told of: "… called on 9 retired teachers. In all, the
    # branch made 12 such visits this winter")
    Rule("staff_visited", ("The secretary called on 9 retired teachers before the festival. In all the branch made 12 such visits.",),
         earlier=r"\b(?:called on|visited|paid (?:a )?visits? to|went to see)\b[^.;]{0,60}?\b(?:retired|ill|sick|elderly|older|"
                 r"former|veteran)\b[^.;]{0,20}?\b(?:teachers|colleagues|staff|members|comrades)\b",
         after=r"^(?:such |of these )visits\b"),
    # (or in a sentence after the volunteers' service: "Members volunteered 300 hours. About 650 residents benefited.")
    Rule("volunteer_beneficiaries", ("Members volunteered 300 hours at the centre. About 650 residents benefited.",
                                     "The volunteers served 120 hours in 9 service activities. Some 400 villagers benefited."),
         after=r"^(?:[a-z-]+ ){0,2}?(?:children|residents|pupils|elderly people|seniors|villagers|people|families)\b"
               r" (?:benefited|were served)\b", earlier=r"\bvolunt|\bserv(?:ed|ice)\b"),
    # the service activities of the volunteers just named: "32 members registered as volunteers. They took part in 44
    # service activities"
    Rule("volunteer_sessions", ("32 members registered as volunteers. They took part in 44 service activities.",),
         after=r"^(?:community )?service activities\b", earlier=r"\bvolunt"),
    # (or given a service: "providing guidance to about 1,200 candidates and parents"; pupils given one are pupils helped,
    # and colleagues given one no one served: "provided one-to-one help to 6 new colleagues")
    Rule("volunteer_beneficiaries", ("the volunteers provided guidance to about 1,200 candidates and parents",),
         before=r"\b(?:provid|offer)(?:ed|ing) [a-z -]{2,30}? to\s*$",
         not_after=rf"(?:{_NO_PEOPLE_SERVED}|(?:[a-z-]+ )?(?:children|pupils|students|kids|teachers|colleagues))\b"),
    # (the families of pupils just helped, "paired with 56 left-behind children, benefiting 56 families", are the pupils')
    Rule(None, ("members paired with left-behind children, benefiting 56 families",),
         frame=r"\b(?:children|pupils|students)\b[^.;]{0,20},\s*(?:benefiting|benefitting|reaching)\s*$",
         after=r"^(?:families|households)\b", name="the families of pupils helped"),
    # (person-times served on duty are those who served: "they had served 480 person-times on duty", 执勤480人次)
    # (the duty may be named: "served 140 person-times on crossing duty")
    Rule("volunteer_participants", ("by the end of the term the members had served 300 person-times on duty",
                                    "volunteers served 140 person-times on crossing duty"),
         before=r"\bserved\s*$",
         after=r"^person-times (?:on (?:[a-z-]+ ){0,2}?duty|of duty|at the (?:gate|crossing|post|checkpoint))\b"),
    # children a free tutoring programme says have benefited are pupils helped: "more than 1,300 children have benefited"
    Rule("students_assisted", ("the programme offers free tutoring to children of migrant workers, and 800 children have benefited",),
         frame=r"\bfree (?:[a-z-]+ )?(?:tutoring|lessons|classes|homework help)\b|\btutor(?:ing|ed)\b",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|students) (?:have |had )?benefit(?:t)?ed\b"),
    # (or the people said after their count to be served, as a record's item lists them: "about 900 villagers served")
    # (or joined to others counted after them: "about 400 elderly residents and 90 children were served")
    Rule("volunteer_beneficiaries", ("12 repair days in the village, about 450 villagers served",
                                     "about 300 elderly residents and 40 children were served"),
         after=r"^(?:[a-z-]+ ){0,2}?(?:residents|villagers|people|elderly people|seniors|families|patients|passers-by) "
               r"(?:and (?:about |some |over |nearly )?\d[\d,]* (?:[a-z-]+ ){0,2}?(?:children|pupils|students|residents|"
               r"villagers|people|seniors|families) )?(?:were )?(?:served|benefited|benefitted)\b"),
    # free services held for the public are volunteering: "16 free repair fairs in 4 villages", "9 free clinics"
    Rule("volunteer_sessions", ("the members held 16 free repair fairs in 4 villages", "ran 9 free clinics for residents",
                                "members gave 30 free bicycle repair sessions in the villages",
                                "Since May the volunteers have held 7 free bicycle repair days on the estate."),
         # (or days of a free service: "ran 11 free eye-test days", "12 free repair and check-up days in villages")
         # (or sessions of one: "gave 30 free repair sessions in the villages")
         after=r"^free (?:(?:[a-z-]+ ){0,2}?(?:fairs|clinics|markets)|(?:[a-z-]+ ){1,3}?(?:days|sessions))\b"),
    # (or a free service for the public, counted in times after it: "provided free health consultations 20 times for
    # residents")
    Rule("volunteer_sessions", ("members provided free parenting consultations 20 times for parents in the community",),
         before=r"\b(?:provided|offered|gave|held|ran) free (?:[a-z-]+ ){0,2}?(?:consultations?|clinics?|repairs?|haircuts?|"
                r"check-ups?|tutoring|lectures?)\s*$",
         after=r"^times\b[^.;]{0,40}?\b(?:for|to) (?:the )?(?:[a-z-]+ ){0,3}?(?:residents|villagers|parents|public|"
               r"communit(?:y|ies)|elderly|seniors|families|people)\b"),
    # (or the occasions, a weekday's or a part of one, the members spent helping somewhere: "the volunteers spent three
    # Sundays helping at the animal shelter")
    Rule("volunteer_sessions", ("the volunteers spent three Sundays helping at the animal shelter",),
         before=r"\bspent\s*$", after=r"^(?:evenings|afternoons|mornings|(?:mon|tues|wednes|thurs|fri|satur|sun)days) "
                                      r"(?:helping|volunteering)\b"),
    # (or the evenings or days the members spent giving one: "members spent 15 evenings giving free parenting talks")
    Rule("volunteer_sessions", ("members spent 6 afternoons giving free computer classes to residents",),
         before=r"\bspent\s*$", after=rf"^(?:evenings|afternoons|mornings|days|weekends|saturdays|sundays) "
                                       rf"(?:giving|running|holding|offering) free {_A_FREE_SERVICE}"),
    # (or the days a service for residents took, told after it: "fixed bicycles for residents on 16 Saturdays"; and the
    # hours its people logged, in the same sentence: "…, and the team's members logged 700 hours")
    Rule("volunteer_sessions", ("members repaired household appliances for residents on 16 Saturdays",
                                "the team cut hair for the elderly on 9 Sunday mornings"),
         before=rf"\b(?:for|to) (?:the )?(?:[a-z-]+ )?{_THE_PUBLIC_SERVED}\b[^.;,]{{0,20}}?\bon\s*$",
         after=r"^(?:saturdays|sundays|weekends|(?:saturday |sunday )?(?:mornings|afternoons|evenings)|days|occasions)\b"),
    Rule("volunteer_hours", ("members repaired bicycles for residents on 16 Saturdays, and the team's members logged 700 hours",),
         frame=rf"\b(?:for|to) (?:the )?(?:[a-z-]+ )?{_THE_PUBLIC_SERVED}\b[^.;]*\b(?:logged|clocked up|put in)\s*$",
         after=r"^hours\b(?! of (?:class|lessons|teaching|training|study))"),
    # (or an activity carried out by members who went into the community, its times said last, as a translation says
    # 深入社区开展…活动8次: 'organized members to go deep into the community to carry out the activity of "Warm Homes"
    # for 6 times')
    Rule("volunteer_sessions", ('organized members to go deep into the community to carry out the activity of "Warm Homes" '
                                "for 6 times",),
         frame=r"\b(?:go|goes|went|going) (?:deep )?into (?:the )?(?:[a-z-]+ )?communit(?:y|ies)\b[^.;]{0,20}?"
               r"\bto carry out\b[^.;]{0,80}?\bfor\s*$",
         after=r"^times\b", quotes_frame=True),
    # (or, after a sentence on a free talk or class members give at a place of the community, how many have been held,
    # and the people they drew: "… have given a free parenting talk every Saturday at the community centre. Eleven talks
    # have been held so far, drawing about 500 parents in total.")
    Rule("volunteer_sessions", ("Members give a free health talk each month at the community centre. Nine talks have been "
                                "held so far.",),
         earlier=_FREE_SERVICE_IN_THE_COMMUNITY,
         after=r"^(?:[a-z-]+ )?(?:talks|lectures|classes|lessons|workshops|sessions|clinics) (?:have|had) been (?:held|given)\b"),
    Rule("volunteer_beneficiaries", ("Members give a free health talk each month at the community centre. Nine talks have "
                                     "been held so far, drawing some 300 residents.",),
         earlier=_FREE_SERVICE_IN_THE_COMMUNITY, before=r"\b(?:drawing|attracting|reaching)\s*$",
         after=r"^(?:[a-z-]+ )?(?:parents|residents|villagers|people|seniors|families|children)\b"),
    # (or who worked alongside the people of a place a disaster hit, at its clearing or rebuilding: "For ten days after the
    # July floods, 36 member teachers worked alongside villagers in Zhangjia Village, clearing mud from 48 homes")
    Rule("volunteer_participants", ("after the floods, 20 member teachers worked alongside villagers, clearing mud from homes",),
         frame=r"\b(?:floods?|flooded|storms?|typhoon|earthquake|landslides?|disaster)\b",
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b{_OF_THEIR_SCHOOL} worked (?:alongside|with) (?:the )?"
               r"(?:villagers|residents|locals)\b[^.;]{0,60}?\b(?:clearing|cleaning|repairing|rebuilding|helping)\b"),
    # (or who spent hours clearing the mud or rubble a disaster left, and those hours: "Twenty members spent 600 hours
    # clearing mud from homes in the flooded villages")
    Rule("volunteer_participants", ("Twenty members spent 600 hours clearing mud from homes in the flooded villages",),
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b{_OF_THEIR_SCHOOL} spent (?:a total of |more than |over |about )?[\d,]+ hours "
               r"(?:clearing|shovelling|shoveling|removing) (?:the )?(?:mud|silt|debris|rubble)\b"),
    Rule("volunteer_hours", ("Twenty members spent 600 hours clearing mud from homes in the flooded villages",
                             "the members spent a total of 300 hours removing debris from the village school"),
         before=r"\bspent(?: a total of)?\s*$",
         after=r"^hours (?:clearing|shovelling|shoveling|removing) (?:the )?(?:mud|silt|debris|rubble)\b"),
    # people sent to help at shelters or in relief work (a flood's, a storm's), and those they served there: "sent 20 member
    # teachers to help at two shelters for three days. They registered 1,300 displaced residents, …"
    Rule("volunteer_participants", ("the branch sent 16 member teachers to help at the town's flood shelters",
                                    "the committee organized 30 members to help with relief work in the flooded villages"),
         before=r"\b(?:sent|dispatched|organi[sz]ed|mobili[sz]ed)\s*$",
         after=rf"^(?:[a-z-]+ )?{PEOPLE}\b to help (?:out )?(?:at|in|with) (?:the |a |an |two |three |several |\d+ )?"
               r"(?:[a-z'’-]+ ){0,3}?(?:shelters?|relief(?: work)?|rescue(?: work)?|evacuation)\b"),
    Rule("volunteer_beneficiaries", ("Members helped at the flood shelters. They registered 900 displaced villagers.",),
         earlier=r"\bhelp(?:ed)? (?:out )?(?:at|in) (?:the |a |two |three |several |\d+ )?(?:[a-z'’-]+ ){0,3}?shelters?\b",
         before=r"\b(?:registered|sheltered|fed|looked after|cared for|took care of)\s*$",
         after=r"^(?:displaced |evacuated |stranded |flood-hit )?(?:residents|villagers|people|families)\b"),
    # (or free classes for villagers or residents: "ran 26 free skills classes in nearby villages")
    # (or for children not the school's own: "taught 300 free after-school classes for children of migrant workers")
    Rule("volunteer_sessions", ("members have run 12 free skills classes in nearby villages",
                                "its members ran some 20 free parenting talks in the neighbourhood",
                                "members have given 150 free weekend classes for the children of migrant workers",
                                "they also held two free health-check sessions for 130 villagers"),
         after=r"^free (?:[a-z-]+ ){0,2}?(?:classes|courses|training sessions|talks|lectures|workshops|lessons|clinics|"
               r"(?:health|check-up|health-check|consultation) sessions)\b[^.;]{0,60}?"
               r"\b(?:villages?|villagers|residents|communit(?:y|ies)|neighbou?rhoods?|the elderly|seniors|migrant workers|"
               r"left-behind children)\b"),
    # (or given as volunteers, whoever they were for: "members gave 40 reading lessons to village children as volunteers")
    Rule("volunteer_sessions", ("members gave 40 reading lessons to village children as volunteers",
                                "the teachers taught 18 art classes at a school for migrant children as volunteers"),
         before=r"\b(?:gave|taught|delivered|held|ran)\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:lessons|classes|talks|lectures|workshops)\b[^.;]{0,60}?\bas (?:unpaid )?volunteers?\b"),
    # (or the village or community they were held in named before them: "teachers spent a week in two mountain villages,
    # giving 14 free computer classes"; not lessons for pupils, which are teaching taken to a school, 送教)
    Rule("volunteer_sessions", ("teachers spent a week in two mountain villages, giving 14 free computer classes",),
         frame=r"\b(?:in|to|at|around) (?:[a-z-]+ ){0,3}?(?:villages?|communit(?:y|ies))\b",
         after=r"^free (?:[a-z-]+ ){0,2}?(?:classes|courses|training sessions)\b",
         not_after=r"^[^.;]{0,40}?\b(?:pupils|students|children)\b"),
    # (or whose questions volunteers answered: "volunteered at the help desk, answering questions from about 800 parents")
    Rule("volunteer_beneficiaries", ("14 members volunteered at the help desk, answering questions from about 500 parents",),
         frame=rf"\b{VOLUNTEERING}", before=r"\b(?:answering|answered|taking|took|handling|handled) (?:the )?(?:questions|enquiries|"
                                          r"inquiries|calls) (?:from|of)\s*$"),
    # (or those its volunteers read or sang to, in the sentence of the volunteers' service: "the volunteer team served 8 times
    # at the library, reading to over 200 children")
    Rule("volunteer_beneficiaries", ("the volunteer team served 8 times at the library, reading to over 200 children",
                                     "members gave 500 volunteer hours, many of them as reading mentors at the town library, "
                                     "where they read to some 250 children"),
         frame=rf"\b{VOLUNTEERING}[^.;]{{0,160}}$", before=rf"{_READ_TO}\s*$", after=_READ_TO_WHOM),
    # (a service the sentence before calls volunteering, the members who took turns at it, its sessions and those read to:
    # "Members have volunteered at the ward since May. By now 9 of them have taken turns, reading at 20 sessions to over 300
    # patients")
    Rule("volunteer_participants", ("Members volunteer at the ward. By now 9 members have taken turns, reading at 20 sessions "
                                    "to over 300 patients.",),
         earlier=rf"\b{VOLUNTEERING}", after=r"^(?:[a-z-]+ )?(?:members|teachers|volunteers) (?:have |had )?(?:taken|took|take) "
                                              r"turns\b"),
    Rule("volunteer_sessions", ("Members volunteer at the ward. By now 9 members have taken turns, reading at 20 sessions "
                                "to over 300 patients.",),
         earlier=rf"\b{VOLUNTEERING}", frame=r"\b(?:taken|took|take|taking) turns\b", before=r"\b(?:at|in)\s*$",
         after=r"^sessions\b(?! of\b)"),
    # activities that take members into the community, as a translation names 进社区 activities, are a service there:
    # 'held "members into the community" activities 5 times', and those who took part: "…, the number of
    # participants reached 160 person-times"
    Rule("volunteer_sessions", ('carried out "members into the community" activities 6 times',
                                "organized party members into the community activities 9 times"),
         before=rf"\b(?:carried out|organi[sz]ed|held|launched|conducted|ran)\b[^.;]{{0,40}}?{_INTO_THE_COMMUNITY}"
                r"[^.;]{0,20}?\bactivit(?:y|ies)\s*$",
         after=r"^times\b"),
    Rule("volunteer_participants", ('carried out "members into the community" activities 6 times, the number of participants '
                                    "reached 120 person-times",),
         frame=rf"{_INTO_THE_COMMUNITY}[^.;]{{0,20}}?\bactivit(?:y|ies)\b",
         before=r"\b(?:the number of )?(?:participants|participation)\b[^.;,]{0,12}?(?:reached|totall?ed|was|were|came to)\s*$",
         after=r"^(?:person-times|people|persons)\b"),
    # (or a reading, a show or a class the members took to a place of care, a service to those there, though not called
    # volunteering: "The branch took its story hour to the children's ward. Eight member teachers read to 25 young patients."
    # and the members who gave it, and a visit's place among the year's, the count of them: "It was the branch's third
    # visit to the ward this year.")
    Rule("volunteer_participants", ("The branch took its story hour to the children's ward. Eight member teachers read to "
                                    "25 young patients.",),
         earlier=_TOOK_TO_A_PLACE_OF_CARE,
         after=r"^(?:[a-z-]+ )?(?:members|member teachers|teachers|volunteers)\b (?:read|sang|told|performed|played|chatted)\b"),
    # (or who take part in turn, and those there who join in: "… have brought songs to a hospital ward on Fridays. Six
    # teachers take part in turn, and some 15 young patients join in each week.")
    Rule("volunteer_participants", ("Members have brought songs to a hospital ward on Fridays. Six teachers take part in turn.",),
         earlier=_TOOK_TO_A_PLACE_OF_CARE,
         after=r"^(?:[a-z-]+ )?(?:members|member teachers|teachers|volunteers)\b (?:take|took|have taken) (?:part|turns)\b"),
    Rule("volunteer_beneficiaries", ("Members have brought songs to a hospital ward on Fridays. Some 15 young patients join "
                                     "in each week.",),
         earlier=_TOOK_TO_A_PLACE_OF_CARE,
         after=r"^(?:[a-z-]+ )?(?:patients|children|residents)\b (?:join in|joined in|take part|took part|come|came)\b"),
    Rule("volunteer_beneficiaries", ("The branch took its story hour to the children's ward. Eight member teachers read to "
                                     "25 young patients.",),
         earlier=_TOOK_TO_A_PLACE_OF_CARE,
         before=r"\b(?:read|reading|sang|singing|performed|performing|told stories|telling stories)\b[^.;,]{0,40}?\bto\s*$",
         after=_READ_TO_WHOM),
    # (or the days it was given on, a day of the week each week, and those who listened there, after the volunteers who
    # read or sang at a place of care: "Every Sunday in May volunteer members sang at the Elm care home. Over the four
    # Sundays about 50 residents listened.")
    Rule("volunteer_sessions", ("Every Sunday in May volunteer members sang at the Elm care home. Over the four Sundays about "
                                "50 residents listened.",),
         earlier=rf"\b{VOLUNTEERING}", before=r"(?:^|\b)over (?:the|those|these)\s*$",
         after=r"^(?:saturdays|sundays|weekends|(?:saturday|sunday) (?:mornings|afternoons))\b"),
    Rule("volunteer_beneficiaries", ("Every Sunday in May volunteer members sang at the Elm care home. Over the four Sundays about "
                                     "50 residents listened.",),
         earlier=rf"\b{VOLUNTEERING}[^.;]*\b{_A_PLACE_OF_CARE}",
         after=r"^(?:[a-z-]+ )?(?:patients|children|residents|people|seniors)\b[^.;,]{0,20}? (?:watched|listened|joined in|"
               r"sang along)\b"),
    # (or such days of a free service held so many times: "The branch has held such repair days six times since 2021.")
    Rule("volunteer_sessions", ("Members mended bicycles in the square free of charge. The branch has held such repair days six "
                                "times since 2021.",),
         before=r"\b(?:has|have|had) (?:held|run|organi[sz]ed|put on) (?:such|these|similar) (?:repair|clean-up|cleanup|"
                r"volunteer|service|free [a-z-]+) (?:days|events|sessions|stalls|fairs)\s*$",
         after=r"^times\b"),
    # (or so many such events held, after one given as volunteers or free: "… held a first-aid class for residents as
    # volunteers. The branch has held six such classes since May.")
    Rule("volunteer_sessions", ("Five members held a first-aid class for residents as volunteers. The branch has held six such "
                                "classes since May.",),
         earlier=rf"\b{VOLUNTEERING}|\bfree\b", before=r"\b(?:has|have|had) (?:now )?(?:held|run|given|organi[sz]ed|put on)\s*$",
         after=r"^such (?:[a-z-]+ ){0,2}?(?:workshops|talks|classes|sessions|days|events|activities|lectures)\b"),
    # (or the children volunteers' patrols warned away from water: "the patrols have turned back about 70 children so far")
    Rule("volunteer_beneficiaries", ("Members patrol the river banks as volunteers. The patrols have turned back about 70 children "
                                     "so far.",),
         earlier=rf"\b{VOLUNTEERING}|\bpatrol",
         before=r"\b(?:patrols?|volunteers|members|they)\b[^.;,]{0,20}? (?:have |had )?(?:turned back|warned (?:off|away)|"
                r"persuaded)\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|swimmers|people)\b"),
    # (or, in the sentence that tells of it, those there who watched: "… brought a concert to the nursing home, where some
    # 30 residents listened")
    Rule("volunteer_beneficiaries", ("Four members took their choir to the county care home, where some 40 residents listened.",),
         frame=rf"{_TOOK_TO_A_PLACE_OF_CARE}[^.;]*,\s*where\s*$",
         after=r"^(?:[a-z-]+ )?(?:patients|children|residents|people)\b[^.;,]{0,30}? (?:watched|listened|joined in|sang along|came)\b"),
    # (or those a show put on at a place of care was for: "put on a puppet show at the rehabilitation centre for 20 children")
    Rule("volunteer_beneficiaries", ("four members put on a puppet show at the county rehabilitation centre for 20 children",),
         frame=rf"\bput on (?:a |an |their |its )?(?:[a-z-]+ ){{0,2}}?(?:show|performance|concert|play) (?:at|in|on) (?:the |a )?"
               # (a ward maybe of a hospital named after it: "on a ward of the town hospital for 25 children")
               rf"(?:[a-z'’-]+ ){{0,3}}?{_A_PLACE_OF_CARE}(?: of (?:the |a )?(?:[a-z'’-]+ ){{0,3}}?hospital)?\s+for\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|patients|residents|people|seniors|veterans)\b"),
    Rule("volunteer_sessions", ("It was the branch's third visit to the ward this year.",),
         before=r"^held\s*$", after=rf"^visits? to (?:the |a )?(?:[a-z'’-]+ ){{0,3}}?{_A_PLACE_OF_CARE}"),
    # (or time the members gave to read with people: "Members have spent their Saturdays reading to the children of the
    # ward. So far they have made 20 visits, reading with some 150 children.")
    Rule("volunteer_beneficiaries", ("Members volunteer at the ward. By now 9 members have taken turns, reading at 20 sessions "
                                     "to over 300 patients.",
                                     "Members spent their Saturdays reading to the children of the ward. So far they have made "
                                     "20 visits, reading with some 150 children.",
                                     "Each Sunday in May members read fairy tales to small children at the town library. In those "
                                     "five visits they read to about 70 children."),
         earlier=rf"\b(?:{VOLUNTEERING}|{_GAVE_THEIR_TIME})|{_VOLUNTEERED_BEFORE}", before=rf"{_READ_TO}\s*$", after=_READ_TO_WHOM),
    Rule("volunteer_sessions", ("Members spent their Saturdays reading to the children of the ward. So far they have made "
                                "20 visits, reading with some 150 children.",),
         earlier=rf"\b{_GAVE_THEIR_TIME}", before=r"\b(?:they|members|the members|the volunteers) (?:have |had )?(?:made|paid)\s*$",
         after=r"^visits\b"),
    # (or the mornings of free sessions the sentence opens with: "For four Sunday afternoons, two members ran free chess
    # sessions for children of the estate")
    Rule("volunteer_sessions", ("For four Sunday afternoons, two members ran free chess sessions for children of the estate.",),
         before=r"^\s*for\s*$",
         after=r"^(?:[a-z]+ )?(?:mornings|afternoons|evenings|saturdays|sundays|weekends)\b[^.;]*\bfree (?:[a-z-]+ ){0,2}?"
               r"(?:sessions|lessons|classes|training|tutoring)\b"),
    # (or whose questions they answered there, after a comma: "staffed a free help desk at the exam centre, answering
    # questions from about 300 candidates")
    # (another thing they did for them may be said first: "handing out maps and answering questions from …")
    Rule("volunteer_beneficiaries", ("ten members staffed a free help desk at the station, answering questions from about 400 "
                                     "travellers",
                                     "during the exams six members manned a rest tent by the exam hall, handing out water and "
                                     "answering questions from some 250 parents"),
         frame=rf"\b{_GAVE_THEIR_TIME}[^.;]*,\s*(?:[a-z]+ing [^.;,]{{1,30}}? and )?(?:answering|answered) (?:the )?questions "
               rf"(?:from|of)(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:candidates|residents|parents|visitors|people|passengers|villagers|job-seekers|travell?ers)\b"),
    # (or the tours they gave as guides, after those who took part: "… volunteered as guides at the museum. In all, nine
    # members have taken part, giving 27 tours.")
    Rule("volunteer_sessions", ("Members have volunteered as guides at the town museum. Seven members have taken part, giving 20 "
                                "tours.",),
         earlier=rf"\b{VOLUNTEERING}|\bas (?:volunteer )?guides\b", frame=r",\s*giving\s*$", after=r"^(?:guided )?tours\b"),
    # (or the mornings or afternoons it took, after it: "… spent Sunday afternoons in May reading stories to the patients of
    # the ward, four afternoons in all")
    Rule("volunteer_sessions", ("Three of us spent Sunday afternoons in May reading stories to the patients of the ward, four "
                                "afternoons in all.",),
         frame=rf"\b{_GAVE_THEIR_TIME}[^.;]*,\s*$",
         after=r"^(?:mornings|afternoons|evenings|saturdays|sundays|weekends|visits) (?:in all|in total|altogether)\b"),
    # (or the visits over which they did it, said first: "Each Sunday in May members read fairy tales to small children at
    # the town library. In those five visits they read to about 70 children.")
    Rule("volunteer_sessions", ("Each Sunday in May members read fairy tales to small children at the town library. In those "
                                "five visits they read to about 70 children.",),
         earlier=rf"\b{_GAVE_THEIR_TIME}", before=r"^(?:over|during|across|in) (?:the|their|those|these)\s*$",
         after=r"^visits (?:they|members|the volunteers|we)\b"),
    # (not the teachers and pupils a teaching visit to other schools benefited, no volunteering unless it is called so:
    # "sent 4 member teachers to teach at a village school for a week, benefiting 200 teachers and students")
    Rule(None, ("sent 4 member teachers to teach at a village school for a week, benefiting 200 teachers and students",),
         frame=r"^(?![^.]*\bvolunt)", before=r"\b(?:served|benefited|benefiting)\s*$",
         after=r"^(?:[a-z-]+ )?teachers and (?:students|pupils)\b", name="the people of a teaching visit"),
    Rule("volunteer_beneficiaries", ("served 300 residents", "the volunteer team served more than 400 pupils"),
         before=r"\b(?:served|benefited|benefiting)\s*$",
         not_after=rf"{_NO_PEOPLE_SERVED}\b"),
    # (or helped, by a team of volunteers, people who are no pupils of theirs: "The team helped more than 900 candidates find
    # their rooms")
    Rule("volunteer_beneficiaries", ("12 teachers volunteered at the exam site. The team helped more than 900 candidates",
                                     "Members acted as volunteer stewards. Volunteers of the branch assisted about 500 parents.",
                                     "20 members volunteered at the exam site. They helped 800 candidates.",
                                     "30 member volunteers helped at the exam centre. Over three days they assisted 2,000 parents."),
         # (or "they", the volunteers: "… worked as exam-centre volunteers … They helped about 1,500 candidates."; the time it
         # took may open the sentence: "Over a week they assisted …")
         # (or the volunteers themselves, from the branch: "Volunteers of the branch assisted about 500 parents")
         earlier=r"\bvolunt", before=r"(?:\b(?:the|our|its) (?:volunteer )?team\b[^.;,]{0,20}?|"
                                     r"^(?:the )?volunteers(?: (?:from|of) (?:the|our|its) (?:branch|committee|school))? |"
                                     r"^(?:(?:over|in|during|on) [^.;,]{1,25}?,?\s+)?they (?:have |had )?(?:also )?)"
                                     r"(?:helped|assisted)\s*$",
         after=r"^(?:[a-z-]+ )?(?:candidates|residents|parents|villagers|people|elderly people|passengers|visitors)\b"),
    # (or those helped in the time the members gave, right after it: "spent the day in Pine Village helping four elderly
    # farmers bring in their crops")
    Rule("volunteer_beneficiaries", ("eight members spent Sunday in Pine Village helping four elderly farmers bring in their crops",),
         frame=rf"\b{_GAVE_THEIR_TIME}\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?(?:farmers|villagers|families|households|people|veterans|seniors|{_THE_PUBLIC_SERVED})\b"),
    # (or those helped to bring in their harvest: "helped five families in Pine Village gather in their rice")
    Rule("volunteer_beneficiaries", ("in October nine members helped five families in Pine Village gather in their rice",),
         before=r"\bhelped\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?{_PEOPLE_WHO_FARM}\b[^.;,]{{0,30}}? {_THE_HARVEST_BROUGHT_IN}"),
    # (or helped, in the volunteers' own sentence, the people of the place where they served: "volunteered at the library and
    # the railway station, helping about 1,500 travellers and readers")
    Rule("volunteer_beneficiaries", ("40 members volunteered at the railway station, helping about 1,200 travellers",
                                     "members served as volunteers at the fair, logging 200 hours and helping 3,000 visitors"),
         frame=r"\bvolunt", before=r"(?:^|,|\band)\s*helping\s*$",
         after=r"^(?:[a-z-]+ )?(?:travell?ers|passengers|readers|visitors|tourists|residents|villagers|candidates|people|"
               r"elderly people|seniors)\b"),
    # (or children, helped at a public place, no pupils of the members' own: "volunteered at the county library on Sundays,
    # helping some 200 children find books")
    Rule("volunteer_beneficiaries", ("Nine members volunteered at the county library on Sundays, helping some 200 children find "
                                     "books",),
         frame=r"\bvolunt[^.;]*\bat (?:the |a )?(?:[a-z'’-]+ ){0,3}?(?:library|museum|station|park|square)\b",
         before=r"(?:^|,|\band)\s*helping\s*$", after=r"^(?:[a-z-]+ )?(?:children|families)\b"),
    # (people reached, where what reached them was a service: not the audience of lectures, "held 4 lectures for
    # parents, reaching 900 parents")
    # (home visits said to reach a number of homes are home visits: "the members' home visits reached 200 households")
    Rule("home_visits", ("the members' home visits reached 150 households",),
         before=r"\bhome(?:[- ]teaching)? visits\s+(?:reached|totall?ed|numbered|came to|covered)\s*$",
         after=r"^(?:households|families|homes|times)\b"),
    # (or what reached them was a free service for the public: "gave free parenting talks, reaching about 300 parents")
    Rule("volunteer_beneficiaries", ("the volunteer service reached more than 500 villagers",
                                     "members gave free health talks in the village, reaching 120 villagers"),
         before=r"\breach(?:ed|ing)\s*$", frame=rf"\bvolunt|\bservices?\b|\bfree {_A_FREE_SERVICE}",
         not_after=rf"{_NO_PEOPLE_SERVED}\b"),
    # (or those it taught, a free class for the public: "ran 30 free classes in phone skills, training 400 seniors")
    Rule("volunteer_beneficiaries", ("members ran 30 free classes in phone skills, training 400 seniors",
                                     "they gave 8 free cookery classes in the village, teaching some 120 villagers"),
         before=r"\b(?:training|teaching|trained|taught)\s*$", frame=rf"\bfree {_A_FREE_SERVICE}[^.;]*,\s*(?:training|teaching|trained|taught)\s*$",
         after=rf"^(?:[a-z-]+ )?{_THE_PUBLIC_SERVED}\b"),
    # (and the teachers who ran them: "40 teachers ran 60 free classes for the villagers")
    Rule("volunteer_participants", ("in the holidays 40 teachers ran 60 free classes for villagers",),
         after=rf"^(?:[a-z-]+ )?(?:teachers|members|member teachers|volunteers) (?:ran|gave|held|taught|led) "
               rf"(?:\d[\d,]*|[a-z-]+) free {_A_FREE_SERVICE}[^.;]{{0,60}}?\b(?:villages?|{_THE_PUBLIC_SERVED}|communit(?:y|ies))\b"),
    # (or the total a free service's people came to: "It was the sixth free first-aid class of the year, bringing the
    # number of residents trained to 300")
    Rule("volunteer_beneficiaries", ("It was the sixth free first-aid class of the year, bringing the number of residents "
                                     "trained to 300.",),
         before=r"\bbringing (?:the (?:number|total) of )?(?:[a-z-]+ )?(?:residents|villagers|people|seniors|elderly people|"
                r"households)\b[^.;,]{0,40}?\bto\s*$",
         frame=r"\bvolunt|\bservices?\b|\bfree\b"),
    Rule("volunteer_beneficiaries", ("repaired the appliances of more than 60 elderly residents in the volunteer service",
                                     "the volunteers cooked for 25 seniors", "members spent the day checking on 40 elderly residents",
                                     "members made dumplings and gave them out to 45 sanitation workers"),
         after=rf"^(?:[a-z-]+ )?(?:residents|elderly people|seniors|villagers|people in need|households in need|{_OUTDOOR_WORKERS})\b",
         frame=r"\b(?:for|of|to|helped|visited|checking on|checked on)\s*(?:more than |over |about |nearly )?$|\bvolunt",
         # (not the audience of a talk: "gave a party lecture on clean governance to 60 residents")
         not_before=r"\b(?:lectures?|talks?|classes|lessons?|reports?|speech(?:es)?|presentations?)\b[^.;]{0,40}\bto\s*$"),
    # (or the person-times of a service for the public the members assisted with, in a sentence that takes them to the
    # community: "…, which went to the community daily and assisted in health checks for more than 2,000 person-times")
    Rule("volunteer_beneficiaries", ("the team went to the community and assisted in health checks for more than 2,000 person-times",),
         frame=r"\b(?:communit(?:y|ies)|villages?|residents|villagers|volunt)",
         before=r"\bassist(?:ed|ing)? (?:in|with) [^.;,]{1,40}? for\s*$", after=r"^person-times\b"),
    # (the members who signed up of their own accord to form a team for a service: "18 party members signed up and formed a
    # 'party member service team'")
    Rule("volunteer_participants", ("18 party members took the initiative to sign up and formed a party member service team",
                                    "when the floods came, 12 members volunteered and formed a rescue squad"),
         after=rf"^(?:[a-z-]+ )?(?:party members|members|member teachers|teachers)\b{_OF_THEIR_SCHOOL} (?:took the initiative to |"
               r"quickly |voluntarily |all )?(?:sign(?:ed)? up|volunteer(?:ed)?|enlist(?:ed)?) and (?:formed|set up) (?:a|an|the) "
               r"[^.;]{0,40}?\b(?:team|squad|corps|brigade)\b"),
    # people reached, counted in person-times, who received a service: "1,200 person-times of residents received
    # free consultations"
    Rule("volunteer_beneficiaries", ("a total of 300 person-times of residents received free haircuts",
                                     "about 500 person-times of villagers benefited"),
         after=r"^person-times of (?:[a-z-]+ )?(?:residents|people|villagers|citizens|the public|elderly people|seniors|"
               r"patients|households)\b[^.;]{0,30}?\b(?:received|benefited|benefitted|were (?:served|helped|visited))\b"),
    # (or something given them, in a sentence on a service: "provided free health consultation for more than 100 person-times
    # of residents")
    Rule("volunteer_beneficiaries", ("the volunteers provided free haircuts for 80 person-times of elderly residents",),
         frame=rf"\b(?:{VOLUNTEERING}|services?|free)\b", before=r"\b(?:for|to)\s*$",
         after=r"^person-times of (?:[a-z-]+ )?(?:residents|people|villagers|citizens|the public|the masses|elderly people|"
               r"seniors|patients|households)\b"),
    # (or the people served, then their person-times: "served residents for 350 person-times", as a translation says it)
    Rule("volunteer_beneficiaries", ("members went into the community and served the residents for 280 person-times",),
         before=r"\bserv(?:ed|ing) (?:the )?(?:[a-z-]+ )?(?:residents|people|villagers|masses|public|elderly|seniors|"
                r"households)(?: for)?\s*$", after=r"^person-times\b"),
    # (or the number of people served, as a translation names it: "the number of people served reached 1,200 person-times")
    Rule("volunteer_beneficiaries", ("and the number of people served reached 900 person-times",
                                     "the total number of residents served was 350"),
         before=r"\bnumber of (?:people|persons|residents|villagers|citizens|households|the masses) (?:served|benefited)"
                r"(?: (?:has |had )?(?:reached|was|exceeded|totall?ed|amounted to|stood at))?\s*$",
         after=r"^(?:person-times|people|persons)?\s*(?:[.,;]|$)"),
    # tours given by volunteer guides, named in the sentence or the one before, are their sessions, and the people on them
    # those they served: "Members trained as volunteer guides at the memorial hall. Last year they led 150 tours for 4,000
    # visitors."
    # (not pupils' own: "student volunteers gave 80 tours")
    Rule("volunteer_sessions", ("member volunteers gave 80 guided tours of the museum",), frame=rf"\b{VOLUNTEERING}",
         before=r"\b(?:led|gave|guided|conducted|ran)\s*$", after=r"^(?:free )?(?:guided )?tours\b",
         not_before=r"\b(?:student|pupil) volunteers\b"),
    Rule("volunteer_sessions", ("Members trained as volunteer guides at the memorial hall. Last year they led 150 tours.",),
         earlier=rf"\b{VOLUNTEERING}", before=r"\b(?:led|gave|guided|conducted|ran)\s*$", after=r"^(?:free )?(?:guided )?tours\b"),
    Rule("volunteer_beneficiaries", ("Members trained as volunteer guides at the hall. In 2023 they led 90 tours for 2,400 visitors.",),
         earlier=rf"\b{VOLUNTEERING}", before=r"\btours for\s*$",
         after=r"^(?:[a-z-]+ )?(?:visitors|tourists|people|pupils|students|children|residents)\b"),
    Rule("volunteer_beneficiaries", ("member volunteers gave 80 guided tours for 2,000 visitors",), frame=rf"\b{VOLUNTEERING}",
         before=r"\btours for\s*$", after=r"^(?:[a-z-]+ )?(?:visitors|tourists|people|pupils|students|children|residents)\b",
         not_before=r"\b(?:student|pupil) volunteers\b"),
    # (or whose questions they answered: "… served as volunteers at the park. They answered questions from 20,000 visitors.")
    Rule("volunteer_beneficiaries", ("Members served as volunteers at the fair. They answered questions from 8,000 visitors.",),
         earlier=rf"\b{VOLUNTEERING}", before=r"\b(?:answering|answered) (?:the )?questions (?:from|of)\s*$",
         after=r"^(?:[a-z-]+ )?(?:visitors|tourists|people|residents|passengers|travellers|travelers)\b"),
    # (or the children they taught, in their sentence: "have volunteered at the special school, teaching painting to 35
    # children with disabilities"; and the lessons they gave by a time, in the sentence after: "By the end of December they
    # had given 96 lessons.")
    Rule("students_assisted", ("6 members have volunteered at the special school, teaching painting to 35 children",),
         frame=rf"\b{VOLUNTEERING}", before=r"\bteaching\b[^.;,]{0,40}?\bto\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    Rule("volunteer_sessions", ("6 members have volunteered at the special school. By the end of May they had given 40 lessons.",),
         earlier=rf"\b{VOLUNTEERING}", before=r"\bthey (?:had |have )?(?:given|gave|taught|held)\s*$",
         after=r"^(?:such )?(?:lessons|classes|sessions)\b"),
    # blood drives held are volunteer sessions (or one placed among the year's: "its third blood drive this year")
    Rule("volunteer_sessions", ("the branch held 2 blood drives this year", "Members gave blood. It was the branch's third blood drive "
                                                                           "of the year."),
         before=r"\b(?:held|organi[sz]ed|ran)\s*$", after=r"^(?:[a-z-]+ )?blood(?:[- ]donation)? (?:drives?|days?)\b"),
    # clean-ups held, of a river, a park or streets, are volunteer sessions in themselves: "the project has held 58 clean-ups"
    # (not of the school's own grounds: "2 campus clean-ups")
    # (or one placed among the year's: "It was the group's fourth clean-up this year.")
    Rule("volunteer_sessions", ("Over five years the project has held 58 clean-ups along the river.",
                                "Members cleared litter from the canal path. It was the branch's fourth clean-up this year."),
         before=r"\b(?:held|organi[sz]ed|carried out|ran|staged)\s*$",
         after=r"^(?!(?:campus|classroom|school) )(?:[a-z-]+ )?clean-?ups?\b"),
    # the people volunteer helpers at an event were there for: "were volunteer stewards for 90 runners"
    # (or volunteered as such: "volunteered as guides and stewards for 180 young athletes")
    Rule("volunteer_beneficiaries", ("at the games ten members of Elm School were volunteer stewards for 90 young athletes",
                                     "at the games 8 members volunteered as stewards and guides for 120 young athletes"),
         before=r"\b(?:(?:were|was|served as) (?:the )?volunte(?:er|ary) (?:helpers|stewards|marshals|guides)|"
                r"volunteered as (?:[a-z-]+ )?(?:helpers|stewards|marshals|guides|timekeepers|referees)(?: and "
                r"(?:helpers|stewards|marshals|guides|timekeepers|referees))?) (?:for|to)\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:athletes|competitors|runners|children|visitors|residents|people)\b"),
    # talks the members gave in communities, counted: "this year its members gave 9 talks on safety in villages" (not Party
    # lectures, which are the branch's own)
    Rule("volunteer_sessions", ("this year its members gave 9 talks on safety in local communities",),
         before=r"\b(?:gave|(?:have|has|had) given)\s*$",
         after=r"^(?!party\b)(?:[a-z-]+ ){0,2}?(?:talks|lectures|presentations)\b[^.;,]{0,50}? (?:at|in) (?:the |a )?"
               r"(?:[a-z'’-]+ ){0,3}?(?:communit(?:y|ies)|neighbou?rhoods?|villages?)\b"),
    # the people a free check at a stall or a fair saw, after a comma: "ran a free eye-test stall, checking some 150
    # villagers"
    Rule("volunteer_beneficiaries", ("members ran a free eye-test stall at the fair, checking about 150 residents",),
         frame=r"\bfree (?:[a-z]+[ -]){0,3}?(?:checks?|check-ups?|tests?|screenings?|health)\b[^.;]*,\s*(?:checking|screening|testing|"
               r"examining|seeing)\s*(?:about |some |around |nearly |over |more than )?$",
         after=r"^(?:[a-z-]+ )?(?:residents|villagers|people|passers-by|elderly people|older people|visitors)\b"),
    # (or said to have been, after the members' clearing of litter told before or in the clause before: "Members have cleared
    # litter from the river bank every month since May. There have been 7 clean-ups.")
    Rule("volunteer_sessions", ("Members have picked up litter along the river bank each month since May. There have been 7 "
                                "clean-ups.",),
         earlier=_LITTER_CLEARED, before=r"\bthere (?:have|has|had) been\s*$",
         after=r"^(?!(?:campus|classroom|school) )(?:[a-z-]+ )?clean-?ups?\b"),
    Rule("volunteer_sessions", ("Members have picked up litter along the beach since May, and there have been 6 clean-ups.",),
         frame=rf"{_LITTER_CLEARED}[^.;]*\bthere (?:have|has|had) been\s*$",
         after=r"^(?!(?:campus|classroom|school) )(?:[a-z-]+ )?clean-?ups?\b"),
    # (or the people directed at a public event, counted after a comma: "helped guide parents and pupils at the exam centre
    # gates, about 2,000 people over two days")
    Rule("volunteer_beneficiaries", ("ten members helped guide parents and pupils at the exam centre gates, about 2,000 people "
                                     "over two days",),
         frame=r"\bhelped (?:to )?(?:direct|guide|usher)\b[^.;]*,\s*(?:about |some |around |nearly |over |more than )?$",
         after=r"^(?:people|visitors|residents|families|parents|candidates)\b"),
    # parcels or gifts delivered to people in need by the members themselves: "took hampers to 12 families in need"
    # (and the members who made the deliveries, told after: "Five members made the deliveries.")
    Rule("volunteer_beneficiaries", ("before the holiday the branch took hampers to 16 households in need",),
         before=rf"\b{_DELIVERED_PARCELS} to\s*$",
         # (not the families of the school's pupils, whose help is the pupils': "to 30 families of pupils in hardship")
         after=r"^(?:[a-z-]+ )?(?:families|households|residents|elderly people|older people|villagers|people)\b"
               rf"(?! of (?:[a-z-]+ )?(?:{STUDENTS}|our|its|the school's)\b)"),
    Rule("volunteer_participants", ("Before New Year the branch took hampers to 16 households in need. Four members did the "
                                    "deliveries.",),
         earlier=rf"\b{_DELIVERED_PARCELS} to\b",
         after=r"^(?:party )?(?:members|member teachers) (?:made|did|handled|carried out) the deliveries\b"),
    # (or the people they guided: "Members work as volunteer guides on the old street. In 2023 the team guided some 9,000
    # tourists.")
    Rule("volunteer_beneficiaries", ("Members work as volunteer guides on the old street. In 2023 the team guided 9,000 tourists.",),
         earlier=rf"\b{VOLUNTEERING}", before=r"\bguided\s*$", after=r"^(?:[a-z-]+ )?(?:visitors|tourists|people|residents)\b"),

    # (and those of the members who have qualified as such volunteers, told before: "The branch trains members as volunteer
    # guides. 24 of its 30 members have qualified.")
    Rule("volunteer_participants", ("The branch trains members as volunteer guides. 24 of its 30 members have qualified.",),
         earlier=r"\bvolunteer (?:guides?|docents?|interpreters?|lifeguards?|instructors?|first-aiders?)\b",
         after=r"^of (?:the [a-z' ]{1,30}['’]s|its|our|their) [\d,]+ (?:party )?members (?:have |had |has )?(?:now |all |already )?"
               r"(?:qualified|been certified|passed)\b"),
    # (or those they explained, showed or guided things to, in a sentence of volunteering: "volunteered 420 hours there,
    # explaining the history to about 15,000 visitors")
    # (or showed round: "volunteered as guides at the memorial hall, showing round about 500 visitors")
    Rule("volunteer_beneficiaries", ("members volunteered 300 hours at the museum, explaining its exhibits to 8,000 visitors",
                                     "members volunteered as guides at the memorial hall, showing round some 400 visitors"),
         frame=rf"\b{VOLUNTEERING}",
         before=r"\b(?:explaining|showing|presenting|introducing|guiding)\b[^.;,]{0,30}\bto\s*$|\b(?:showing|showed) (?:a)?round\s*$",
         after=r"^(?:[a-z-]+ )?(?:visitors|tourists|residents|villagers|citizens|passengers|people)\b"),
    Rule("volunteer_beneficiaries", ("held 30 activities, serving over 900 person-times of elderly residents",
                                     "more than 40 activities were carried out, serving more than 2000 people",
                                     "member volunteers staffed the museum's open days, serving an estimated 3,000 visitors"),
         before=r"\b(?:serving|reaching)\s*$",
         after=r"^(?:person-times\b|(?:[a-z-]+ )?(?:people|persons|residents|villagers|elderly people|seniors|"
               r"children|students|pupils|families|households|visitors|tourists|passengers|citizens)\b)"),
    # "with a service time of more than 800 hours", as a translation says it
    Rule("volunteer_hours", ("volunteer activities, with a service time of more than 800 hours",
                             "volunteer service, with a cumulative service of 3,600 hours",
                             "members stood guard at the checkpoints, accumulating volunteer service of 1,800 hours"),
         frame=r"\bvolunt(?:eer|ary)", before=r"\b(?:service (?:time|duration|hours)|(?:cumulative|total|accumulat(?:ing|ed)) "
                                            r"(?:volunteer )?service)(?: time)? of\s*$",
         after=r"^hours\b"),
    # (or the hours in all, after a clause on the volunteering: "Our volunteer team has served at the park every weekend
    # since 2019, more than 8,000 hours in all")
    Rule("volunteer_hours", ("Our volunteer team has served at the museum every weekend since 2020, over 5,000 hours in all",),
         frame=r"\bvolunt(?:eer|ary)\b[^.;?]{0,120},\s*$", after=r"^hours (?:in all|in total|altogether)\b"),
    # (or a field of the service's hours: "Total service hours: 1,120"; not a school's own service, "after-school service
    # hours")
    # (or given to it: "members have given over 1,500 hours to community volunteering")
    Rule("volunteer_hours", ("500 hours of volunteer service", "120 volunteer service hours", "gave 300 hours of community service",
                             "logged 750 hours of voluntary work", "over 90 hours of volunteering", "Total service hours: 800",
                             "members have given over 600 hours to community volunteering",
                             "our members gave 900 hours to the district's volunteer programmes"),
         after=r"^(?:hours of (?:(?:volunteer|voluntary|community) )?service|hours of (?:volunteer|voluntary|community) work|"
               r"hours of volunteering|volunteer(?:ing)? (?:service )?hours|(?:total )?service hours|"
               r"hours to (?:the |our |its )?(?:[a-z'’-]+ ){0,2}?(?:volunteering|volunteer (?:service|work|programmes?|"
               r"programs?|projects?|activities)|voluntary work|community service))\b"),
    # (or the hours members gave to a free club or class for the public they ran, told in the sentence or the one before:
    # "Members ran a free chess club at the library. Some 60 pupils came, and the members gave 120 hours.")
    Rule("volunteer_hours", ("Members ran a free chess club at the library. Some 60 pupils came, and the members gave 120 hours.",
                             "members ran a free art class in the village all summer and put in over 90 hours"),
         frame=rf"\bfree (?:[a-z-]+ ){{0,3}}?(?:club|class|classes|course|camp|workshops?|{_A_FREE_SERVICE})\b",
         before=r"\b(?:gave|given|put in|logged|clocked up|contributed|volunteered)(?: a total of)?\s*$",
         after=r"^hours\b(?! of (?:class|lessons|teaching|study))"),
    Rule("volunteer_hours", ("Members ran a free chess club at the library. Some 60 pupils came, and the members gave 120 hours.",),
         earlier=rf"\bfree (?:[a-z-]+ ){{0,3}}?(?:club|class|classes|course|camp|workshops?|{_A_FREE_SERVICE})\b",
         before=r"\b(?:members|volunteers|they|we|teachers)\b[^.;,]{0,20}?\b(?:gave|given|put in|logged|clocked up|contributed|"
                r"volunteered)(?: a total of)?\s*$",
         after=r"^hours\b(?! of (?:class|lessons|teaching|study))"),
    # (or hours given to the community itself, which is what volunteering is: "members gave 300 hours to the community")
    Rule("volunteer_hours", ("last year our members gave 300 hours to the community", "they devoted 85 hours to their local community"),
         before=r"\b(?:gave|given|give|gives|devoted|contributed|donated)(?: (?:a total of|some|over|more than|nearly|about))?\s*$",
         after=r"^hours (?:of their (?:own |free |spare )?time )?to (?:the|their|our|its|the local|their local) "
               r"(?:community|communities|neighbou?rhood)\b(?! (?:cent(?:re|er)|hall|school|library)\b)"),
    # the volunteer service's time, said to have reached or passed a number: "the cumulative volunteer service time
    # exceeded 3,000 hours"
    # (or the service's time, in a sentence about volunteering: "… in volunteer services for 356 person-times, and the
    # service time reached 900 hours")
    Rule("volunteer_hours", ("members took part in volunteer services 20 times, and the service time reached 300 hours",),
         frame=rf"\b{VOLUNTEERING}\b",
         before=r"\bservice (?:time|hours|duration)\b[^.;,]{0,12}?(?:\b(?:reached|totall?ed|was|were|amounted to|came to))\s*$",
         after=r"^hours\b"),
    Rule("volunteer_hours", ("the total volunteer service time reached 1,500 hours", "volunteer hours exceeded 600 hours",
                             "the total number of volunteer service hours of its members is not less than 800 hours"),
         before=r"\bvolunteer (?:service )?(?:time|hours|duration)\b[^.;,]{0,30}?(?:\b(?:reached|totall?ed|was|were|is|are|"
                r"will be|amounted to|came to))?\s*$",
         # (not what each one gives: "the volunteer hours of each member are no less than 20 hours")
         not_before=r"\b(?:each|every|per)\s+(?:[a-z-]+\s+)?(?:members?|teachers?|persons?|volunteers?)\b[^.;,]{0,20}$",
         after=r"^hours\b"),
    # (or with no measure after the count, the volunteer hours named before it: "the members' volunteer hours passed 1,200")
    Rule("volunteer_hours", ("in the past year the members' volunteer hours passed 1,200", "our volunteer hours topped 900, and …"),
         before=r"\bvolunteer (?:service )?hours(?: (?:have |has )?(?:reached|totall?ed|came to|amounted to|were))?\s*$",
         not_before=r"\b(?:each|every|per)\s+(?:[a-z-]+\s+)?(?:members?|teachers?|persons?|volunteers?)\b[^.;,]{0,20}$",
         after=r"^(?:[.;,)]|$|and\b|in (?:19|20)\d{2}\b)"),
    # (or the hours a volunteer service in the sentence gave: "took part in 9 volunteer activities, contributing
    # 260 hours in total")
    Rule("volunteer_hours", ("members joined 5 volunteer activities, contributing 120 hours in total",
                             "24 members joined 30 volunteer activities, for 640 hours in total",
                             "30 teachers did community service at the station, logging about 200 hours",
                             "Members volunteered 20 times at the library, contributing 150 hours in total",
                             "the branch ran 8 volunteer activities, giving a total of 160 hours",
                             "12 members took part in the volunteer service at the station, with a total of 300 hours",
                             "We served: 9 volunteer days at the library, where 14 members gave a total of 150 hours"),
         frame=rf"\b{VOLUNTEERING}",
         before=r"(?:\b(?:contribut(?:ing|ed)|giving|gave|logging|logged|putting in|put in)(?: a total of)?|^for(?: a total of)?|"
                r"^with a total of)\s*$",
         after=r"^hours\b"),
    # (or the hours of a line labelled as the volunteer service, listed with its other figures: "Volunteer
    # work: 6 activities, 90 participations and 300 hours")
    # (or the line's first figure, its hours; and the people its service benefited, named so: "Volunteer service: 1,200 hours;
    # beneficiaries about 2,000 person-times")
    Rule("volunteer_hours", ("Volunteer service: 1,200 hours; beneficiaries about 2,000 person-times",),
         before=rf"{VOLUNTEER_LABEL}\s*$", after=r"^hours\b"),
    Rule("volunteer_beneficiaries", ("Volunteer service: 1,200 hours; beneficiaries about 2,000 person-times",),
         frame=rf"{VOLUNTEER_LABEL}", before=r"\bbeneficiaries\s*:?\s*$",
         after=r"^(?:person-times|people|persons|residents)?\s*(?:[.;,]|$)"),
    Rule("volunteer_hours", ("Volunteer work: 6 activities, 90 participations and over 300 hours",
                             "2. Volunteer service: 5 activities in the village, 210 hours",
                             "Volunteers: 15 members served at the school gate, 60 hours in total"),
         frame=rf"{VOLUNTEER_LABEL}",
         before=rf"(?:^|\band)\s*(?:{QUALIFIER}\s*)?$", after=r"^hours\b(?!\s+(?:a|per|each|every)\b)"),
    # (and that line's activities and the people who took part, the service's other figures: "Service: 12 activities; 150
    # person-times; 400 hours")
    # (or its visits somewhere, said with the day they fell on: "Volunteering: 6 Saturday visits to the care home")
    Rule("volunteer_sessions", ("Service: 12 activities; 150 person-times; 400 hours",
                                "Volunteering: 6 Saturday visits to the care home, 18 members taking part"),
         before=rf"{VOLUNTEER_LABEL}\s*$",
         after=r"^(?:service )?(?:activities|events|sessions|outings|trips)\b|^(?:[a-z]+ )?visits to (?!(?:the )?homes?\b)"),
    # (or said in words on such a line, service activities among them: "3. Service: the branch to run 20 service activities")
    Rule("volunteer_sessions", ("Service: the branch will run 20 service activities",
                                "2. Community service: members held 14 service sessions at the library"),
         frame=VOLUNTEER_LABEL, after=r"^(?:community )?service (?:activities|events|sessions|outings|trips)\b"),
    # (or the line's label names what its first figure counts: "Volunteer outings: 9, involving 64 member-participations")
    Rule("volunteer_sessions", ("Volunteer outings: 7, involving 50 member-participations", "Volunteer events: 5"),
         before=r"^\W*(?:\d{1,2}\s*[.)]\s*)?volunt(?:eer|ary|eering) (?:outings|activities|events|sessions)\s*:\s*$",
         after=r"^volunt(?:eer|ary|eering) (?:outings|activities|events|sessions)\b"),
    # (the participations may be said to be members': "Service: 9 activities with 130 member participations")
    Rule("volunteer_participants", ("Service: 12 activities; 150 person-times; 400 hours",
                                    "Service: 9 activities with 130 member participations",
                                    "Volunteer outings: 7, involving 50 member-participations",
                                    "Volunteering: 8 activities, 96 member attendances"),
         frame=rf"{VOLUNTEER_LABEL}", after=r"^(?:(?:party )?members?['’]?[- ])?(?:participants|participations|participant-times|"
                                           r"person-times|attendances)(?=\s*(?:[,;.]|and\b|$))"),
    # (and the people of that line who served: "Volunteers: 15 members served at the school gate")
    # (or took part in it, said after its other figures: "…, 18 members taking part")
    Rule("volunteer_participants", ("Volunteers: 15 members served at the school gate, 60 hours in total",),
         frame=rf"{VOLUNTEER_LABEL}", before=r"^(?:[-–•*·]\s*)?(?:volunteers?\s*:)?$",
         after=r"^(?:party )?(?:members|teachers|people|staff)\b (?:served|volunteered|took part|were on duty)\b"),
    Rule("volunteer_participants", ("Volunteering: 6 Saturday visits to the care home, 18 members taking part",),
         frame=rf"{VOLUNTEER_LABEL}",
         after=r"^(?:party )?(?:members|teachers|people|staff)\b (?:taking part|participating|took part|participated)\b"),
    # (or the volunteer service said with its hours: "gave volunteer service totalling 900 hours")
    Rule("volunteer_hours", ("they gave volunteer service totalling 900 hours", "volunteer work amounting to 300 hours"),
         before=r"\bvolunt(?:eer|ary) (?:service|work)\s+(?:totall?ing|amounting to|adding up to)\s*$", after=r"^hours\b"),
    # (or the hours volunteers logged: "its volunteers logged 900 hours")
    # (or the hours spent on it: "Members spent 560 hours on volunteer work")
    # (or by "they", the volunteers the sentence before tells of: "23 members served as volunteers at the venue. Together
    # they worked 1,380 hours.")
    Rule("volunteer_hours", ("15 members served as volunteers at the expo. Together they worked 600 hours.",),
         earlier=r"\bvolunt(?:eers?|eered)\b",
         before=r"\b(?:they|we)\b[^.;]{0,12}?\b(?:worked|served|gave|put in|logged|contributed|volunteered)\s*$",
         # (not hours of something else: "They also put in 40 hours of training")
         after=r"^hours\b(?!\s+of\s+(?!(?:volunteer|voluntary|community|free)\b)[a-z])"),
    # (or spent or given by volunteers: "Our volunteers spent 640 hours helping at the station", "over the years the
    # volunteers have given more than 3,000 hours to the elderly")
    Rule("volunteer_hours", ("Our volunteers spent 640 hours helping at the community center",
                             "since then the volunteers have given more than 2,000 hours to lonely seniors"),
         before=r"\bvolunteers\b[^.;]{0,20}?\b(?:spen(?:t|d|ds|ding)|gave|given|give|contributed|devoted|donated)\s*$",
         after=r"^hours\b"),
    # (or by a volunteer team the sentence names before: 'its volunteer team, now 80 strong, spent 1,100 hours teaching …')
    Rule("volunteer_hours", ("the branch's volunteer team, 40 strong, spent 900 hours tutoring village pupils",),
         frame=rf"{_A_VOLUNTEER_TEAM}[^.;]*$", before=r"^(?:spen(?:t|d|ds)|gave|has given|have given|contributed|put in|logged)\s*$",
         after=r"^hours\b(?!\s+of\s+(?!(?:volunteer|voluntary|community|free)\b)[a-z])"),
    # (the volunteers counted in brackets after them, and the afternoons they gave: "Our volunteers (18 members) gave 22
    # afternoons of homework help at the community centre")
    Rule("volunteer_participants", ("Our volunteers (18 members) gave 22 afternoons of homework help at the community centre.",),
         before=r"\bvolunteers\s*\(\s*$", after=r"^(?:party )?(?:members|teachers)\s*\)"),
    # (days said so only as days of service: "gave 10 days of volunteer work"; not days spent in one stay somewhere, "spent
    # three days at the village school")
    Rule("volunteer_sessions", ("Our volunteers (18 members) gave 22 afternoons of homework help at the community centre.",),
         frame=rf"\b{VOLUNTEERING}", before=r"\b(?:gave|give|spent|devoted)\s*$",
         after=r"^(?:afternoons|evenings|mornings|saturdays|sundays|weekends) (?:of|to|at)\b|^days (?:of|to)\b"),
    # (members who spent time somewhere, in a sentence that calls it volunteering: "Under the county's volunteer teaching
    # programme, four member teachers of Elm School spent a week at Pine Village School")
    Rule("volunteer_participants", ("Under the county's volunteer teaching programme, four member teachers of Elm School spent a "
                                    "week at Pine Village School",),
         frame=rf"\b{VOLUNTEERING}\b[^.;]*,\s*$",
         after=r"^(?:[a-z-]+ )?(?:party )?(?:members|member teachers)\b(?: (?:of|from) [^.;,\d]{1,40})? spent\b"),
    # (or a group of them who have given free talks or lessons, and those who heard them, told after: "a group of 15 member
    # teachers from X has given free talks on local history in the city's communities. They have given 124 talks to about
    # 9,600 listeners.")
    Rule("volunteer_participants", ("since 2021 a group of 15 member teachers has given free talks in the communities",),
         before=r"\ba (?:group|team) of\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:teachers|members|party members)\b(?: (?:of|from) (?:[^.;,]|\bno\.){1,60}?)? "
               r"(?:has|have) (?:given|run|held|taught) free\b"),
    Rule("volunteer_beneficiaries", ("Members give free talks in the communities. They have given 40 talks to 3,000 listeners.",),
         earlier=r"\bfree (?:[a-z-]+ ){0,2}?(?:talks|lectures)\b", before=r"\b(?:talks|lectures) to\s*$",
         after=r"^(?:[a-z-]+ )?(?:listeners|residents|people|visitors|villagers)\b"),
    # (or who joined a clean-up or a relief effort after a disaster: "42 Party members of X joined the clean-up in Yacheng")
    Rule("volunteer_participants", ("after the typhoon, 30 party members of Elm School joined the clean-up in the town",),
         after=r"^(?:communist )?(?:party )?(?:members|member teachers)\b(?: (?:of|from) (?:[^.;,]|\bno\.){1,60}?)? "
               r"(?:joined|took part in) the (?:[a-z-]+ ){0,2}?(?:clean-?up|relief(?: work| effort)?|rescue(?: work)?)\b"),
    # (and the members who spent their weekends or days helping people in need: "9 Party members of X spent weekends at tea
    # farms, helping 30 families in need sell their tea")
    Rule("volunteer_participants", ("this spring 9 party members spent weekends at tea farms, helping 30 families in need",),
         after=r"^(?:communist )?(?:party )?(?:members|member teachers)\b(?: (?:of|from) (?:[^.;,]|\bno\.){1,60}?)? spent "
               r"(?:their )?(?:[a-z]+ )?(?:weekends|saturdays|sundays|evenings|holidays|days)\b[^.;]{0,60}?,\s*helping\b"),
    # (or hours of their own time given to others: "gave 126 hours of their weekends to our elderly residents")
    Rule("volunteer_hours", ("members gave 90 hours of their weekends to the elderly residents of the community",),
         before=r"\b(?:gave|given|give|gives|spent|devoted|donated)\s*$",
         after=r"^hours of their (?:own )?(?:weekends|spare time|free time|holidays|evenings|own time)\b"),
    Rule("volunteer_hours", ("Members spent 560 hours on volunteer work", "teachers spent over 200 hours volunteering",
                             "they spent over 900 hours as volunteers in the community"),
         before=r"\bspen(?:t|d|ds|ding)\s*$",
         after=r"^hours\b[^.;]{0,20}?\b(?:(?:on|in|doing) (?:[a-z-]+ )?volunt(?:eer|ary)|volunteering|as volunteers)\b"),
    Rule("volunteer_hours", ("volunteering for a total of 300 hours", "the team served 120 hours in all",
                             "15 members volunteered at community checkpoints for a total of 620 hours",
                             "the branch's volunteers clocked up more than 400 hours",
                             "volunteers from our branch put in 250 hours",
                             "the members carried out voluntary services for more than 900 hours"),
         # (not how long one event took: "they served 40 residents in about 3 hours")
         not_before=r"(?<!\bput )\b(?:in|within)\s*$",
         before=r"\b(?:serv(?:ing|ed|e)|volunteer(?:ing|ed)|volunteer(?:s| teams?| groups?)(?: (?:from|of) [a-z' ]{1,24}?)? "
                r"(?:have |had )?(?:logged|"
                r"contributed|put in|clocked(?: up)?|recorded|gave)|volunt(?:eer|ary) (?:services?|work) for)\b[^.;]{0,45}$",
         after=r"^hours\b"),
    # (or the service said to have passed a number of hours: "volunteer service passed 1,000 hours")
    # (or the hours a plan aims for, in a sentence on volunteering: "…; the branch as a whole aims for 300 hours")
    Rule("volunteer_hours", ("each member volunteers 10 hours; the branch as a whole aims for 300 hours",),
         frame=rf"\b{VOLUNTEERING}", before=r"\baims? (?:for|at)\s*$", after=r"^hours\b"),
    Rule("volunteer_hours", ("In 2023 volunteer service passed 1,000 hours", "members' volunteer work topped 500 hours",
                             "the branch's volunteer service accumulated 700 hours"),
         before=r"\bvolunt(?:eer|ary) (?:service|work)(?:\s+(?:accumulated|totall?ed|reached|amounted to|added up to|came to))?\s*$",
         after=r"^hours\b"),
    # (and the hours of an earlier year they are compared with: "1,240 hours of volunteer service, up from 980 hours in 2021")
    Rule("volunteer_hours", ("members gave 1,240 hours of volunteer service, up from 980 hours in 2021",),
         frame=r"\bvolunt(?:eer|ary)\b", before=r"\b(?:up|down|rising|falling|increased|decreased|grew|rose|fell) from\s*$",
         after=r"^hours\b"),
    # (or after a comma: "12 members volunteered at the crossing every school day, for a total of 1,300 hours")
    # (or after the shifts or times counted first: "…, for a total of 46 shifts and 368 hours")
    Rule("volunteer_hours", ("12 members volunteered at the crossing every school day, for a total of 1,300 hours",
                             "20 members volunteered at the station, for a total of 40 shifts and 320 hours"),
         frame=r"\bvolunteer(?:ed|ing)\b[^.;]{0,80},\s*(?:for )?(?:a total of|in all)(?:\s+[\d,]+\s+[a-z-]+\s+and)?\s*$",
         after=r"^hours\b"),
    # (or the families the home visits told before them reached: "carried out home visits, visiting a total of 315 student
    # families")
    Rule("home_visits", ("the teachers carried out home visits, visiting a total of 96 student families",),
         frame=r"\bhome visits?\b[^.;]{0,40},\s*(?:visiting|reaching|covering)(?: a total of| in all)?\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:families|households|homes)\b", quotes_frame=False),
    # "conducted home visits for 120 times", as a translation says it
    Rule("home_visits", ("the party members have conducted home visits for 120 times", 'the branch carried out "home visits" 85 times'),
         before=r"\bhome visits?\b[\"”']?(?:[^.;]{0,12}?\bfor)?\s*$", after=r"^times\b"),
    Rule("home_visits", ("more than 20 children studying at home in two villages were visited",),
         after=rf"^(?:{STUDENTS}|families|households)\b[^.;]{{0,140}}?\b(?:were|have been|had been) visited\b"),
    Rule("home_visits", ("45 home visits", "the teachers had made more than 600 home teaching visits",
                         "they had delivered 96 home teaching sessions"),
         after=r"^home(?:[- ](?:teaching|tutoring))? (?:visits?|sessions)\b"),
    # (or visits said to be to the homes: "teachers paid 70 visits to pupils' homes", "52 visits to the families of students")
    # (or to "their" homes, the pupils named before: "tutored 35 pupils and paid 120 visits to their homes"; or, to parents,
    # "your homes")
    Rule("home_visits", ("the teachers paid 70 visits to pupils' homes", "52 visits to the families of students were made",
                         "members tutored 20 pupils and paid 60 visits to their homes"),
         after=rf"^(?:home )?visits to (?:the )?(?:(?:{STUDENTS})(?:'|'s)? (?:homes|families)|(?:homes|families) of (?:the )?"
               rf"(?:[a-z-]+ )?(?:{STUDENTS})|(?:their|your) homes)\b"),
    # sessions of help given to one pupil at a time, counted as the person-times helped: "provided 85 counselling sessions
    # for students", "40 one-on-one tutoring sessions" (not sessions for a group: "20 free tutoring sessions for students")
    Rule("students_assisted", ("the studio gave 85 counselling sessions to students",
                               "members held 40 one-on-one tutoring sessions for pupils in need"),
         after=rf"^(?:(?:free|psychological) )*(?:(?:one-on-one|one-to-one|individual) (?:[a-z-]+ )?(?:tutoring|coaching|"
               rf"counsell?ing)|counsell?ing) sessions (?:for|to|with) (?:[a-z-]+ )?{STUDENTS}\b"),
    # pupils lessons are delivered to (at home, as sending teaching to homes is): "deliver lessons to 9 children"
    # (or the visits the members made between them, after the home teaching the sentence before told: "… set up home
    # tutoring for two pupils after surgery. Five member teachers shared the work, paying 64 visits in all.")
    Rule("home_visits", ("The branch set up home tutoring for two pupils recovering from surgery. Five member teachers shared the "
                         "work, paying 64 visits in all.",),
         earlier=SENT_TEACHING, before=r"\b(?:making|made|paying|paid)\s*$", after=r"^(?:home )?visits\b"),
    # (or the visits of home teaching counted, then the pupils they were made to: "36 home-teaching visits to 2 pupils with
    # disabilities")
    Rule("students_assisted", ("teachers deliver lessons to 9 children with severe disabilities",
                               "Home teaching: 40 home-teaching visits to 3 pupils with disabilities"),
         before=r"\bdeliver(?:ed|ing|s)? (?:lessons|teaching|classes)(?: at home)? to\s*$|"
                r"\bhome[- ]teaching (?:visits|sessions|lessons) (?:to|for)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # the homes of pupils just named, visited a number of times: "visited their homes 126 times"
    # (or "the home", as a translation says 家访: "visit the home 130 times")
    Rule("home_visits", ("members tutored the children and visited their homes 60 times", "teachers visit the home 130 times",
                         "each member keeps in touch with a family in need; members visited these families 180 times",
                         "the party members visited the students' homes 260 households"),
         before=r"\b(?:visit(?:ed|s)?|went to|called at) (?:their|the children's|the students'|the pupils') homes\s*$|"
                r"\bvisit(?:ed|s)? the homes?\s*$|"
                # (or the families just named: "members visited these families 180 times")
                r"\bvisit(?:ed|s)? (?:these|those|their|the pupils'|the students'|the children's) families\s*$",
         after=r"^(?:times|households|families)\b"),
    # (and the pupils helped one to one, as a translation orders "与45名困难学生一对一帮扶": "party member teachers and 45
    # difficult students one-to-one help")
    Rule("students_assisted", ("party member teachers and 45 difficult students one-to-one help",),
         before=r"\b(?:members?|teachers?)\s+(?:and|with)\s*$",
         after=rf"^(?:[a-z-]+ ){{0,2}}?{STUDENTS} (?:carry out |to )?(?:one-to-one|one on one|one-on-one) "
               r"(?:help|assistance|pairing|aid|tutoring)\b"),
    # pupils a member stands in for someone for are helped: 'served as "temporary parents" for 42 children'
    Rule("students_assisted", ('party members served as "temporary parents" for 42 left-behind children',
                               "teachers acted as mentors for 15 pupils"),
         before=rf"{STOOD_IN}\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b",
         # (not officials of a sports day or a contest for the pupils: "served as referees and judges for 1,300 pupils")
         not_before=r"\bas (?:the )?(?:judges|referees|timekeepers|umpires|scorers|invigilators|examiners|marshals)\b"
                    r"[^.;]{0,30}?\bfor\s*$"),
    # (not households visited with gifts, which are people in need the members served, as 走访慰问困难群众46户 are:
    # "visited 46 households in the village, bringing rice and oil")
    # (or the residents of a home of the elderly things were taken to: "took rice dumplings to the 20 residents of a nursing
    # home")
    Rule("volunteer_beneficiaries", ("six members took rice dumplings to the 20 residents of a nursing home",),
         before=r"\b(?:took|brought|delivered|carried) [^.;,]{1,30}? to the\s*$",
         after=rf"^residents of (?:the )?[^.;,]{{0,30}}?{CARE_HOME}"),
    # (but the families of pupils in need visited are home visits, whatever was brought: "called on 15 families of pupils in
    # need, bringing flour")
    Rule("home_visits", ("before the festival members called on 15 families of pupils in need, bringing flour",),
         before=r"\b(?:visit(?:ed|ing)?|called on|went to see)\s*$",
         after=rf"^(?:[a-z-]+ )?(?:families|households|homes) of (?:[a-z-]+ ){{0,2}}?{_PUPILS_IN_NEED}"),
    # (the goods may be said in a clause of their own: "visited 9 needy households and brought them flour")
    Rule("volunteer_beneficiaries", ("members visited 30 households in the village, bringing rice, oil and quilts",
                                     "they visited 9 needy households and brought them flour and oil"),
         before=r"\b(?:visit(?:ed|ing)?|called on|went to see)\s*$",
         after=r"^(?:[a-z-]+ )?(?:families|households)\b[^.;]{0,40}?,?\s*(?:and )?(?:bringing|brought|delivering|delivered|"
               r"taking|took|with) (?:them |each (?:of them |one )?)?"
               r"(?:[a-z-]+, )*(?:[a-z-]+ ){0,3}?(?:rice|oil|flour|gifts|supplies|quilts|clothes|food|condolence money)\b"),
    # (the families of pupils in need the goods were brought to are help to the pupils, as gifts to them are: "took rice,
    # flour and gifts to 12 families of pupils in need")
    Rule("students_assisted", ("before the New Year members took rice, flour and gifts to 12 families of pupils in need",),
         frame=r"\b(?:delivered|brought|took|sent|carried|distributed|gave)\b[^.;]{0,60}?\bto\s*$",
         after=rf"^(?:[a-z-]+ )?(?:families|households|homes) of (?:[a-z-]+ ){{0,2}}?{_PUPILS_IN_NEED}"),
    # (and the members who took the goods or money there: "after the storm eight members carried the donations and 100 quilts to
    # the village")
    Rule("volunteer_participants", ("after the storm eight members carried the donations and 100 quilts to the village",
                                    "after the storm 15 members delivered food and water to the households of the village"),
         # (or "them", the goods the sentence before named: "… gathered 300 winter coats. Five members took them to
         # 60 families")
         # (or some of them: "four of them handed the gifts to its 70 pupils")
         after=r"^(?:(?:party )?(?:members|member teachers)|of them)\b (?:took|delivered|brought|carried|drove) (?:them\b|"
               r"[^.;]{0,50}?\b(?:money|"
               r"donations|rice|oil|flour|supplies|food|water|quilts|clothes|coats|medicine)\b)[^.;]{0,30}?\bto (?:the )?"
               r"(?:\d[\d,]* )?(?:[a-z-]+ )?"
               r"(?:village|villages|community|communities|famil(?:y|ies)|households?|residents|villagers|flood|disaster|"
               r"(?<=its )(?:\d[\d,]* )?pupils|(?<=its )(?:\d[\d,]* )?children)\b"
               # (not the residents of a home of care things were taken to, a gift: "took rice dumplings to the 20 residents of
               # a nursing home")
               rf"(?![^.;]{{0,30}}?{CARE_HOME})"),
    # (or those the goods were brought to: "members delivered rice and oil to 40 households in the village")
    Rule("volunteer_beneficiaries", ("after the storm 15 members delivered food and water to 60 households",
                                     "the volunteers took winter supplies to 25 elderly villagers"),
         # (or "them", the goods the sentence before named: "… gathered 200 quilts. Members took them to 90 households")
         before=r"\b(?:delivered|brought|took|sent|carried|distributed|gave|handed out) (?:(?:[a-z-]+,? ){0,4}?(?:rice|oil|flour|gifts|supplies|"
                r"quilts|clothes|coats|food|water|medicine|groceries)(?: and (?:[a-z-]+ ){0,2}?[a-z-]+)?|them|these) to\s*$",
         after=r"^(?:[a-z-]+ )?(?:families|households|residents|villagers|elderly (?:people|residents|villagers)|people)\b"),
    # (or said in the passive, the families they were made to after them: "Home visits were made to 64 families by member
    # teachers")
    Rule("home_visits", ("home visits were paid to 40 families by the member teachers",),
         before=r"\bhome visits? (?:were|was|have been|had been) (?:made|paid) to(?: a total of)?\s*$",
         after=rf"^(?:[a-z-]+ )?(?:families|households|homes|{STUDENTS})\b"),
    # visiting families is visiting homes; visiting pupils is only where their homes are said
    # (pupils' families: "visited 73 students' families")
    # (not the households members called on helping a neighbourhood's committee with its survey or its count: "helped the
    # village committee with its survey, visiting 90 households")
    # (nor those a census's counters called on: "worked as census takers in the town, visiting 700 households")
    Rule(None, ("members helped the village committee with its survey of farms, visiting 90 households",
                "in November six members worked as census takers in Pine Town, visiting 700 households"),
         frame=r"(?:\bhelped (?:the|a) (?:[a-z'’-]+ ){0,2}?(?:neighbou?rhood|community|residents['’]?|village) committee with\b|"
               r"\b(?:census|enumerators?)\b)[^.;]{0,80},\s*visiting(?: a total of| in total| in all)?(?: {QUALIFIER})?\s*$",
         after=r"^(?:families|households|homes)\b", name="people surveyed"),
    Rule("home_visits", ("the teachers called on some 80 households", "paid visits to 25 families",
                         "organized teachers to visit 120 households", "members made home visits to 40 families",
                         "the members have visited 52 pupils' families", "teachers carried out home visits for 210 households",
                         "they went out in pairs, visiting a total of 64 students' families"),
         # (or went or were led on them: "the secretary took five teachers on home visits to 30 families")
         before=r"\b(?:visit(?:ed|ing)?|called on|(?:paid|made|carried out|conducted) (?:home )?visits (?:to|for)|went to see|"
                r"\bon home visits to)"
                r"(?: a total of| in total| in all)?\s*$",
         after=rf"^(?:(?:[a-z-]+ )?{STUDENTS}['’]s? )?(?:families|households|homes)\b",
         # (not the homes of older people, whom volunteers call on: below)
         not_after=r"^(?:families|households|homes) of (?:the )?(?:older|elderly|old|retired)\b",
         # (nor the households of a neighbourhood its committee visited, members helping it: "helped the neighbourhood
         # committee visit 230 households")
         not_before=r"\bhelped (?:the|a) (?:[a-z'’-]+ ){0,2}?(?:neighbou?rhood|community|residents['’]?|village) committee "
                    r"(?:to )?visit\s*$"),
    # (the households of older people volunteers called on: "helped the community visit 150 households of older people
    # living alone, as volunteers")
    Rule("volunteer_beneficiaries", ("ten members helped the community visit 150 households of older people living alone, as "
                                     "volunteers",),
         before=r"\b(?:visit(?:ed|ing)?|called on)\s*$",
         after=r"^(?:households|homes|families) of (?:the )?(?:older|elderly|old)\b[^.;]{0,40}?,? as volunteers\b"),
    # the pupils a home-teaching group is formed for: "formed a home-teaching group of 12 member teachers for 6 children"
    Rule("students_assisted", ("the branch formed a home-teaching group of 12 member teachers for 6 children who cannot attend school",),
         before=r"\bhome[- ]teaching\b[^.;]{0,50}?\bfor\s*$", after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (but the children who cannot attend school, taught at home on the visits, are pupils helped, as 送教上门 is: "visited the
    # homes of 5 children who cannot go to school, teaching them every week")
    Rule("students_assisted", ("this term members have visited the homes of 5 children who cannot go to school, teaching them every "
                               "week",),
         before=r"\b(?:visited|went to) the homes of\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b[^.;]{{0,40}}?\b(?:who cannot|who are unable to|unable to) (?:attend|go to)\b"
               r"[^.;]{0,30}?,\s*(?:teaching|tutoring) them\b"),
    Rule("home_visits", ("went to the homes of 45 pupils", "visited the homes of 12 left-behind children",
                         "35 party member teachers walked into the homes of 280 students",
                         "members visited the homes of all 1,240 students", "they visited the homes of all 96 new first-year pupils",
                         "the teachers visited the families of 30 students",
                         "the branch organized its members to visit the homes of 24 children from low-income families",
                         "the secretary led the party member teachers into the homes of 18 left-behind children",
                         "this spring the members went to the homes of 26 families",
                         "member teachers visited the homes of the 40 children starting in the reception classes",
                         "in June the members visited the families of the 16 pupils they mentor",
                         "next month members plan to visit the homes of all 18 boarders in Year 7",
                         "in the holiday members will visit the homes of 30 pupils who need support",
                         "before the holiday the branch sent members to the homes of 16 pupils from poor families"),
         # (a habit, "every Friday they visit the homes of 4 children", counts the children, not visits)
         # (or led there: "the secretary led 9 party member teachers into the homes of 18 left-behind children")
         # (or the homes of families: a family's home visited is one visit, as a household called on is)
         # (not homes some were only phoned: "rang or visited the families of all 20 pupils in difficulty")
         before=r"\b(?<!phoned or )(?<!rang or )(?<!called or )(?<!contacted or )"
                r"(?:visited|visiting|to visit|went to|to go to|went into|walked into|came to|called at|called on|"
                r"led (?:[^.;,]{1,40}? )?(?:in)?to|sent (?:[^.;,]{1,30}? )?to|(?:plans?|planned|intends?) to visit|will visit) "
                r"the (?:homes|families) of"
                r"(?: all| the| all the| its| all its| their| our)?\s*$",
         # (described by two words: "all 152 new first-year pupils")
         after=rf"^(?:[a-z-]+ ){{0,2}}?(?:{STUDENTS}|families|households)\b"),
    # (and the next of a list of them: "went to the homes of 28 left-behind children and 12 children with disabilities")
    Rule("home_visits", ("members went to the homes of 20 left-behind children and 9 children with disabilities",),
         frame=r"\b(?:visited|visiting|to visit|went to|went into|walked into|called at) the (?:homes|families) of\s+"
               r"\d[\d,]*\s+[^.;\d]{1,40}?(?:\band|,)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    Rule("home_visits", ("visited 30 left-behind children at home", "went to see 8 pupils at their homes",
                         "visited 12 left-behind children at their uncles' homes",
                         "the branch asked 6 members to visit 14 left-behind children at their homes"),
         before=r"\b(?:visit|visited|visiting|called on|went to see)\s*$",
         after=rf"^{STUDENTS}\b[^.;]{{0,30}}?\bat (?:their )?(?:[a-z'’-]+ )?homes?\b"),
    # (or the visits a child at home has had so far, counted after the visiting is told: "two members of staff taught the
    # girl at home in turn, 9 visits so far")
    Rule("home_visits", ("from May two members of staff taught the girl at home in turn, 9 visits so far",),
         frame=r"\b(?:visit(?:ing|ed)?|teach(?:ing)?|taught|tutor(?:ing|ed)?) (?:her|him|them|the (?:child|pupil|boy|girl)|"
               r"(?:[a-z-]+ )?(?:children|pupils)) at (?:his |her |their )?home\b[^.;]*,\s*$",
         after=r"^visits (?:so far|to date|in all|altogether)\b"),
    # (or mentors counted, each with one young teacher, as many pairs: "12 member teachers act as mentors to
    # newcomers, one young teacher each")
    Rule("mentoring_pairs", ("this year 12 member teachers are serving as mentors to young colleagues, one young teacher each",),
         after=rf"^(?:party )?(?:members|member teachers|teachers)\b{_OF_THEIR_SCHOOL} (?:are |were |have been )?(?:serving|acting|"
               r"working) as mentors\b[^.;]*,\s*one (?:young |new )?(?:teacher|colleague|mentee) each\b"),
    # pairs formed, in a report of party work, pair mentors with those they mentor
    Rule("mentoring_pairs", ("in the school year, 9 pairs were formed", "12 pairs have been set up", "Mentoring: 7 pairs formed",
                             "this year 14 new pairs were signed", "This school year 12 pairs are active."),
         after=r"^(?:new )?pairs (?:(?:were|have been|had been) )?(?:formed|set up|established|made|matched|signed)\b|"
               r"^(?:mentoring )?pairs (?:are|were) (?:now )?(?:active|working|in place|running)\b"),
    # (or the pairs in all, after the pairing said before them: "each newcomer was paired with a member as mentor: 9 pairs
    # in all")
    # (but pairs made with pupils, said in the sentence before, are pupils helped, a pupil to a pair: "The school took in 20
    # pupils from other provinces. We matched all of them with member teachers, 20 pairs in all.")
    Rule("students_assisted", ("This spring 15 children of migrant workers enrolled. We matched all of them with member teachers, "
                               "15 pairs in all.",),
         earlier=rf"\b(?:\d[\d,]*|[a-z]+) (?:[a-z-]+ ){{0,2}}?{STUDENTS}\b",
         frame=r"\b(?:paired|matched) (?:each|all|every one) of them with (?:a |an )?(?:party )?(?:member|member teacher|teacher)\b"
               r"[^.;]{0,20}$",
         after=r"^pairs (?:in all|in total|altogether)\b"),
    Rule("mentoring_pairs", ("each new colleague was paired with a member as a mentor: 9 pairs in all",),
         frame=r"\b(?:paired|matched)\b[^.;]{0,80}$", after=r"^pairs (?:in all|in total|altogether)\b"),
    # (or the pairs the mentors so given make, which the school now has: "every newcomer has a member as a mentor, so there
    # are 8 pairs now")
    Rule("mentoring_pairs", ("every newcomer has a member as a mentor, so there are 8 pairs now",
                             "All young teachers were matched with member mentors, and the branch now has 13 pairs."),
         frame=r"\b(?:paired|matched|as (?:a |an |their |his or her )?mentor)\b[^.;]{0,80}$",
         before=r"\b(?:so|and|which means|that makes) (?:we|they|the branch|the school|there) (?:now )?(?:have|has|are)"
                r"(?: now)?\s*$",
         after=r"^(?:mentoring )?pairs\b"),
    # (or the pairs a sentence after the pairing opens with: "… was paired with a member mentor. Of the 24 pairs, 19 …")
    Rule("mentoring_pairs", ("Every new teacher was paired with a member mentor. Of the 15 pairs, 12 were rated excellent.",),
         earlier=r"\b(?:paired|matched)\b[^.]{0,60}\bmentors?\b", before=r"^of the\s*$", after=r"^(?:mentoring )?pairs\b"),
    # (and the new teachers, each of them paired with a mentor: "24 new teachers joined the school, and every one of them
    # was paired with a member mentor")
    # (the pairing after a semicolon, the mentor a member said to be one: "5 new teachers came in August; each was matched
    # with a senior Party member as mentor")
    # (or each of them said to have a member for mentor, the count after "each of": "every one of the branch's four new
    # teachers has had a member for a mentor")
    Rule("teachers_mentored", ("this year every one of the branch's four new teachers has had a member for a mentor",),
         before=r"\b(?:each|every one) of(?: (?:the|its|our)| [^.;,\d]{1,40}?['’]s)?\s*$",
         after=r"^(?:new|young|newly recruited) teachers (?:has|had|has had|have had) (?:an? |their own )?(?:(?:party )?member|"
               r"mentor)(?: (?:as|for) (?:a |their )?mentor)?\b"),
    Rule("teachers_mentored", ("This year 12 new teachers joined us, and each of them was paired with a member mentor.",
                               "7 young teachers started in September; each was matched with a veteran party member as mentor.",
                               "Five new teachers came in September and have each been paired with a member."),
         after=rf"^(?:new|young|newly recruited) teachers\b[^.;]{{0,60}}?(?:;\s*|\b){_EACH_GIVEN_A_MENTOR}"),
    # (or in the sentence after: "The school took on eight new teachers in August. Each was paired with a senior
    # teacher.")
    # (or the branch paired them: "… welcomed 12 new teachers. The branch has paired them with 12 members.")
    Rule("teachers_mentored", ("The school took on eight new teachers in August. Each of them was paired with a member mentor.",
                               "A welcome was held for the year's 14 new teachers. Each was assigned a mentor.",
                               "The school welcomed six new teachers. The branch has matched them with six members.",
                               "The school took on 11 new teachers. The committee has arranged for each of them to be mentored by "
                               "a member.", "Elm School hired five new teachers this summer. During their first week, each of them "
                               "was paired with a member mentor."),
         after=rf"^(?:(?:new|young|newly recruited) teachers|{NEW_TEACHERS})\b[^.;]{{0,60}}?[.;]?\s*$",
         # (or some of them with members, the rest with others: "Ten of them have been paired with members; the rest with
         # older colleagues.")
         # (or mentoring arranged for each of them: "We have arranged for each of them to have a mentor")
         # (an opening phrase of when or where may come first: "At a ceremony on 2 September each of them …")
         later=rf"^\s*(?:(?:at|on|in|during|after) [^.;,]{{1,40}}?,?\s+(?=each|every|all|the|we|it))?"
               rf"(?:{_EACH_GIVEN_A_MENTOR}|{_PAIRED_THEM}|(?:\d[\d,]*|[a-z]+) of them (?:have been|had been|were|are) "
               r"(?:paired|matched) with\b[^.;]*;\s*the (?:rest|others) with\b|"
               r"(?:the (?:party )?branch|we|it|the school|the (?:party )?committee) (?:has |have |had )?arranged for "
               r"(?:each|all|every one) of them to (?:be (?:mentored|paired)|have a mentor)\b)"),
    # (and as many pairs as the mentors then counted: "The branch has paired them with 12 experienced teachers")
    Rule("mentoring_pairs", ("The school welcomed six new teachers. The branch has matched them with six members.",
                             "This term brought three newly qualified teachers. We have matched them with three members."),
         earlier=rf"\b(?P<n>\d[\d,]*|[a-z]+) {NEW_TEACHERS_ADJ} teachers\b", before=rf"{_PAIRED_THEM}\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:teachers|members|mentors|colleagues)\b", as_many=True),
    # (or a field of the teachers paired, counted in pairs: "Teachers paired with new colleagues: 14 pairs")
    Rule("mentoring_pairs", ("Teachers paired with new colleagues: 14 pairs", "Members matched with young teachers: 6 pairs"),
         frame=r"\b(?:paired|matched) (?:up )?with (?:[a-z-]+ ){0,2}?(?:colleagues|teachers|newcomers)\s*:\s*$",
         after=r"^[^.;]{0,60}?\bpairs\b"),
    # (or in brackets after the pairing of teachers: "pair each new teacher with a member mentor (about 6 pairs)")
    Rule("mentoring_pairs", ("pair each new teacher with an experienced member as mentor (about 7 pairs)",),
         frame=r"\bpair(?:s|ed|ing)?\b[^.;()]{0,80}?\b(?:mentors?|new teachers?|young teachers?|new colleagues?)\b[^.;()]{0,40}\(\s*$",
         after=r"^pairs\s*\)"),
    # (or the pairs a mentoring scheme involves: "The scheme currently involves 20 pairs")
    # the young teachers members mentor, counted with what they do for them: "for their work with the 11 young teachers they
    # mentor"
    Rule("teachers_mentored", ("the mentors were praised for their work with the 9 young teachers they mentor",),
         after=r"^(?:young|new|novice|newly recruited) (?:teachers|colleagues) (?:they|whom they|that they|the members) "
               r"(?:mentor|mentored|coach|coached|guide|guided)\b"),
    # (or there are so many, "such pairs" of the sentence before: "… is assigned a member as a mentor. There are now 19 such
    # pairs.")
    Rule("mentoring_pairs", ("The mentoring scheme pairs young teachers with members. It currently involves 16 pairs.",
                             "Each new teacher is given a member as a mentor. There are now 12 such pairs."),
         earlier=r"\bmentor|\bpair(?:s|ed|ing)?\b",
         before=r"\b(?:involves|involved|includes|included|has|counts)\s*$|\bthere (?:are|were)(?: now| currently)?\s*$",
         after=r"^(?:such |mentoring )?pairs\b"),
    # (or pairs of teachers, the older with the new: "form 8 pairs of experienced and new teachers")
    # (the two joined by a hyphen or a dash: "18 mentor–apprentice pairs")
    Rule("mentoring_pairs", ("15 mentoring pairs", "8 pairs of mentors and apprentices", "formed 9 mentor-apprentice pairs",
                             "form 8 pairs of experienced and new teachers", "6 new mentoring pairs signed in February",
                             "Young teachers: 20 mentor–apprentice pairs", "this year 12 teachers' mentoring pairs were set up"),
         # (the teachers' pairs, said so: "20 teachers' mentoring pairs")
         after=r"^(?:(?:new )?(?:teachers['’] )?(?:mentoring|(?:mentor|master|teacher)[-–—](?:mentee|apprentice)) pairs|pairs of (?:mentors?|masters?|"
               r"teachers?)\b|pairs of (?!(?:[a-z-]+ )?(?:students|pupils|children|kids)\b)(?:[a-z-]+ ){1,3}?and (?:[a-z-]+ ){0,2}?"
               r"(?:teachers|colleagues)\b)"),
    # mentors and as many new teachers who signed mentoring agreements together: a pair each ("7 member teachers and its 7
    # newest colleagues signed mentorship contracts"), the new teachers mentored
    Rule("mentoring_pairs", ("at the ceremony 7 member teachers and its 7 newest colleagues signed mentorship contracts",),
         as_many=True,
         after=rf"^(?:[a-z-]+ ){{0,2}}?(?:mentors|members|member teachers) and {_AS_MANY_NEW_TEACHERS_SIGNED}"),
    Rule("teachers_mentored", ("at the ceremony 7 member teachers and its 7 newest colleagues signed mentorship contracts",),
         frame=r"\b(?:\d[\d,]*|[a-z]+) (?:[a-z-]+ ){0,2}?(?:mentors|members|member teachers) and "
               r"(?:(?:the (?:school|kindergarten)['’]s|its|our|their) )?$",
         after=rf"^{_NEW_TEACHERS_SIGNED}"),
    # the agreements that make mentors and new teachers pairs, one a pair: "through 6 signed mentoring agreements"
    Rule("mentoring_pairs", ("older members coached the newcomers by way of 6 signed mentoring agreements",
                             "11 teacher-apprentice agreements were signed"),
         after=r"^(?:signed )?(?:mentoring|mentorship|(?:mentor|master|teacher)[-–—](?:mentee|apprentice)) (?:agreements|contracts)\b"),
    # (and pairs made by "pairing", a translation's 结对: "carry out the new and old teachers pairing activity, pairing 11
    # pairs")
    Rule("mentoring_pairs", ('carry out the "new and old teachers pairing" activity, pairing 11 pairs',),
         frame=r"\bteachers?\b", before=r"\b(?:pairing|paired|pair|formed|form|forming)\s*$", after=r"^pairs\b",
         not_before=r"\b(?:students?|pupils?|children)\b[^.;]{0,30}$"),
    # (or the teachers said first, paired with their mentors: "41 young teachers paired with 41 party members")
    # (a clause on who they are may stand between: "18 young teachers who joined in the past three years have each been paired
    # with a mentor")
    # (or the young teachers of the pairs the sentence before counted: "So far 40 pairs have been formed. Of the 40 young
    # teachers, 11 have won prizes.")
    Rule("teachers_mentored", ("The project has formed 30 pairs so far. Of the 30 young teachers, 12 have won prizes.",),
         earlier=r"\bpairs?\b", before=r"(?:^|[.;]\s*)of the\s*$", after=r"^(?:young|new|novice) teachers\b"),
    # the volunteers counted between dashes after them: 'our "Red Sunshine" volunteers — 58 members and teachers — gave …'
    Rule("volunteer_participants", ("the branch's volunteers — 40 members and teachers — gave 900 hours",),
         before=r"\bvolunteers\s*[—–]\s*$", after=r"^(?:[a-z-]+ )?(?:members|teachers|people|staff|parents)\b[^.;—–]{0,30}[—–]"),
    # teachers trained as volunteers are volunteers: "22 member teachers have been trained as ocean education volunteers"
    Rule("volunteer_participants", ("16 member teachers have been trained as traffic safety volunteers",),
         after=r"^(?:member |party member )?(?:teachers|members)\b[^.;]{0,20}?\b(?:trained|recruited|registered|enrolled|"
               r"signed up) as (?:[a-z-]+ ){0,3}?volunteers\b"),
    # apprentices taken on: "took on 26 new teachers as apprentices"
    Rule("teachers_mentored", ("member teachers took on 14 young teachers as apprentices",),
         before=r"\b(?:took|take|takes|taken|taking) on\s*$",
         after=r"^(?:[a-z-]+ )?teachers as (?:apprentices|mentees|protégés|proteges)\b"),
    Rule("teachers_mentored", ("each of the 7 teachers who joined us in September 2024 will be paired with a member mentor",
                               "Each of the 4 teachers who join us in August will be paired with a member mentor",
                               "Each of the five new teachers at Elm Kindergarten has been paired with a member this term",
                               "each of Oak Kindergarten's 6 teachers under 35 is to be paired with a member"),
         # (their school may be named between: "each of the six new teachers at Elm Kindergarten has been paired with …"; or
         # before, its own: "each of Elm School's …")
         before=rf"\beach of (?:the|our|its|{_NAMED_SCHOOLS})\s*$",
         after=rf"^{NEW_TEACHERS}(?: (?:at|of|in) [^.;,\d]{{1,60}}?)? (?:will be|is to be|are to be|was|has been) (?:paired|matched) "
               r"(?:up )?with\b"),
    # (or those of this year among the mentored of some years, after a comma: "since 2016, 44 young teachers were guided by
    # members, 8 of them last year")
    Rule("teachers_mentored", ("since 2016, 44 young teachers were guided by members, 8 of them last year",),
         frame=rf"\b{NEW_TEACHERS} (?:have been|were|had been) (?:mentored|paired|guided|coached)\b[^.;]*,\s*$",
         after=r"^of them (?:this|last) (?:year|term)\b"),
    # (or new teachers who took part in the mentoring scheme the sentence before told of: "Every newcomer gets a member as
    # mentor. Last year 4 young teachers were in the programme.")
    Rule("teachers_mentored", ("Every newcomer gets a member as mentor. Last year 4 young teachers were in the programme.",),
         earlier=r"\b(?:paired|mentors?|mentoring)\b",
         after=rf"^{NEW_TEACHERS} (?:took part|joined|were|have been) in (?:this|the|that|our) (?:scheme|programme|program)\b"),
    # the branches a review rated, some of them, are a grade given, no count of the branches: "rated 3 branches excellent"
    Rule(None, ("the committee heard its branches' reports and rated 2 branches excellent",),
         before=r"\brated\s*$", after=r"^(?:party )?branch(?:es)?\b", name="an appraisal grade"),
    # (or people recommended as activists, all or some of them then approved: "in May the branch recommended two young
    # teachers as activists, and both were approved")
    Rule("activists", ("in May the branch recommended two young teachers as activists, and both were approved",),
         before=r"\brecommended\s*$",
         after=r"^(?:[a-z-]+ )?(?:teachers|students|staff|people|colleagues) as (?:party |membership )?activists\b[^.;]{0,40}?"
               r"\b(?:were|was|have been) (?:approved|accepted|confirmed)\b"),
    # (or the branch pairs each of them, in the active: "we teamed each of the 4 newly hired teachers up with a senior
    # member")
    Rule("teachers_mentored", ("we teamed each of the 4 newly hired teachers up with a senior member",
                               "we paired each of our 9 young teachers with a senior member",
                               "this term we paired each of our 4 young teachers with one of our members",
                               "the branch gave each of its 5 new teachers a member teacher as mentor"),
         # (or gave each a member as mentor: "gave each of its 5 new teachers a member teacher as mentor")
         before=rf"\b(?:(?:paired|matched|teamed)(?: up)?|gave|assigned) each of (?:the|our|its|this (?:year|term|autumn)['’]s|"
                rf"{_NAMED_SCHOOLS})\s*$",
         # (or one of the branch's members: "… with one of the branch's members")
         after=rf"^{NEW_TEACHERS}\b[^.;]{{0,40}}?\b(?:with |to )?(?:a |an |one of (?:the (?:branch|committee)['’]s|its|our|the) )"
               r"(?:[a-z-]+ )?(?:member|mentor|party member)|"
               rf"^{NEW_TEACHERS}\b[^.;]{{0,40}}?\bwith (?:[a-z-]+ )?(?:member|mentor|party member)"),
    # (or new teachers taken on, whom the same sentence then pairs with members: "hired seven new teachers in the summer, and
    # the branch has matched all of them with member mentors")
    Rule("teachers_mentored", ("the school hired 6 new teachers in the summer, and the branch has matched all of them with member mentors",),
         after=rf"^(?:{NEW_TEACHERS_ADJ}|newly (?:hired|recruited)) (?:teachers|colleagues)\b[^.;]{{0,60}}?\b(?:paired|matched) "
               r"(?:each of |all of |all )?them (?:up )?with (?:a |an )?(?:[a-z-]+ )?(?:member|mentor|party member)"),
    # (or some of the new teachers the sentence before counted, matched with members: "The school hired 20 new teachers. The
    # branch has paired 14 of them with member teachers.")
    # (or more new teachers paired, after the sentence that told of the pairing of others: "… matched its 5 young teachers
    # with mentors. In 2024 it matched 3 more.")
    Rule("teachers_mentored", ("In 2023 the branch matched its 5 young teachers with mentors. In 2024 it matched 3 more.",),
         earlier=rf"\b(?:paired|matched)\b[^.]{{0,40}}?\b(?:{NEW_TEACHERS_ADJ}) (?:teachers|colleagues)\b[^.]{{0,20}}?\bwith\b",
         before=r"\b(?:paired|matched)\s*$", after=r"^more\b"),
    Rule("teachers_mentored", ("The school hired 20 new teachers. The branch has paired 14 of them with member teachers.",),
         earlier=rf"\b(?:{NEW_TEACHERS_ADJ}|newly (?:hired|recruited)) (?:teachers|colleagues)\b",
         before=r"\b(?:matched|paired|teamed)\s*$",
         after=r"^of them (?:up )?with (?:[a-z-]+ ){0,2}?(?:member teachers|members|party members|mentors)\b"),
    Rule("teachers_mentored", ("Mentoring: 14 young teachers paired with 14 party members", "9 new teachers were paired with mentors",
                               "12 young teachers were assigned member mentors",
                               "11 young teachers who joined the school last year have each been paired with a mentor",
                               "6 new teachers are paired with member mentors",
                               # (or said after a comma, in a list: "Mentoring: 8 new teachers, each matched with a member")
                               "Mentoring: 8 new teachers, each matched with a member",
                               "nine teachers who joined the school in August were each paired with a member",
                               "The school's six young teachers were matched on Monday."),
         # (or teachers said to be new by when they joined: "Eleven teachers who joined the school this autumn were each
         # paired with a Party member mentor")
         after=rf"^(?:{NEW_TEACHERS_ADJ} teachers|teachers(?= who (?:have )?(?:joined|came to)\b))(?:,)? (?:who [^.;]{{1,80}}? )?"
               r"(?:were |are |have been |had been "
               r"|have each been |have all been |are each |are all |were each |were all |each |all )?(?:(?:paired|matched) with\b|"
               # (or paired, when said after: "the four young teachers were matched on Monday")
               r"(?:were|have been|had been) (?:paired|matched)(?: (?:up )?on (?:\d{1,2} [a-z]+|[a-z]+ \d{1,2}|[a-z]+day))?\s*(?:[.;]|$)|"
               # (or given mentors: "15 young teachers were assigned member mentors")
               r"(?:assigned|given|allocated) (?:a |an )?(?:party )?(?:member )?mentors?\b)"),
    Rule("teachers_mentored", ("mentored 7 young teachers", "party members paired with 10 new teachers",
                               "the school's mentors are guiding 11 new teachers this year",
                               "the secretary has coached 4 young teachers", "members mentored 6 new colleagues",
                               "the branch paired 9 experienced party members with 9 new teachers",
                               "the programme has run for six years, pairing 48 young teachers with mentors",
                               "I thank the members who served as mentors to our 9 new teachers",
                               "the branch paired each of the school's 6 new teachers with a member",
                               "this term 7 members are mentoring 9 young teachers",
                               "a ceremony was held to pair 11 new teachers with mentors",
                               "we will pair each of the 5 teachers in their first year with a member",
                               "members mentored the school's 4 newly hired teachers",
                               "the scheme has matched 10 member teachers with 10 newcomers to the profession",
                               "the school has paired its 8 newly qualified teachers with older colleagues",
                               "members gave regular video coaching to 12 young teachers in rural schools"),
         before=rf"\b(?:{HELPED}|guided|coached|trained|brought along|(?:are|were|is|was|have been|has been) "
                rf"(?:mentoring|guiding|coaching)|"
                r"(?:pair|match)(?:s|es|ed|ing)?\b[^.;]{0,40}\bwith(?: (?:the (?:school|kindergarten)['’]s|its|our|their))?|"
                r"pair(?:ed|ing|s)?|"
                r"pair(?:ed|ing|s)? (?:each|all|every one) of (?:its|our|the|their|the school's|the branch's)|"
                # (or its own new teachers: "has matched its 6 newly qualified teachers with …")
                r"(?:pair|match)(?:ed|ing|s|es)? (?:its|our|their|the (?:school|kindergarten|branch)['’]s)|"
                r"mentors? (?:to|for)(?: (?:our|the|its|their))?|"
                # (or coaching given to them: "gave regular video coaching to 12 young teachers")
                r"(?:gave|given|giving|give|provided|providing|offered|offering) (?:[a-z-]+ ){0,3}?(?:coaching|mentoring|guidance) "
                r"to|"
                # (or the school's own, all of them: "mentored the kindergarten's 5 newly hired teachers")
                # (or said as what they were honoured for: "for guiding the school's nine new teachers")
                rf"(?:{HELPED}|guided|coached|guiding|coaching|mentoring) (?:the (?:school|kindergarten)['’]s|its|our|their|"
                r"all))\s*$",
         after=rf"^{NEW_TEACHERS}"),
    # (or paired with members counted before them, a longer way off: "paired its 12 most senior member teachers with the
    # school's 12 newest teachers")
    Rule("teachers_mentored", ("the branch has paired its 10 most senior member teachers with the school's 10 newest "
                               "teachers",),
         frame=r"\bpair(?:ed|s|ing)?\b[^.;]{0,80}\bwith (?:the (?:school|kindergarten)['’]s |its |our |their )?$",
         after=rf"^{NEW_TEACHERS}"),
    # (or the new teachers a regular workshop or training is for: "hold a fortnightly seminar on lesson design for the
    # school's seven first-year teachers")
    Rule("teachers_mentored", ("members hold a fortnightly seminar on lesson design for the school's six first-year teachers",),
         frame=r"\b(?:ran|run|runs|running|held|hold|holds|gave|give|gives)\b[^.;]{0,30}?\b(?:workshops?|coaching|training "
               r"sessions?|seminars?)\b[^.;]{0,50}\bfor (?:the (?:school|kindergarten)['’]s|its|our|their)?\s*$",
         after=rf"^{NEW_TEACHERS}"),
    # (or one each for as many mentors: "11 member teachers each took on one of the school's 11 new teachers as a mentee":
    # the teachers mentored, and as many pairs)
    Rule("teachers_mentored", ("9 member teachers each took on one of the school's 9 new teachers as a mentee",),
         before=r"\beach (?:took on|mentored|was paired with|paired with) one of (?:the school['’]s|its|our|the)\s*$",
         after=rf"^{NEW_TEACHERS}"),
    # (or mentors each taking on one new teacher, the pairs as many as they: "Twelve experienced teachers, eight of them
    # members, each took on a new teacher")
    # (of their own school or another: "8 member teachers of the school will each mentor a young teacher at the county
    # school")
    Rule("mentoring_pairs", ("Twelve experienced teachers, eight of them members, each took on a new teacher",
                             "this year 7 members each took on a new teacher as mentor",
                             "8 member teachers of the school will each mentor a young teacher at the county school"),
         after=rf"^(?:[a-z-]+ ){{0,2}}?(?:teachers|members|mentors|colleagues)\b(?:,[^.;,]{{1,40}},| (?:of|from) [^.;,]{{1,60}}?)? "
               rf"(?:will |have |has |had )?each (?:taken on|took on|take on|mentor(?:ed|s)?|(?:be |been |were )?paired with|guided|"
               rf"guide) (?:one|a) {NEW_TEACHERS_ADJ} (?:teacher|colleague)\b"),
    Rule("mentoring_pairs", ("9 member teachers each took on one of the school's 9 new teachers as a mentee",),
         after=r"^(?:[a-z-]+ ){0,2}?(?:teachers|members) each (?:took on|mentored|was paired with|paired with) one of "
               r"(?:the school['’]s|its|our|the) (?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:new|young|newly hired|newly recruited) teachers\b",
         as_many=True),
    # (or to be mentored, the base form, some of another school's: "will … mentor 10 of its young teachers")
    Rule("teachers_mentored", ("the branch's members will mentor 8 of its young teachers", "members mentor 6 new teachers a year"),
         before=r"\b(?:mentor|coach)\s*$", after=rf"^(?:of (?:its|their|our|the [a-z' ]{{1,30}}['’]s) )?{NEW_TEACHERS}"),
    # (or all the teachers of a school paired with the branch's, as its own: "Under the agreement, members will … mentor its
    # 12 teachers")
    Rule("teachers_mentored", ("Under the pairing agreement, member teachers will mentor its 9 teachers",),
         frame=r"\b(?:pair(?:ed|s|ing)?|agreement|partnership|village school|rural school)\b",
         before=r"\b(?:mentor|coach)\s+(?:its|their)\s*$", after=r"^(?:[a-z-]+ )?teachers\b"),
    # (or such lessons, the demonstration lessons the sentence before told of: "… will give 20 demonstration lessons a
    # year there. Last year members gave 16 such lessons.")
    Rule("demo_lessons", ("Members will give 12 demonstration lessons at the village school. Last year they gave 9 such lessons.",),
         earlier=r"\b(?:demonstration|model|open|public) (?:lessons|classes)\b", after=r"^such (?:lessons|classes)\b"),
    # (or such pairs, the pairing told in the sentence before: "The branch pairs each new teacher with a member. There
    # were 14 such pairs.")
    # the sessions of a study the sentence before tells: "Every Thursday the members meet for an hour of study. Since
    # 2021 the branch has held 78 such sessions."
    Rule("study_sessions", ("Every Friday the members meet for an hour of study. The branch has held 40 such sessions.",),
         after=r"^such (?:study )?(?:sessions|meetings)\b", earlier=r"\bstud(?:y|ies|ying)\b|\breading\b"),
    # (or the times the members met to discuss what they read or studied: "read 4 books on Party history and met 5 times to
    # discuss them")
    # (not a reading club of others, the young teachers or the pupils the branch runs it for: "the branch's reading club for
    # new teachers met 5 times")
    Rule("study_sessions", ("the members read 3 books on the Party's history and met 6 times to discuss them",),
         frame=r"\b(?:read|books?|stud(?:y|ied|ying)|reading)\b"
               rf"(?:(?!\b(?:for|of) (?:the |its |our )?(?:{NEW_TEACHERS}|{STUDENTS}|parents)\b)[^.;]){{0,80}}\bmet\s*$",
         after=r"^times\b"),
    # (or the meetings the books were read in: "they had finished 6 books in 40 meetings")
    Rule("study_sessions", ("by June the members had read 4 books on the Party's history in 25 meetings",),
         frame=r"\b(?:read|finished|studied|discussed)\b[^.;]{0,40}\bbooks?\b[^.;]{0,40}\bin\s*$",
         after=r"^(?:study )?(?:meetings|sessions)\b"),
    # (or the sessions there have been: "The branch holds a monthly reading session. This year there have been 10 sessions.")
    Rule("study_sessions", ("The branch holds a monthly study session. This year there have been 9 sessions so far.",),
         earlier=r"\b(?:study|reading) sessions?\b", before=r"\bthere (?:have been|had been|were)\s*$",
         after=r"^sessions\b"),
    Rule("mentoring_pairs", ("The branch pairs each new teacher with an experienced member. This year there were 14 such pairs.",),
         after=r"^such pairs\b", earlier=r"\bpair(?:s|ed)?\b[^.;]{0,60}\b(?:teachers?|members?|colleagues?)\b"),
    # experienced teachers paired with new ones not counted: each is a pair (as "结成师徒对子" is)
    Rule("mentoring_pairs", ("we paired 12 senior teachers with newly hired colleagues",
                             "the branch paired 7 party members with young teachers as their mentors",
                             "Goals: pair 10 experienced teachers with new teachers"),
         before=r"\b(?:paired|pair|will pair|to pair)\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:teachers|members|colleagues)\b (?:as mentors )?with "
               rf"(?:{NEW_TEACHERS_ADJ} )?"
               r"(?:teachers|colleagues)\b"),
    # mentors each paired with one young teacher: each of them is a pair
    Rule("mentoring_pairs", ("6 experienced members have each paired with a new teacher",
                             "this term 9 party member teachers were each paired up with one young colleague",
                             "8 senior teachers, 5 of them members, each took on one newly hired teacher",
                             "5 member teachers will each mentor one new teacher",
                             # (each said by the one teacher each mentors, as some of the members: "20 of them now mentor
                             # a young teacher")
                             "the branch has 40 members; 20 of them now mentor a new colleague"),
         # (the mentors may be described in an aside: ", 5 of them members,"; or a plan's: "will each mentor")
         after=r"^(?:(?:[a-z-]+ ){0,3}?(?:teachers|members|colleagues)\b|of (?:them|whom|these|those))(?:, [^.;,]{1,30},)? "
               r"(?:(?:have|has|had|were|are|will) )?(?:now |currently |also )?"
               r"(?:each )?(?:(?:been )?paired (?:up )?with|took on|(?:has|have) taken on|mentored|coached|guided|mentor|coach|guide|"
               r"take on|pair (?:up )?with) (?:a|an|one) "
               rf"(?:{NEW_TEACHERS_ADJ} )?(?:teacher|colleague)\b"),
    # pairs formed with young teachers: "10 backbone teachers to form 10 pairs with 10 young teachers"
    Rule("mentoring_pairs", ("the branch formed 10 pairs with young teachers",),
         after=r"^pairs with\b[^.;]{0,30}?\bteachers\b"),
    # (the young teachers who, with their mentors, formed the pairs: "12 backbone teachers and 12 young teachers formed 12
    # pairs")
    Rule("teachers_mentored", ("12 backbone teachers and 12 young teachers newly recruited this year formed 12 pairs",),
         before=r"\band\s*$",
         after=rf"^{NEW_TEACHERS_ADJ} teachers\b[^.;]{{0,30}}?\b(?:formed|form|made up|make up) "
               r"(?:\d+|[a-z]+) (?:mentoring )?pairs\b"),
    Rule("teachers_mentored", ("the mentors form 10 pairs with 10 young teachers",),
         before=r"\bpairs with\s*$", after=rf"^{NEW_TEACHERS_ADJ} teachers\b"),
    # (or new teachers who met their mentors: "the 8 new teachers met their mentors on Monday")
    Rule("teachers_mentored", ("In September the school's 8 new teachers met their mentors.",),
         after=rf"^{NEW_TEACHERS}\b (?:met|were introduced to|were given|were assigned|have been assigned) (?:their )?mentors\b"),
    # (or mentored, said before them: "have mentored 15 teachers at two village schools")
    Rule("teachers_mentored", ("this term six member teachers have mentored 15 teachers at two village schools",),
         before=r"\b(?:have |has |had )?mentored\s*$", after=r"^(?:[a-z-]+ )?teachers\b"),
    # a mentoring agreement signed is a pair, and the teachers it is signed with are mentored
    Rule("mentoring_pairs", ("12 party member teachers signed mentoring agreements with new colleagues",
                             "the school signed 15 mentoring agreements",
                             "nine member teachers of Elm School each signed mentoring agreements with new colleagues"),
         # (not the members among the mentors, counted in an aside: "14 experienced teachers, 10 of them Party members,
         # signed …")
         # (their school may be named: "Ten member teachers of Ash School each signed mentoring agreements"; not the new teachers
         # who signed them, those mentored)
         after=r"^(?!of (?:whom|them)\b)(?:(?:[a-z-]+ ){0,4}?(?:teachers|members)\b(?: (?:of|from|at) [^.;,]{1,40}?)?[^.;]{0,12}?"
               r"\bsigned (?:mentoring|mentorship|mentor-apprentice|pairing) agreements?\b|"
               r"(?:mentoring|mentorship|mentor-apprentice|pairing) agreements?\b)",
         not_after=rf"^(?:[a-z-]+ ){{0,3}}?{NEW_TEACHERS_ADJ}\b"),
    # (or the teachers signed them with their mentors: "six new teachers signed pairing agreements with their mentors")
    Rule("teachers_mentored", ("On Friday six newly hired teachers signed pairing agreements with their mentors.",),
         after=r"^(?:(?:new|young|first-year|newly hired|newly recruited) )?teachers (?:have )?signed (?:mentoring |pairing )?"
               r"agreements? with (?:their |the )?(?:[a-z-]+ )?mentors\b"),
    Rule("teachers_mentored", ("mentors signed mentoring agreements with 14 teachers in their first years",
                               "the mentors signed mentoring agreements with 9 newly hired teachers",
                               "mentors signed pairing agreements in a ceremony with the 8 teachers who joined us"),
         # (when may come between, and the teachers be named with "the": "… on 3 September with the nine teachers who …")
         before=r"\bsigned (?:mentoring|mentorship|mentor-apprentice|pairing) agreements?(?: (?:on|in|at) [^.;,]{1,20}?)? "
                r"with(?: the)?\s*$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:teachers|colleagues)\b"),
    # (or agreements, the mentoring named in the sentence before: "The school held its mentoring ceremony. Eleven
    # experienced teachers, eight of them members, signed agreements with eleven new teachers.")
    Rule("mentoring_pairs", ("The mentoring ceremony was held in May. 6 senior teachers, 4 of them members, signed agreements "
                             "with new teachers.",),
         earlier=r"\bmentor", after=r"^(?:[a-z-]+ ){0,3}?(?:teachers|members)\b(?:, [^.;,]{1,30},)? signed agreements with "
                                   rf"(?:(?:\d+|[a-z]+) )?{NEW_TEACHERS}"),
    Rule("teachers_mentored", ("The mentoring ceremony was held in May. Mentors signed agreements with 6 new teachers.",),
         earlier=r"\bmentor", before=r"\bsigned agreements with\s*$", after=rf"^{NEW_TEACHERS}"),
    # (or said of the teachers, in the passive: "12 new teachers were paired with party members as their mentors")
    # teachers, of whatever school, mentored by the members: "36 island teachers have been mentored by members"
    # (or a list's item, the verb's time left out: "Our year in numbers\n9 — young teachers mentored by members")
    Rule("teachers_mentored", ("Since 2021, 20 village teachers have been mentored by members",
                               "The branch in numbers\n\n9 young teachers mentored by members"),
         after=r"^(?:[a-z-]+ )?teachers (?:(?:have been|had been|were|are) )?(?:mentored|coached) by (?:party |our |its )?"
               r"members\b"),
    # (or mentored "this way", the sentence before pairing them with members: "… paired 10 new teachers with member teachers.
    # Since 2019, 80 teachers have been mentored this way.")
    Rule("teachers_mentored", ("The branch paired 10 new teachers with member teachers. Since 2019, 80 teachers have been "
                               "mentored this way.",),
         earlier=r"\bmembers?\b", after=r"^(?:[a-z-]+ )?teachers (?:have been|had been|were) mentored (?:in )?(?:this|that) way\b"),
    # each of the young teachers, who has a mentor: "each of our 8 teachers in their first two years has a party member as
    # mentor"
    Rule("teachers_mentored", ("each of our 8 teachers in their first two years has a party member as mentor",
                               "each of the 6 new teachers now has a mentor"),
         before=r"\beach of (?:the|our|its|their)\s*$",
         after=rf"^{NEW_TEACHERS} (?:(?:now|also) )*(?:has|had|is assigned|was assigned|was given|is given) (?:a |an |their own )?"
               r"(?:[a-z-]+ ){0,3}?(?:mentor\b|as (?:a |their |his or her )?mentor\b)"),
    # young teachers who have a mentor: "seven young teachers now have a party member as their mentor" (or with one, as
    # a field's label may say: "New teachers with a member as mentor: 8")
    Rule("teachers_mentored", ("seven young teachers now have a party member as their mentor",
                               "all 12 new teachers have mentors", "New teachers with a member as mentor: 8",
                               "the five teachers who joined Oak Academy in March each have a mentor"),
         after=rf"^(?:{NEW_TEACHERS_ADJ} teachers|{NEW_TEACHERS}) (?:(?:now|each|all|also) )*(?:ha(?:ve|d)|with) (?:a |an |their own )?"
               r"(?:[a-z-]+ ){0,3}?(?:mentors?\b|as (?:their|a) mentors?\b)"),
    # (young teachers helped, in a sentence or after one that pairs mentors with them: "15 pairs of mentor and apprentice
    # were formed, and 15 young teachers were helped")
    # (or teachers helped through the pairs, said after them: "17 teachers were helped through its mentoring pairs")
    Rule("teachers_mentored", ("15 pairs of mentor and apprentice were formed, and 15 young teachers were helped",),
         frame=r"\b(?:mentors?|apprentices?|mentees?|mentoring)\b",
         after=rf"^{NEW_TEACHERS_ADJ} teachers (?:were|have been|had been) (?:helped|guided|trained|coached)\b"),
    Rule("teachers_mentored", ('9 teachers were helped through its "blue and green" mentoring pairs',),
         after=rf"^(?:{NEW_TEACHERS_ADJ} )?teachers (?:were|have been|had been) (?:helped|guided|trained|coached) "
               r"(?:through|by|in) (?:its |the |their )?(?:[a-z\"“”-]+ ){0,4}?(?:mentoring|mentor|apprentice)"),
    # (or who grew under the members' guidance: "14 young teachers grew into backbone teachers under their guidance")
    Rule("teachers_mentored", ("9 young teachers became key teachers under the guidance of party members",
                               "6 new teachers passed their probation under their mentors' guidance"),
         after=rf"^{NEW_TEACHERS}[^.;]{{0,50}}?\bunder (?:their|the|our|its) (?:(?:[a-z]+'s?|party members'|members') )?"
               r"(?:guidance|mentoring|mentorship)\b(?! of (?!(?:the )?(?:party )?members\b))"),
    Rule("teachers_mentored", ("50 young teachers received mentoring",
                               "12 new teachers were paired with experienced party members as their mentors",
                               "8 young teachers were each assigned a mentor"),
         after=rf"^{NEW_TEACHERS_ADJ} teachers\b[^.;]{{0,30}}?\b(?:mentored|received (?:mentoring|guidance|help)|"
               r"(?:were|have been|had been) (?:each )?(?:paired (?:up )?with\b[^.;]{0,50}?\bmentors?|assigned (?:a |their )?"
               r"mentors?)\b)"),
    # pupils a branch formed relations of help with (结对帮扶关系): "established a one-to-one assistance relationship with 36
    # left-behind children"
    Rule("students_assisted", ("the branch has established a one-to-one assistance relationship with 36 left-behind children",),
         before=r"\b(?:established|formed|built|set up) (?:an? )?(?:[\"“]?(?:one-to-one|one-on-one|pairing)[\"”]? )?"
                r"(?:assistance|help|helping|"
                r"support|mentoring) (?:relationships?|relations|ties|pairs?) with\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (or help given for them, maybe one to one, or in pairs, as a translation says it: 'carried out "one-to-one" help for
    # 28 students with learning difficulties', 'carried out "pairing assistance" for 45 left-behind children')
    Rule("students_assisted", ('members carried out "one-to-one" help for 14 students with learning difficulties',
                               "the branch provided targeted assistance to 9 left-behind children",
                               'the branch carried out "pairing assistance" for 30 left-behind children',
                               "it asked its members to carry out one-on-one support for 25 pupils who struggle"),
         before=r"\b(?:carr(?:y|ies|ied) out|provided|provides|provide|gave|give|gives|offered|offers|offer)\s+[\"“]?"
                r"(?:(?:one-to-one|one-on-one|targeted|pairing)[\"”]?\s+)?(?:assistance|help|support)[\"”]?\s+(?:for|to)\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # pupils in need given money, each or between them: "gave 15 pupils from low-income families 300 yuan each"
    Rule("students_assisted", ("before the holiday the branch gave 15 pupils from low-income families 300 yuan each",),
         before=r"\b(?:gave|granted|awarded|paid)\s*$",
         after=rf"^(?:[a-z-]+ )?{_PUPILS_IN_NEED}[^.;]{{0,30}}?\b(?:\d[\d,]* yuan|grants?|bursar(?:y|ies)|stipends?|"
               r"subsid(?:y|ies)|allowances?)\b"),
    # pupils in need whose families members kept in touch with, by phone or visit: "rang or visited the families of all 20
    # pupils in need" (no count of visits: some were phoned)
    Rule("students_assisted", ("over the holiday members rang or visited the families of all 24 pupils in need",
                               "members phoned the families of 30 pupils who had no internet at home"),
         before=r"\b(?:phoned|rang|called|contacted)(?: or (?:visited|went to see))? the (?:families|homes|parents) of(?: all)?\s*$",
         after=rf"^(?:[a-z-]+ )?{_PUPILS_IN_NEED}"),
    # the people of a home of care the members spent time with: "spent a morning at the orphanage, doing crafts
    # games with 30 children" (or the young patients of a children's hospital: "spent the day at the children's hospital,
    # playing games with 20 young patients")
    Rule("volunteer_beneficiaries", ("six members spent a morning at the orphanage, doing crafts with 25 children",
                                     "five members spent New Year's Day at the children's hospital, playing games with 20 "
                                     "young patients",
                                     "three members spent the evening at the children's hospital, reading tales to 15 young "
                                     "patients"),
         frame=rf"(?:{CARE_HOME}|welfare home|children['’]s home|orphanage|children['’]s hospital)\b[^.;]*\b"
               r"(?:(?:playing(?: games)?|spending time|chatting|doing crafts|making dumplings) with|"
               r"(?:telling|reading) (?:stories|tales) to)\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|kids|residents|old people|older people|elderly people|seniors|patients)\b"),
    # the people of the homes of veterans or older people members were led to: "led 10 members and 20 pupils to the homes of
    # four veterans"
    # (or to a home of care: "the secretary led six members to the Lotus care home")
    Rule("volunteer_participants", ("the secretary led 8 members and 15 pupils of Elm School to the homes of three veterans",
                                    "the secretary led 7 members of Elm School to the Lotus care home"),
         before=r"\bled\s*$",
         after=r"^(?:party )?members(?: and (?:\d[\d,]*|[a-z-]+) (?:pupils|students|young pioneers))?(?: of [^.;,\d]{1,40}?)? "
               rf"(?:{_TO_THE_HOMES_OF_THE_OLD}|to (?:the |a )?(?:[a-z'’-]+ ){{0,2}}?{CARE_HOME})"),
    Rule("volunteer_beneficiaries", ("the secretary led 8 members and 15 pupils of Elm School to the homes of three veterans",),
         frame=r"\bled\b[^.;]{0,80}\bto the homes of\s*$",
         after=rf"^(?:[a-z-]+ )?{_THE_OLD_OR_VETERANS}"),
    # the members who took turns on a watch the sentence before told of, and the shifts it came to: "… have taken turns on
    # a night watch on the dyke. Twelve members have taken part, in 30 shifts."
    Rule("volunteer_participants", ("Members have kept a watch by the river. Twelve members have taken part, in 30 shifts.",),
         earlier=_A_WATCH,
         after=r"^(?:[a-z-]+ )?members (?:have |had )?(?:taken part|took part)\b"),
    Rule("volunteer_sessions", ("Members have kept a watch by the river. Twelve members have taken part, in 30 shifts.",),
         earlier=_A_WATCH, frame=r"\b(?:taken|took) part,?\s*in\s*$",
         after=r"^(?:[a-z-]+ )?shifts\b"),
    # the members who taught pupils in hospital, and the children they taught, the sentence before telling of the ward:
    # "… send member teachers to the ward to help sick pupils with their lessons. In June, three members taught
    # 9 children there."
    Rule("volunteer_participants", ("The branch sends member teachers to the hospital's children's ward to help patients with "
                                    "school work. In June, three members taught 7 children there.",),
         earlier=_TEACHING_ON_A_WARD,
         after=r"^(?:[a-z-]+ )?(?:members|member teachers) (?:taught|tutored|helped) (?:\d[\d,]*|[a-z-]+) (?:[a-z-]+ )?"
               r"(?:children|pupils|patients)\b"),
    Rule("students_assisted", ("The branch sends member teachers to the hospital's children's ward to help patients with "
                               "school work. In June, three members taught 7 children there.",),
         earlier=_TEACHING_ON_A_WARD,
         before=r"\b(?:members|member teachers) (?:taught|tutored|helped)\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|pupils|patients)\b"),
    # the retired teachers the branch keeps in touch with, all of whom the sentence after says were visited: "cares for its
    # 15 retired teachers. Before the festival the secretary called on each of them."
    Rule("staff_visited", ("The committee cares for its 15 retired teachers. Before the festival the secretary called on each of "
                           "them.",),
         after=r"^retired (?:teachers|staff|colleagues|members)\b",
         later=r"^[^.;]*\b(?:visited|called on) (?:all|each|every one) of them\b"),
    # a festival meal given the teachers who stay away from home, care of the staff: "hosted a lunch for the 8 colleagues far
    # from home"
    Rule("staff_visited", ("at New Year the branch hosted a lunch for its 8 colleagues who live far from home",),
         before=r"\b(?:held|hosted|gave|organi[sz]ed|laid on) (?:a |an )?(?:[a-z'’-]+ ){0,2}?(?:dinner|lunch|meal) for"
                r"(?: the| its| our)?\s*$",
         after=r"^(?:[a-z-]+ )?(?:teachers|staff|colleagues|members)\b[^.;]{0,60}?\b(?:not (?:going|able to go) home|"
               r"away from home|far from home|from other (?:provinces|cities))\b"),
    # gifts given to the school's support staff or its retired teachers: "handed presents to the school's 9 guards,
    # cleaners and canteen workers, and to 6 retired teachers living alone"
    Rule("staff_visited", ("members gave presents to the school's 9 security guards and cleaners, and to 4 retired teachers",),
         frame=rf"(?:{GIVEN_TO})\b[^.;]*$",
         before=rf"(?:{GIVEN_TO}(?: the (?:school|kindergarten)['’]s| its| our)?|,?\s*and to)\s*$",
         after=r"^(?:[a-z-]+ )?(?:retired (?:teachers|staff|members)|security guards|cleaners|canteen (?:workers|staff)|"
               r"support staff|caretakers|porters|gatekeepers)\b",
         # (not the badges of years in the Party given them at a ceremony: "presented 50-year badges to 3 retired members")
         not_before=r"\b(?:badges?|medals?|certificates?)\b[^.;,]{0,20}?\bto(?: the| its| our)?\s*$"),
    # the people whose eyes or teeth a free check was made of: "at a free screening, testing the eyes of
    # 210 children"
    Rule("volunteer_beneficiaries", ("at a free screening day members were testing the eyes of 150 children",),
         frame=r"\bfree\b[^.;]*$",
         before=rf"\b(?:checking|checked|testing|tested|measuring|measured) the (?:eyesight|eyes|teeth|hearing|blood pressure) "
                rf"of(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|kids|residents|villagers|people|seniors|older people|elderly people|pupils|students)\b"),
    # the members who act as reading buddies or the like for children of a village or in need: "15 members … are acting as
    # reading buddies for 30 left-behind children in the village"
    Rule("volunteer_participants", ("this summer 12 members of Elm School are serving as pen pals for 25 left-behind children",),
         after=r"^(?:party )?(?:members|member teachers)\b(?: of [^.;,\d]{1,50}?)? (?:are |were |have been )?(?:acting|act|acted|"
               r"serving|served) as (?:[a-z\"“”-]+ ){0,3}?(?:buddies|parents|mentors|tutors|guardians|friends|pen pals) for "
               r"(?:\d[\d,]*|[a-z-]+) (?:[a-z-]+ )?(?:left-behind|village|migrant|rural)\b"),
    # staff away on leave for a birth or an illness, visited: "called on 3 teachers on sick leave"
    Rule("staff_visited", ("the branch visited 5 women teachers on maternity leave", "members called on 3 teachers on sick leave"),
         before=r"\b(?:visited|called on|went to see)\s*$",
         after=r"^(?:[a-z-]+ )?(?:teachers|staff|colleagues|staff members) on (?:maternity|sick|long-term sick|medical) leave\b"),
    # the members who did a volunteer service the sentence before told of, and the shifts they did: "… have volunteered at
    # the crossing. So far 12 members have done 40 shifts."
    Rule("volunteer_participants", ("Members have volunteered at the crossing. So far 12 members have done 40 shifts.",),
         earlier=_A_SERVICE_OR_WATCH,
         after=r"^(?:[a-z-]+ )?members (?:have |had )?(?:done|did|worked|taken|took) (?:\d[\d,]*|[a-z-]+) (?:[a-z-]+ )?shifts\b"),
    Rule("volunteer_sessions", ("Members have volunteered at the crossing. So far 12 members have done 40 shifts.",),
         earlier=_A_SERVICE_OR_WATCH,
         before=r"\bmembers (?:have |had )?(?:done|did|worked|taken|took)\s*$", after=r"^(?:[a-z-]+ )?shifts\b"),
    # pupils a branch keeps files on for help (建档): "set up files for 18 children from families in difficulty"
    Rule("students_assisted", ("the branch set up files for 18 children from families in difficulty",),
         before=r"\b(?:set up|established|built|created|opened) (?:help |assistance )?(?:files|records|archives|profiles) for\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # something given to pupils is help: "donated books to 40 pupils" (or to their families: "donated 9,000 yuan to the
    # families of 14 pupils")
    # (children being treated in a hospital given something are its patients, people served, not pupils helped: "brought
    # jigsaws to children in hospital")
    Rule("volunteer_beneficiaries", ("four members brought jigsaws to 15 children in hospital in the town",),
         before=rf"{GIVEN_TO}\s*$",
         after=r"^(?:[a-z-]+ )?(?:children|kids|patients)\b[^.;,]{0,20}?\b(?:being treated|in hospital|at (?:the |a )?"
               r"[^.;,]{0,30}?\bhospital)\b"),
    Rule("students_assisted", ("donated school bags to 40 needy pupils", "sent winter clothes to 12 children",
                               "brought books and stationery to 15 students from poor families",
                               "the members donated 6,000 yuan to the families of 9 pupils hit by the storm",
                               "members gathered 40 sets of books and took them to the 40 pupils of Hill Village School"),
         # (the school's own, said so: "gave winter coats to the school's 19 pupils in need"; or those of a place, "the")
         before=rf"{GIVEN_TO}(?: the (?:families|homes|parents) of)?(?: the (?:school|kindergarten)['’]s| its| our| the)?\s*$",
         # (not words given, a talk to them: "they gave 12 talks on the school's past to 1,300 pupils"; nor lessons taught to
         # them: "the team gave 20 lessons to about 150 pupils")
         not_before=r"\b(?:talks?|lectures?|speech(?:es)?|presentations?|reports?|lessons?|classes)\b[^.;]{0,30}\bto\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (the things given listed with commas, which the window before a count does not reach past: "gave scarves, mittens and
    # gloves to 37 pupils")
    Rule("students_assisted", ("the members gave scarves, gloves and hats to 25 pupils from poor families",),
         frame=r"\b(?:donated|gave|presented|sent|delivered|distributed|brought|handed out)\b [^.;]{0,60}?,[^.;]{0,40}?\bto\s*$",
         not_before=r"\b(?:talks?|lectures?|speech(?:es)?|presentations?|reports?|lessons?|classes)\b[^.;]{0,30}\bto\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # the households of the public given something, said before what they got: "the branch gave 40 households food parcels"
    Rule("volunteer_beneficiaries", ("after the storm the branch gave 40 households food parcels",
                                     "members brought 25 older residents winter quilts"),
         before=r"\b(?:gave|give|gives|giving|sent|brought|delivered)\s*$",
         after=r"^(?:[a-z-]+ )?(?:families|households|residents|villagers|older (?:people|residents)|elderly (?:people|residents)|"
               r"seniors) (?:[a-z-]+ ){0,2}?(?:food parcels|parcels|packages|supplies|gifts|coats|quilts|blankets|bags of rice|"
               r"rice and oil)\b"),
    # (or the homes cleaned for them after a disaster the sentence before told of: "… to help clear mud from homes. Over
    # three days they cleaned 45 homes.")
    Rule("volunteer_beneficiaries", ("After the flood members went to help in the village. Over two days they cleaned 30 homes.",),
         earlier=r"\b(?:floods?|flooded|flooding|storms?|typhoons?|earthquakes?|landslides?|mudslides?)\b",
         before=r"\b(?:cleaned|cleared|cleaned out|mucked out|dug out|repaired|tidied)(?: up)?\s*$",
         after=r"^(?:[a-z-]+ )?(?:homes|houses|households|flats)\b"),
    # (or in the sentence of the disaster, mud cleared from them: "after the typhoon 15 members shovelled silt out of 19
    # houses")
    Rule("volunteer_beneficiaries", ("after the typhoon 15 members shovelled silt out of 19 houses in Pine Village",),
         frame=rf"{_A_DISASTER}[^.]*$",
         before=r"\b(?:cleaning|cleaned|clearing|cleared|shovell?ing|shovell?ed) (?:the )?(?:mud|silt|debris|sludge) "
                r"(?:from|out of)\s*$",
         after=r"^(?:[a-z-]+ )?(?:homes|houses|households|flats|shops)\b"),
    # (or older people or residents given a haircut, a check or a clean: "they cut hair for 20 old people")
    Rule("volunteer_beneficiaries", ("at the care home they cut hair for 16 old people", "members gave free haircuts to 30 villagers"),
         before=rf"\b(?:cut (?:the )?hair (?:for|of)|gave (?:free )?haircuts to|(?:measured|checked|took) (?:the )?blood pressure "
                rf"(?:of|for)|cleaned (?:the )?(?:rooms|homes|houses) (?:of|for))(?: {QUALIFIER})?\s*$",
         after=r"^(?:[a-z-]+ )?(?:old people|older people|elderly people|elderly residents|older residents|residents|seniors|"
               r"villagers|neighbou?rs|people)\b"),
    # (or the people of an event who were handed something: "handed out water to 2,000 runners")
    Rule("volunteer_beneficiaries", ("at the race, members handed out water to more than 1,500 runners",),
         before=rf"\b(?:handed out|gave out|passed out|served)\b[^.;]{{0,30}}?\bto(?: {QUALIFIER})?\s*$",
         not_before=r"\b(?:leaflets?|flyers?|brochures?|booklets?|pamphlets?|cards?)\b[^.;]{0,20}\bto(?: [a-z ]+)?\s*$",
         after=r"^(?:[a-z-]+ )?(?:runners|passers-by|commuters|passengers|travell?ers|visitors|spectators|pedestrians|drivers|"
               r"cyclists|walkers)\b"),
    # (the money raised from people counted first: "raised 36,000 yuan from its 54 members and teachers for the families of
    # 14 pupils whose homes were damaged")
    Rule("students_assisted", ("the branch raised 9,000 yuan from 30 members for the families of 6 pupils hit by the flood",),
         frame=r"\b(?:raised|raising|donated|collected)\b[^.;]{0,80}$", before=r"\bfor (?:the )?(?:families|homes|parents) of\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b"),
    # (and the pupils' families the members then visited, each of them: "Members also visited each of the 14 families.")
    Rule("home_visits", ("The branch raised money for the families of 6 pupils. Members also visited each of the 6 families.",),
         earlier=rf"\b{STUDENTS}\b", before=r"\bvisited (?:each|all|every one) of the\s*$", after=r"^(?:[a-z-]+ )?families\b"),
    # (or a holiday camp run for children in need, which the sentence says they are: "ran a summer camp for 80 children
    # from village schools, many of them left behind")
    Rule("students_assisted", ("ran a week-long summer camp for 80 children, many of them left behind by migrant parents",),
         before=r"\b(?:ran|run|runs|held|organi[sz]ed|hosted)\s+(?:a |an )?(?:[a-z-]+ ){0,2}?(?:summer|winter|holiday) "
                r"(?:camp|class|school)s? for\s*$",
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b[^.;]{{0,80}}\b(?:left[- ]behind|migrant|poor|low-income|needy|disadvantaged|"
               r"in difficulty|herding|village|rural)\b"),
    # (their grade may be said before them: "giving free tutoring to 56 Grade 9 pupils")
    Rule("students_assisted", ("held free tutoring classes for 30 pupils", "gave 20 tutoring sessions to 45 students",
                               "members are giving free tutoring to 40 Grade 8 pupils",
                               "providing after-school care for 60 children of migrant workers",
                               "members ran a reading club for 40 children of migrant workers",
                               "members run a Saturday homework club for the 18 children whose parents work in the cities"),
         before=rf"{TUTORED}\s*$", after=rf"^(?:(?:grade|year) \d{{1,2}} )?(?:[a-z-]+ )?{STUDENTS}\b"),
    Rule("students_assisted", ("45 students helped by party members", "in all, 28 pupils have received help",
                               "more than 300 students have benefited from the tutoring program",
                               "12 left-behind children were given tutoring", "nearly 90 pupils were helped by members",
                               "63 left-behind children received regular tutoring and care",
                               "a total of 46 students have been paired and assisted",
                               "Pupils given one-to-one tutoring: 40", "Service: 120 students from poor families helped",
                               "Children in difficulty assisted: 35",
                               "12 pupils who had fallen behind were tutored by members after school",
                               "at the village school, 30 children there received weekly tutoring from members"),
         # (where they are from may be said first: "students from low-income families helped")
         # (or who they are: "16 pupils who had fallen behind were tutored by members"; or where: "30 children there")
         after=rf"^(?:[a-z-]+ )?{STUDENTS} (?:from [^.;,\d]{{1,40}}? |who (?:had |have )?[^.;,\d]{{1,30}}? |there |here |"
               r"in (?:need|difficulty|hardship) )?"
               r"(?:(?:(?:have |has |had )?(?:been )?|(?:were|are|was|is) )(?:paired (?:up )?and )?"
               r"(?:helped|assisted|supported|aided|tutored)|"
               rf"{GOT_HELP}|"
               r"(?:have |has |had )?benefited from (?:the |a |an |our |its )?[^.;]{0,30}?\b(?:tutoring|assistance|"
               r"help|support|aid|mentoring|pairing))\b"),
    # pupils each matched with a member: "85 students judged to need support were each matched with a member teacher"
    Rule("students_assisted", ("40 pupils judged to need help with reading were each matched with a member teacher",
                               "26 left-behind children have been paired with party members"),
         after=rf"^(?:[a-z-]+ )?{STUDENTS}\b(?: (?:judged|found|identified|thought|considered|assessed|who) [^.;,\d]{{1,30}}?)?"
               r" (?:were|are|have been|had been) (?:each )?(?:paired|matched) (?:up )?with (?:a |an |one |their )?"
               r"(?:party )?(?:member|mentor|teacher)"),
    # "paired 15 party members with 30 students": the pupils the members are paired with
    Rule("students_assisted", ("the branch has paired 12 party members with 25 pupils from poor families",
                               "the scheme now pairs 9 member teachers with 9 pupils who struggle with maths",
                               # (the pupils' year group may be named: "with 30 Year 4 pupils", "with 12 grade 7 students")
                               "this term the club pairs 11 members with 25 Year 2 children who are slow readers"),
         before=r"\bpair(?:ed|s)? (?:up )?[^.;]{0,40}\bwith\s*$",
         after=rf"^(?:[a-z-]+ )?(?:(?:year|grade|form|class) \d{{1,2}} )?{STUDENTS}\b"),
    # the number of pupils helped, said to reach a count: "the number of students helped reached 80"
    Rule("students_assisted", ("each member helps several pupils, and the number of students helped reached 75",),
         before=the_number_of(rf"{STUDENTS} (?:helped|assisted|supported|tutored|paired|aided)")),
    # the people helped at each session, no count of all of them: "they have served 12 times, helping about 40 children each
    # time"
    Rule(None, ("Members have served at the homework corner 12 times, helping about 40 children each time.",),
         after=rf"^(?:[a-z-]+ )?(?:{STUDENTS}|people|residents|families|villagers)\b[^.;,]{{0,20}}? (?:each|every|per) "
               r"(?:time|session|visit)\b", name="a count of each session"),
    Rule("students_assisted", ("helped 35 needy students", "signed up to tutor 40 left-behind children",
                               "members ran tutoring sessions, helping 45 pupils",
                               "party members were paired with 18 pupils", "teachers paired up with 12 pupils",
                               "over the term members tutored a total of 30 pupils",
                               # (some of the pupils the text has told of: "members help 20 of these children each week")
                               "members help 20 of these children each week"),
         before=rf"\b{HELPED}(?: a total of| in all)?\s*$",
         after=rf"^(?:of (?:these|those|the|its|our) )?(?:[a-z-]+ )?{STUDENTS}\b",
         not_after=rf"{_HELPED_ACROSS}|{_HELPED_AT_A_TASK}"),
    # (or some of the pupils the sentence counted before: "it found 60 pupils who were falling behind; members tutored 41 of
    # them")
    Rule("students_assisted", ("it found 60 pupils who were falling behind; members tutored 41 of them",),
         before=rf"\b{HELPED}\s*$", after=r"^of (?:them|these|those)\b",
         frame=rf"\d[\d,]* (?:[a-z-]+ )?{STUDENTS}\b[^.]{{0,80}}?\b{HELPED}\s*$"),
    # households of the public helped are people served: "pairing with 25 poor households" (a family of pupils
    # is the pupils')
    Rule("volunteer_beneficiaries", ("members paired with 25 poor households in the village", "helped 12 needy families"),
         before=rf"\b{HELPED}\s*$", after=r"^(?:poor |needy |low-income |[a-z-]+ )?(?:households|families)\b(?! of)"),
    Rule("staff_visited", ("visited 6 retired teachers", "visited 12 retired old party members",
                           "visited 4 retired party members", "paid visits to 8 retired teachers",
                           "visited and expressed condolences to 23 retired teachers",
                           "the secretary led a group to visit 5 elderly party members who had retired",
                           "the secretary led the committee in visiting 8 retired members",
                           "before the Spring Festival the branch sent warmth to 7 teachers in difficulty",
                           "the branch gave condolences to 12 old party members",
                           "before the holiday the branch visited the school's 15 retired teachers",
                           "the committee visited 11 retired and sick members at home",
                           "Fourthly, condolence to 12 retired teachers", "we visited 14 retired or sick colleagues",
                           'the branch held "warm hearts" activities at the new year, visiting 9 retired teachers',
                           "since 2020 the branch has visited a total of 40 person-times of retired teachers",
                           "the committee visited all 19 of the school's retired party members",
                           "the secretary called on all six of the kindergarten's retired teachers",
                           "before the festival two members visited the kindergarten's 8 retired teachers"),
         # (they may be said whose: "visited the school's 42 retired teachers")
         # (or as a translation's noun, opening its clause: "Fourthly, condolence to 15 retired teachers")
         before=r"\b(?:visited|visiting|to visit|condoled(?: with)?|(?:paid|made|led) (?:condolence )?visits to|called on|"
                r"(?:^|[,;:]\s*)condolences? to|"
                r"went to see|(?:sent|gave|offered|extended|expressed) (?:warmth|greetings|condolences|festival greetings) to|"
                r"expressed (?:their )?(?:condolences|sympathy|sympathies) to)"
                r"(?:\s+(?:the school's|the branch's|the kindergarten's|its|our|all(?: the| of the)?|the|a total of))?\s*$",
         # (two of the words may be said: "called on 11 sick or retired colleagues")
         # (or counted in person-times, as a translation says 人次: "visited a total of 40 person-times of retired teachers")
         # (or all of them, said as whose: "visited all 19 of the school's retired party members")
         after=rf"^(?:person-times (?:of )?(?:the )?)?(?:of (?:the (?:school|branch|kindergarten|college)['’]s|its|our|the) )?"
               rf"(?:(?:retired|sick|ill|elderly|old)(?: (?:or|and) (?:retired|sick|ill|elderly|old))? )?{STAFF}\b"),
    # (or some of the staff just counted, who were ill: "took rice to its 20 retired staff and called on 4 of them who were
    # ill")
    Rule("staff_visited", ("the branch took rice and oil to its 20 retired staff and called on 4 of them who were ill",),
         frame=rf"\b{STAFF}\b[^.;]*\b(?:visited|called on)\s*$",
         after=r"^of them (?:who (?:were|are) )?(?:in hospital|ill|sick|unwell)\b"),
    # (or the families of colleagues in hospital or ill: "called on the families of three colleagues who were ill")
    Rule("staff_visited", ("members visited the families of three colleagues who were ill",),
         before=r"\b(?:visited|visiting|to visit|called on) the (?:families|homes) of\s*$",
         after=r"^(?:colleagues|teachers|staff members)\b (?:in hospital|who (?:were|are) (?:ill|sick|in hospital))\b"),
    # (or counted on a line of visits: "Visits: 6 retired teachers, 3 teachers in hospital")
    Rule("staff_visited", ("Visits: 6 retired teachers, 3 teachers in hospital",),
         frame=r"\bvisits?\s*:[^.;:\n]*$", after=rf"^(?:retired |sick |elderly |old )?{STAFF}\b"),
    # (or visited, in the passive: "30 retired members and staff in difficulty were visited before the Spring Festival")
    Rule("staff_visited", ("20 retired teachers and sick colleagues were visited before the holiday",),
         after=rf"^(?:retired |sick |elderly |old )?(?:{STAFF}|members|party members)\b[^.;\d]{{0,40}}?\b(?:were|have been|had been) "
               r"(?:visited|called on|given condolences)\b"),
    # (or the next of those visited, listed: "visited 9 sick teachers and 6 retired party members")
    Rule("staff_visited", ("the secretary visited 9 teachers who were ill and 6 retired party members",),
         # (not a clause of their own after a comma: "visited 9 retired teachers, and 5 teachers took part")
         frame=rf"\b(?:visited|to visit|in visiting)\s+\d[\d,]*\s+(?:[a-z-]+\s+){{0,2}}?{STAFF}\b[^.;,\d]{{0,40}}?\band\s*$",
         after=rf"^(?:retired |sick |elderly |[a-z-]+ )?{STAFF}\b",
         not_after=rf"^(?:[a-z-]+ )?{STAFF}\b (?:took part|participated|joined|attended|went|came)\b"),
    # visits made to staff, counted: "the branch has made 36 visits to staff in difficulty and veteran members"
    # (or said to have been visited, one kind of them listed before another: "18 retired teachers and 6 teachers in
    # difficulty were visited")
    # (or, as a line's item, with no verb of being: "Care: 6 retired teachers and 4 teachers in difficulty visited.")
    Rule("staff_visited", ("during the Spring Festival 14 retired teachers and 5 teachers in difficulty were visited",
                           "Care: 5 retired teachers and 2 teachers in difficulty visited.",
                           # (or set off by a comma, with when: "Whom we cared for: 6 retired teachers, visited at the
                           # Spring Festival")
                           "Whom we cared for: 6 retired teachers, visited at the Spring Festival"),
         after=rf"^(?:retired |sick |elderly )?{STAFF}\b(?: in (?:difficulty|need))?(?: and (?:\d[\d,]*|[a-z]+) (?:[a-z-]+ )?"
               rf"{STAFF}\b(?: in (?:difficulty|need))?)? (?:(?:were|have been|had been) (?:visited|condoled|called on)\b|"
               r"visited\s*(?:[.;]|$))|"
               rf"^(?:retired |sick |elderly )?{STAFF}\b(?: in (?:difficulty|need))?, (?:each |all )?visited (?:at|in|on|during|before)\b"),
    Rule("staff_visited", ("So far this year the branch has made 36 visits to staff in difficulty and veteran members.",
                           "Visits to retired and sick staff: 12"),
         after=rf"^(?:condolence )?visits to (?:[a-z-]+ (?:and |or ))?(?:[a-z-]+ )?{STAFF}\b"),
    # the next of the people visited, listed with "and": "visited 9 retired teachers and 5 teachers in difficulty"
    Rule("staff_visited", ("the branch visited 9 retired teachers and 5 teachers in difficulty",
                           "it paid visits to 8 retired teachers and 3 teachers in difficulty",
                           "the secretary led visits to 5 staff members in difficulty, 3 retired members and 2 sick teachers",
                           "the committee visited 4 teachers who were ill, as well as 6 retired members",
                           "Fourthly, condolence to 12 retired teachers and 4 teachers in difficulty"),
         frame=r"\b(?:visited|visiting|condoled(?: with)?|(?:paid|made|led) (?:condolence )?visits to|called on|condolences? to)\s+"
               r"\S+\s+[^.;]{0,80}?"
               r"(?:\band|,|\bas well as)\s*$",
         before=r"^and\s*$|\band\s*$|,\s*$|^\s*$|^as well as\s*$",
         # (not people who did something, in a clause of their own: "…, and 5 teachers took part")
         after=rf"^(?:[a-z-]+ )?{STAFF}\b(?!\s+(?:took|were|was|have|has|had|joined|came|attended|participated|did|gave|"
               r"helped|went|visited))"),
    # (lessons new teachers give to show what they learnt are no members' demonstration lessons: "the apprentices
    # had given 27 open lessons")
    # (nor those they gave with their mentors: "Mentors and mentees together gave 96 open lessons", "the pairs gave 40 open
    # lessons together")
    # (or those of the pairs told before, in them: "Mentoring: 12 pairs; the new teachers in them gave 20 open lessons")
    Rule(None, ("the apprentices had given 27 open lessons", "young teachers gave 16 open classes",
                "mentors and mentees together gave 40 open lessons", "in 2023 the mentoring pairs gave 30 open lessons together",
                "the young teachers in them gave 20 open lessons"),
         frame=r"\b(?:apprentices|mentees|new teachers|young teachers|novice teachers|(?:the|these|our) (?:mentoring )?pairs)"
               r"(?: in (?:them|these pairs|the pairs|the scheme))?(?: and their mentors)? "
               r"(?:(?:together|between them|jointly) )?(?:had |have |has )?(?:also )?"
               r"(?:given|gave|give|taught|teach|delivered|deliver|held|hold|presented)\s*$",
         after=r"^(?:open|report|demonstration) (?:lessons|classes)\b", name="new teachers' lessons"),
    # (the lessons named in the clause before, then how many: "three members gave demonstration lessons, 6 lessons in all")
    Rule("demo_lessons", ("four members gave demonstration lessons at county level, 9 lessons in all",
                          "each member teacher will give one open lesson — 31 lessons in all"),
         # (or after a dash: "every member teacher will give one open lesson — 27 lessons in all")
         frame=r"\b(?:(?:gave|delivered|taught|opened|held|give|deliver|teach|hold)\s+)?(?:demonstration|model|open|public) "
               r"(?:lessons?|classes)\b[^.;]{0,40}(?:,|\s[—–])\s*$",
         after=r"^(?:(?:demonstration )?(?:lessons|classes) )?(?:in all|in total|altogether)\b", quotes_frame=True),
    # (two kinds joined: "gave 210 open and demonstration lessons")
    Rule("demo_lessons", ("12 demonstration lessons", "gave 15 open demonstration lessons", "teachers opened 40 public classes",
                          "member teachers have given 90 open and demonstration lessons"),
         after=r"^(?:open )?(?:(?:demonstration|model|open|public) (?:and|or) )?(?:demonstration|model|open|public) (?:lessons|classes)\b"),
    # (or one at a rate: "member teachers will give a demonstration lesson there every month")
    Rule("demo_lessons", ("member teachers will give a demonstration lesson there every month",),
         after=r"^(?:open )?(?:demonstration|model|open|public) (?:lesson|class)\b[^.;]{0,20}?\b(?:every|each|a) "
               r"(?:month|week|term|semester)\b"),
    # (or their total after the members who gave them: "23 members delivered open lessons, 41 in all")
    Rule("demo_lessons", ("In the spring term, 15 members gave demonstration lessons, 26 in all.",),
         frame=r"\b(?:gave|delivered|taught|opened|held)\s+(?:open |demonstration |model |public )+(?:lessons|classes)\s*,\s*$",
         after=IN_TOTAL, quotes_frame=True),
    # (a kindergarten's lessons are activities: "they gave 18 demonstration activities", 示范活动)
    Rule("demo_lessons", ("the kindergarten teachers gave 18 demonstration activities",
                          "party member teachers have opened 11 demonstration activities for colleagues"),
         before=r"\b(?:gave|give|giving|taught|delivered|presented|opened|held)\s*$", after=r"^(?:open )?demonstration activities\b"),
    # (or lessons taken to other schools, as teaching is sent to the countryside: "sent 45 lessons to rural kindergartens")
    Rule("demo_lessons", ("members sent 30 lessons to village schools", "teachers delivered 12 quality lessons to rural schools"),
         before=r"\b(?:sent|sending|delivered|delivering|took|taking|brought|bringing)(?: a total of)?\s*$",
         after=r"^(?:[a-z-]+ )?(?:lessons|classes) to (?:[a-z-]+ ){0,3}?(?:schools?|kindergartens?|villages?|classrooms?)\b"),
    # (or the lessons the sentence before named so: "… watch demonstration lessons by members. Nine lessons were given.")
    Rule("demo_lessons", ("Parents watched demonstration lessons given by members. Nine lessons were given in all.",),
         earlier=r"\b(?:demonstration|model|open) (?:lessons|classes)\b",
         after=r"^(?:such )?(?:lessons|classes) (?:were|have been|had been) (?:given|taught|delivered|held)\b"),
    # (or given by them: "… travelled to the village school to give model lessons. They gave 9 lessons in two days.")
    Rule("demo_lessons", ("Five members went to the village school to give model lessons. They gave 8 lessons in all.",),
         earlier=r"\b(?:give|gave|giving|deliver|delivered|teach|taught) (?:[a-z-]+ )?(?:demonstration|model) (?:lessons|classes)\b",
         before=r"\b(?:they|the members|the teachers|we) (?:gave|delivered|taught|held)\s*$", after=r"^(?:lessons|classes)\b"),
    # the lectures of others, the verb and its noun left out: "the secretary gave 4 Party lectures and branch secretaries 12"
    Rule("party_lectures", ("the committee secretary gave 4 Party lectures and branch secretaries 12.",
                            "The secretary will give 1 party lecture and branch committee members 2."),
         frame=r"\b(?:gave|give|gives|will give) (?:\d+|[a-z]+) party (?:lectures?|classes|class|lessons?)\b[^.;]{0,10}?\band "
               r"(?:the )?(?:[a-z-]+ )?(?:secretar(?:y|ies)|members|teachers|committee members)\s*$",
         after=r"^\s*(?:[.;,]|$)"),
    # a field of lectures alone in a list of the branch's numbers: "Members: 40. Activists: 5. Lectures: 4."
    Rule("party_lectures", ("Members: 40 (38 full, 2 probationary). Activists: 5. Lectures: 4.",),
         earlier=r"\b(?:members|activists|admitted|theme party days)\b[^.]*:\s*\d[\d,]*\W*$", before=r"(?:^|[.;|]\s*)lectures:\s*$",
         after=r"^lectures\s*(?:[.;,|)]|$)"),
    # a field of party lectures broken down by who gave them: "Party lectures: 2 by the secretary, 3 by committee members
    # and 6 micro-lectures by members" (micro-lectures among them are party lectures, as 微党课 are)
    Rule("party_lectures", ("Party lectures: 2 by the secretary, 3 by committee members and 6 micro-lectures by members",),
         frame=r"\bparty lectures\s*:[^.;\n]*$",
         after=r"^(?:(?:micro-?lectures|micro party lectures|micro-lessons) )?by\b|^(?:micro-?lectures|micro party lectures)\b"),
    Rule("micro_lessons", ("200 micro-lessons", "recorded 20 micro-lectures", "recorded 36 online micro-lessons"),
         after=r"^(?:(?:online|video|short) )?micro[- ]?(?:lessons|courses|classes|lectures)\b"),
    # (lessons recorded on video are micro-lessons: "members recorded 30 short video lessons for pupils at home")
    Rule("micro_lessons", ("members recorded 30 short video lessons for pupils", "recorded 12 online lessons"),
         before=r"\b(?:recorded|filmed|made|produced)\s*$",
         after=r"^(?:short )?(?:video|online|recorded) (?:lessons|classes|courses|lectures)\b"),
    # (some of the school's whole, led by members: "members lead 7 of the school's 12 research projects"; the whole is the
    # school's, no figure of its members)
    Rule("research_projects", ("members lead 7 of the school's 12 district-level research projects",),
         after=r"^of (?:the (?:school|kindergarten)['’]s|its|our|their) (?:\d[\d,]*|[a-z-]+) (?:[a-z-]+ (?:(?:and|or) [a-z-]+ )?)?"
               r"research (?:projects|topics|subjects)\b"),
    Rule(None, ("of the school's 12 research projects, members lead some",),
         before=r"\bof (?:the (?:school|kindergarten)['’]s|its|our|their)\s*$",
         after=r"^(?:[a-z-]+ (?:(?:and|or) [a-z-]+ )?)?research (?:projects|topics|subjects)\b", name="the school's whole"),
    Rule("research_projects", ("3 research projects", "undertook 15 provincial and municipal research topics",
                               "members led 6 district or city research projects"),
         after=r"^(?:[a-z-]+ (?:(?:and|or) [a-z-]+ )?)?research (?:projects|topics|subjects)\b"),
    # (or a research group's projects: "the branch's research team on moral education finished 3 city-level projects")
    Rule("research_projects", ("the branch's research team on moral education finished 3 city-level projects",),
         frame=r"\bresearch (?:group|team|studio)\b",
         after=r"^(?:[a-z]+-level |provincial |municipal |city |district |county |national )?projects\b"),
    # (one party group, not a party group's meetings: "4 party group meetings")
    # a total after a colon, the event named before it: "held its theme party day on the first Friday of every month:
    # 12 in all"
    Rule("theme_party_days", ("the branch held its theme party day on the first Friday of every month: 12 in all",),
         frame=r"\btheme (?:party )?days?\b[^.;:]{0,60}:\s*$", after=r"^(?:in all|in total|altogether)\b"),
    # (or after a semicolon, in all so many held: "each branch held a theme party day every month; in all 36 were held")
    # (or so many the whole body counted: "…; altogether the general branch recorded 36")
    Rule("theme_party_days", ("each branch held a theme party day every month; in all 36 were held",),
         frame=r"\btheme (?:party )?days?\b[^.;:]{0,60};\s*(?:in all|in total|altogether),?\s*$",
         after=r"^(?:were|have been|had been) held\b"),
    Rule("theme_party_days", ("every branch holds a theme party day each month; altogether the general branch recorded 36",),
         frame=r"\btheme (?:party )?days?\b[^.;:]{0,60};\s*(?:in all|in total|altogether),? (?:the (?:committee|general branch|"
               r"school|branches)|we|it) (?:counted|held|recorded|had)\s*$",
         after=r"^\s*(?:[.;,]|$)"),
    Rule("party_lectures", ("members attended the secretary's party lecture each quarter: 4 in all",),
         frame=r"\bparty (?:lectures?|lessons?|classes)\b[^.;:]{0,60}:\s*$", after=r"^(?:in all|in total|altogether)\b"),
    # (something of each of the groups is no total: "each of the 4 groups held 2 or 3 study meetings")
    Rule("party_groups", ("each of the 4 groups held 2 or 3 study meetings",),
         before=r"\beach of (?:the|its|our)\s*$", after=r"^(?:party )?groups\b"),
    # (the groups there were before a split are none, those after it are: "split its three groups into five")
    Rule(None, ("this term the committee split its three groups into smaller ones",),
         before=r"\bsplit (?:its|the|their|our)\s*$", after=r"^(?:party )?groups into\b", name="the groups before a split"),
    Rule("party_groups", ("this term the committee split its three groups into five",),
         before=r"\bsplit (?:its|the|their|our) (?:\d+|[a-z]+) (?:party )?groups into\s*$", after=r"^\s*(?:[.;,]|$)"),
    # (or the groups a branch's members are in: "the branch now has 27 members in three groups")
    # (or the groups it has, counted before its members: "the branch now has 4 groups and 33 members")
    Rule("party_groups", ("the branch now has 4 groups and 31 members",),
         before=r"\b(?:the branch|it|the committee) (?:now |currently )?(?:has|had)\s*$",
         after=r"^(?:party )?groups and (?:\d[\d,]*|[a-z-]+) (?:party )?members\b"),
    Rule("party_groups", ("the branch now has 27 members in three groups",),
         before=r"\b(?:branch|committee)\b[^.;,]{0,20}?\b(?:has|had|counts|numbers) (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) "
                r"(?:party )?members (?:in|across)\s*$",
         after=r"^groups\b"),
    # the events held at a rate, counted so far after it, set off by a comma: "has held a theme Party day every month, nine
    # so far"
    *(Rule(indicator, (example,),
           frame=rf"\b{event}\b[^.;]*\b(?:every|each) (?:(?:other|second) )?(?:month|week|fortnight|term)\b[^.;]*,\s*$",
           after=r"^(?:so far|to date|in all|in total|altogether|this year)\b")
      for indicator, event, example in (
          ("study_sessions", r"(?:group |collective )?study (?:sessions?|meetings?)",
           "the committee has met for a study session each fortnight, ten to date"),
          ("theme_party_days", r"theme (?:party )?days?", "the branch has held a theme Party day every month, nine so far"),
          ("party_lectures", r"party (?:lectures?|lessons?)", "the secretary has given a Party lecture every term, five to date"))),
    # the meetings of study held at a rate, counted after a comma: "meet every Monday to study the Party's history, 20
    # meetings so far"
    Rule("study_sessions", ("this term the three groups meet every Monday to study the Party's history, 40 meetings in total",),
         frame=r"\b(?:met|meet|meeting)\b[^.;]*\bto study\b[^.;]*,\s*$",
         after=r"^(?:group |party group |study )?meetings (?:in all|in total|altogether|so far)\b"),
    Rule("party_lectures", ("this spring the principal gave one Party lecture, and the deputy secretary held another two",),
         frame=r"\bparty (?:lectures|lessons)\b[^.;]*\b(?:gave|held|delivered) (?:a further|another)\s*$",
         after=r"^\s*(?:[.;]|$)"),
    Rule("party_groups", ("3 party groups", "the branch has 22 members and one party group"),
         after=r"^party groups\b(?!\s+(?:meetings?|activities|leaders?|sessions?)\b)|"
               r"^party group\b(?!\s+(?!(?:and|or|in|of|under|with)\b)[a-z])"),
    # branches honoured are honours, not how many there are
    Rule(None, ("three branches were named model branches", "2 party branches have been rated advanced"),
         after=r"^(?:party )?branch(?:es)? (?:were|was|have been|has been|had been) (?:named|awarded|rated|recogni[sz]ed|"
               r"honou?red|commended|selected)\b", name="organizations honoured"),
    # (or whom the sentence honours as something: "the committee honoured 3 branches as model branches")
    Rule(None, ("the committee honoured 3 branches as model branches", "the school named two branches as pioneer branches"),
         before=r"\b(?:honou?red|commended|named|rated|recogni[sz]ed|selected)\s*$",
         after=r"^(?:party )?branch(?:es)? as\b", name="organizations honoured"),
    # (general branches, 党总支, stand between a committee and its branches: they are not branches)
    Rule(None, ("the committee has 3 general branches",), after=r"^general (?:party )?branch(?:es)?\b",
         name="general branches"),
    # ("one branch with 20 members"; a singular "branch" before another noun says what kind of thing is counted:
    # "12 branch study sessions")
    # (the branches' theme party days are theme party days: "30 branch theme party days")
    Rule("theme_party_days", ("Study: 6 theory study group sessions; 30 branch theme Party days",),
         after=r"^(?:party )?branch(?:-level)? (?:themed? |thematic )(?:party )?days?\b"),
    Rule(None, ("there were 4 branch elections", "the school held 3 branch events for parents"),
         after=r"^(?:party )?branch (?:[a-z]+ ){0,2}?(?:study|activit(?:y|ies)|events?|lectures?|"
               r"classes|days?|elections?|visits?)\b",
         name="a branch's events"),
    # (branches referred back to, "the two branches were praised", are no count of all of them; all of them are: "a review of
    # all 8 of its branches")
    Rule(None, ("The committee named two of them models. The two branches were praised for their work.",),
         before=r"(?:^|[.;]\s*)the\s*$", after=r"^(?:party )?(?:sub-)?branch(?:es)?\b(?! of\b)", name="branches referred back"),
    Rule("branches", ("following an annual review of all 8 of its branches",),
         before=r"\b(?:all|each|every one)\s*$", after=r"^of (?:its|our|their|the|the (?:committee|school)'s) (?:party )?(?:sub-)?branches\b"),
    # a headline's slogan of two counts, the many and the one: "Two branches, one goal" (no count of anything)
    Rule(None, ("Two branches, one goal", "Three schools, a shared dream"),
         before=r"^$", after=r"^(?:[a-z-]+ ){0,2}?[a-z-]+s, (?:one|a single|a shared|a common) [a-z-]+\s*(?:[:.!—–-]|$)",
         name="a slogan"),
    # (nor some of them that did something, the count opening its sentence: "Three of the branches chose new secretaries in May";
    # all of them did, "each of the 4 branches held …")
    Rule(None, ("Three sub-branches elected their committees in the autumn.", "Two branches held their meetings online."),
         before=r"^\W*$", after=r"^(?:party )?(?:sub-)?branches (?:elected|held|organi[sz]ed|ran|carried out|took|gave|won|"
                              r"visited|went|completed|finished|changed|reorgani[sz]ed)\b",
         name="some branches that did something"),
    # (nor a new one set up, or one for some of the members, a change the count of them after it tells: "has set up a branch
    # for its retired members"; not the school's one branch founded: "the school has established a party branch")
    Rule(None, ("this autumn the committee set up a branch for its retired members",
                "the school has formed a new party branch for its student members"),
         before=r"\b(?:set up|sets up|setting up|formed|forms|forming|founded|established|establishes|created|creates)\s*$",
         after=r"^(?:new (?:party )?(?:sub-)?branch\b|(?:party )?(?:sub-)?branch for\b)", name="a branch set up"),
    # (not the two branches of a joint event the sentence before told, the school's and another body's: "The branch and the
    # branch of the town library held a joint theme Party day. Members of the two branches …")
    Rule(None, ("Our branch and the branch of the town hospital held a joint theme day. Members of the two branches planted trees.",),
         earlier=r"\bjoint\b|\b(?:and|with) the (?:party )?branch of\b", before=r"\b(?:of|from) (?:the|both)\s*$",
         after=r"^(?:party )?branch(?:es)?\b", name="another body's branch beside the school's"),
    # "the two branches", after a pairing with another school's: both sides, no count of the school's own
    Rule(None, ("The branch paired with the village school's branch. The two branches will hold joint study sessions.",
                "the branch signed an agreement with Elm School, and the two branches will hold joint theme days"),
         before=r"\bthe\s*$", after=r"^(?:party )?branches\b",
         frame=r"\b(?:pair(?:ed|ing)|partner(?:ed|ship)?|agreement|twinn(?:ed|ing)|joint)\b[^.]*$", review=True,
         name="a figure of another organization"),
    Rule(None, ("The branch paired with the village school's branch. The two branches will hold joint study sessions.",),
         earlier=r"\b(?:pair(?:ed|ing)|partner(?:ed|ship)?|agreement|twinn(?:ed|ing))\b", before=r"\bthe\s*$",
         after=r"^(?:party )?branches\b", review=True, name="a figure of another organization"),
    Rule("branches", ("64 party members from four party branches", "the general branch has three sub-branches",
                      "the school has one party branch and 3 party groups", "the committee leads 9 general and ordinary branches"),
         # (not those honoured: '3 branches named "Model Branches" by the district', "2 branches were rated excellent")
         # (nor two organizations doing something together: "Two branches pair up", "two branches signed an agreement")
         # (nor a meeting of a branch's, counted on a terse line: "Meetings: branch general meeting 2")
         # (of kinds: "11 general and ordinary branches", "4 teaching branches")
         after=r"^(?:grassroots )?(?:(?:general|ordinary|teaching|retired|student|staff)(?: and (?:general|ordinary|teaching|"
               r"retired|student|staff))? )?(?:party )?(?:sub-)?branch(?:es)?\b(?! secretar| committee| meeting| member|"
               r" (?:party )?(?:member )?(?:general )?(?:meetings?|conferences?|assembl)| (?:pair|paired|partner|sign|signed|join|joined|"
               r"team up|teamed up|unite|united)\b)"
               r"(?! (?:were |have been |had been )?(?:all )?(?:named|rated|honou?red|commended|awarded|recogni[sz]ed)\b)"
               # (nor a kind of them, for some of the staff: "3 grade branches and 1 branch for administrative staff")
               r"(?! for (?:the )?(?:[a-z-]+ )?(?:staff|teachers|students|retirees|retired (?:staff|teachers))\b)"),
    # (or counted by their secretaries, all of its own: "a course for its 9 branch secretaries")
    Rule("branches", ("the committee ran a course for its 9 branch secretaries and 27 committee members",),
         before=r"\b(?:its|our|the (?:committee|school)['’]s|all (?:the|its|of its))\s*$", after=r"^(?:party )?branch secretaries\b"),
    # the members of the branches named before, all of them: "3 branches, with 132 members between them"
    Rule("members_total", ("The committee has 4 branches, with 120 members between them",),
         frame=r"\bbranch(?:es)?\b[^.;]*\bwith\s*$", after=r"^(?:party )?members (?:between|among) them\b"),
    # the members of an age are a part, not the membership: "the 9 Party members of the school who are under 35 launched …")
    Rule(None, ("the 9 party members of Elm School who are under 35 ran the club",),
         after=r"^(?:communist )?party members\b(?: (?:of|from|at) [^.;,]{1,60}?)?(?: (?:who|that) (?:are|were))? "
               r"(?:under|over|aged|below|above|younger than|older than) \d", name="members of an age"),
    # "the party members of the whole school": whatever they did, that is all of them ("全校党员")
    Rule("members_total", ("More than 150 party members of the whole school attended the meeting",
                           "the 40 party members of the entire school took part"),
         after=r"^(?:communist )?party members (?:of|in) (?:the )?(?:whole|entire) (?:school|kindergarten|branch)\b"),
    # "the 56 party members of the school": whatever they did, that is all of them
    # (or the members of all its branches: "The 52 members of its 3 branches took on 86 wishes")
    Rule("members_total", ("the 56 party members of the school donated books", "the 12 party members of our branch",
                           "the 19 Party members of Oak No. 3 Middle School signed the pledge",
                           "The 52 members of its 3 branches took on 86 wishes",
                           "the 21 party member teachers of the school opened demonstration lessons",
                           "the 18 member teachers of Elm Primary School visited pupils' homes"),
         # (the school's number may stand between: "the 24 party members of Elm No. 11 Middle School")
         # (or "member teachers", party left out: "the 20 member teachers of Elm School visited …")
         before=r"(?:^|\b)the\s*$", after=r"^(?:communist )?(?:party (?:members|member teachers)|member teachers) (?:of|in|at) "
                                        r"(?:the |our |this )?"
                                        r"(?:[^.;,]|(?<=\bno)\.){0,40}?"
                                        r"\b(?:school|kindergarten|branch|committee)\b|"
                                        r"^(?:party )?members of (?:its|the|our|all its|all the) (?:\d+|[a-z]+) (?:party )?branches\b"),
    # (the whole that members of a kind are counted among: "The committee has 23 retired members among its 140.")
    Rule("members_total", ("The committee has 23 retired members among its 140.", "it counts 9 student members among its 64 members"),
         before=r"\b(?:party )?members among (?:its|our|their|the (?:branch|committee|school)['’]s)\s*$",
         after=r"^(?:(?:party )?members\b|(?=\s*(?:[.;,]|$)))"),
    # "90 percent of the 58 party members": a share of all the members
    Rule("members_total", ("nearly 90 percent of the 58 party members signed up", "half of the 40 party members"),
         before=r"\b(?:percent|per cent|%|all|most|half|each|every one|many) of the\s*$",
         after=r"^(?:communist )?party members\b"),
    # "all 31 party members": whatever they did, all of them is the head count
    # (or "all 33 members", the branch's members at its meeting)
    Rule("members_total", ("all 40 party members of the school took part", "all the 25 party members attended",
                           "The branch held its organizational life meeting. All 33 members attended.",
                           "All 26 members of the school took part in the nomination.",
                           "the team's volunteers include all 22 of the branch's members",
                           "the secretary spoke to all 96 members of the school's four branches",
                           "all 31 member teachers of Elm School signed the pledge"),
         # (members of the school or branch, not of a committee: "All 26 members of the school took part")
         # (or all of the school's: "all 22 of the branch's members")
         # (not all of a kind of them: "all 26 members in post")
         not_after=r"^(?:communist )?(?:party )?members (?:in post|in service|at work|still working)\b",
         before=r"\ball(?: the| of the)?\s*$", after=r"^(?:communist )?party members\b|^(?:communist )?party member teachers\b|"
                                                r"^members\b(?! of\b)|"
                                                r"^of (?:the |our |its )?(?:school's|branch's) (?:communist )?(?:party )?members\b|"
                                                # (or of all its branches: "all 96 members of the school's four branches")
                                                r"^members of (?:the|its|our|the school's|the committee's) (?:\d+ |[a-z]+ )?"
                                                r"(?:party )?branches\b|"
                                                r"^members of (?:the|our|this) (?:school|party branch|branch|kindergarten)"
                                                r"(?=\s+(?:took|attended|joined|were|have|had|signed|came|participated|gave|made)\b"
                                                r"|\s*[,.;])|"  # (not "members of the school choir")
                                                # (or its member teachers, the school named: "all 31 member teachers of Elm
                                                # School signed the pledge")
                                                r"^member teachers(?: of (?:[a-z0-9.'’-]+ ){1,6}?(?:school|kindergarten))?"
                                                r"(?=\s+(?:took|attended|joined|were|have|had|signed|came|participated|gave|made)\b"
                                                r"|\s*[,.;])"),
    # members among the people honoured are members honoured: "Of the 12 teachers honoured as Excellent Educators, 7 are
    # party members."
    Rule("awards_individual", ("Of the 12 teachers honoured as excellent educators this year, 7 are party members.",
                               "Among the 20 teachers commended, 9 are party members.",
                               "Among the excellent teachers, 18 are party members."),
         frame=r"\b(?:of|among) the (?:\d[\d,]* )?(?:(?:[a-z-]+ ){0,2}?(?:teachers|people|staff|individuals|educators|winners)\s+"
               r"(?:who (?:were|have been) )?(?:honou?red|commended|named|awarded|selected|recogni[sz]ed)\b[^.;]{0,60}|"
               r"(?:outstanding|excellent|advanced|model) (?:[a-z-]+ )?(?:teachers|educators|workers|individuals)),\s*$",
         after=r"^(?:are|were) (?:communist )?party members\b"),
    # the members among all the school's teachers: "Of the 40 teachers at the school, 16 are party members"
    # the members a meeting's attendance is counted out of: "Of the 31 members, 29 attended" (or its vote: "22 voted")
    Rule("members_total", ("The branch held its general meeting. Of the 31 members, 29 attended.",
                           "The branch elected its committee. Of the 20 members, 19 voted."),
         before=r"(?:^|[.;:]\s*)of the\s*$",
         after=r"^(?:party )?members\s*,\s*(?:\d+|[a-z]+(?:-[a-z]+)?) (?:attended|were present|came|took part|voted)\b"),
    # (or the part first: "96 of the 104 party members attended")
    Rule("members_total", ("At the general meeting, 41 of the 45 party members attended.",),
         before=r"\b\d[\d,]* of (?:the|its|our|all)\s*$",
         after=r"^(?:communist )?(?:party )?members\b(?: of [^.;,]{1,40}?)? (?:attended|were present|came|took part|voted)\b"),
    Rule("members_total", ("Of the 40 teachers at Hill School, 16 are party members",
                           "of all 86 staff members, 30 are communist party members",
                           "Of its 72 teachers, 25 belong to the Party."),
         # (not of the teachers who did something, the members a part of them: "Of the 45 teachers who gave blood, 17 were
         # Party members")
         frame=r"\bof (?:the|all|its|our)(?: \d[\d,]*)? (?:teachers|staff(?: members)?|faculty(?: members)?|teaching staff)\b"
               r"(?! (?:who|that)\b)[^.;]{0,60},\s*$",
         after=r"^(?:(?:are|were) (?:communist )?party members|(?:are|were) members of the (?:communist )?party|"
               r"belong(?:ed)? to the (?:communist )?party)\b"),
    # the people the branches are made of, said to belong to them: "Sixty teachers and staff, three of them probationary
    # members, belong to the committee's four branches"
    Rule("members_total", ("Sixty teachers and staff, three of them probationary members, belong to the committee's four branches.",
                           "Today 45 staff belong to our three Party branches."),
         before=r"(?:^|[.;:?!]\s*|\b(?:today|now|in all|altogether),?\s*)$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:teachers|staff(?: members)?|people|employees|(?:party )?members)"
               r"(?: and (?:[a-z-]+ )?(?:staff|teachers|workers|employees))?(?:,[^.;]{0,60},)? belong to "
               r"(?:our|the|its|their|the (?:school|committee|college)['’]s)(?: \w+)? (?:party )?(?:branch(?:es)?|committee)\b"),
    # the members the branch has, said after a clause about it (whose time is that clause's): "The branch, which was
    # rated a model branch in 2020, has 44 members."
    Rule("members_total", ("The branch, which was named a model branch in 2019, has 30 members.",),
         frame=r"\b(?:branch|committee)\b,\s*(?:which|that)\b[^.;]{0,120}?,\s*(?:now |currently |still )?(?:has|had|have)\s*$",
         after=r"^(?:communist )?(?:party )?members\b", time_until=r",\s*(?:which|that)\b"),
    # the membership a change brought to a number: "…, bringing the branch's membership to 31"
    # (or "the number", the members counted in the sentence before: "… it had only 7 party members. By 2023 the number had
    # grown to 26.")
    Rule("members_total", ("The branch was set up with 5 members. By 2023 the number had grown to 19.",),
         before=r"\bthe number (?:has |had |have )?(?:grown|risen|increased|climbed|gone up) to\s*$",
         earlier=r"\b(?:party )?members\b[^.;]*[.;]\s*$", after=r"^(?:(?:party )?members\b|[.;,)]|$)"),
    # members among the staff, said after the staff: "Of the school's 100 teachers, 43 are party members."
    Rule("members_total", ("Of the school's 120 teachers, 48 are party members.",),
         frame=r"\bof (?:the school's|its|our|their|the) (?:\d[\d,]* )?(?:teachers|staff|staff members|faculty members|employees|"
               r"teaching staff)\b(?! (?:who|that)\b)[^.;]{0,20},\s*$",
         after=r"^(?:are|were) (?:communist )?party members\b"),
    # the members of the branch, so named: "the 17 members of the Jade River Primary School Party branch meet …"
    # (not those of them who did something, a relative clause saying which: "we thank the 18 members of your branch who gave
    # 126 hours of their weekends", as the volunteers are read below)
    # (a committee's members with no word of the party are its own, the committee members: "All seven members of the
    # committee attended")
    Rule("members_total", ("Every Monday, the 21 members of the Elm School party branch meet for study.",),
         before=r"(?:^|\b)(?:the|all|its|our)\s*$",
         after=r"^(?:communist )?(?:party )?members of (?!(?:the |our |its |your )?committee\b(?!['’]))(?:the |our |its |your )?"
               r"[^.;,]{0,60}?\b(?:party )?(?:branch|committee)\b"
               r"(?! who (?:gave|have given|volunteered|have volunteered|served|spent|helped|visited|took part)\b)"),
    # the volunteers a relative clause says: "the 18 members of your branch who gave 126 hours of their weekends to our
    # elderly residents"
    Rule("volunteer_participants", ("we thank the 12 members of your branch who gave 80 hours of their weekends to our residents",),
         after=r"^(?:communist )?(?:party )?members (?:of (?:the |our |its |your )?[^.;,]{0,60}?\b(?:party )?(?:branch|committee) )?"
               r"who (?:gave|have given|spent|devoted) (?:\d[\d,]* |many |countless )?hours of their (?:own )?"
               r"(?:weekends|spare time|free time|holidays|evenings|own time|time)\b"),
    # the members the branch is said to have, in an aside after it: "our branch, with 33 members in three party groups, …"
    # (or after what the branch is: "Our branch is one of the smallest in the county, with just 6 members")
    Rule("members_total", ("In 2023 our branch, with 28 members in two party groups, focused on study.",
                           "The party committee, with 5 branches and 97 members, meets every month.",
                           "Our branch is one of the smallest in the county, with just 6 members"),
         # (its branches may be counted first: "with 5 branches and 97 members")
         # (not one of its branches: "The third branch, with 28 members, is the largest", "the third party branch, …")
         frame=rf"{NOT_ONE_OF_ITS_BRANCHES}(?<!party )\b(?:party )?(?:branch|committee)\b[^.;,]{{0,80}}?\s*,\s*with"
               r"(?: (?:just|only|some|about|nearly|over))?(?: \d+ (?:party )?(?:branches|groups) and)?\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # (or all of them, counted with "of": "all 40 of its members have signed their pledges"; not those who took part
    # in something, which counts them there)
    Rule("members_total", ("all 40 of its members have made public pledges",),
         before=r"\ball\s*$", after=r"^of (?:its|our|their|the (?:branch|committee|school)['’]s) (?:party )?members\b",
         not_after=r"^of [a-z'’ ]{2,30}?\bmembers\b[^.;]{0,40}?\b(?:appraisal|review|evaluation|assessment|attended|"
                   r"took part|take part|taken part|participated|volunt)"),
    # (or after its branches counted: "three branches in all, with 75 members altogether")
    Rule("members_total", ("we have three branches in all, with 75 members altogether",),
         frame=r"\b(?:\d+|[a-z]+) (?:party )?branches(?: in all| in total| altogether)?\s*,\s*with"
               r"(?: (?:just|only|some|about|nearly|over))?\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # (or its size said first, its members after a dash or a comma: "Our party branch is small, with 9 members, but
    # active", "The committee is large — 130 members in 8 branches")
    Rule("members_total", ("Our party branch is small, with 9 members, but active",
                           "The committee is large — 130 members in 8 branches"),
         frame=rf"\b{NOT_ONE_OF_ITS_BRANCHES}(?:branch|committee) is (?:quite |rather |fairly |very )?(?:small|tiny|large|big)"
               r"\s*(?:[—–:(]|,(?: with)?)\s*(?:just |only |about |some |nearly |over )?$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # the members a sentence opens with, said of the branch it goes on about: "With just 9 members, the branch …"
    # (other people of the branch may be counted beside them: "With only 11 members and 3 activists, our branch …")
    Rule("members_total", ("With only 12 members, the party branch runs a reading club every week.",
                           "With just 16 party members and four activists, our branch is the smallest in town."),
         before=r"^\s*with(?: (?:just|only|some|about|nearly|over))?\s*$",
         after=r"^(?:communist )?(?:party )?members(?: and (?:\d+|[a-z]+) (?:[a-z-]+ )?(?:activists|applicants))?\s*,\s*"
               r"(?:the|our|its|this|a) (?:[a-z-]+ ){0,2}?(?:party )?(?:branch|committee)\b"),
    # the members a branch was founded with: "the branch was founded in 2013 with three members"
    # (the branch named after the count: "Founded in 2003 with four members, the branch has grown")
    # (or started with: "Its party branch started with 5 members; today …")
    Rule("members_total", ("The branch started with 3 members in 1998; today it has 40.",),
         before=r"\b(?:branch|committee)\b[^.;]{0,20}?\b(?:started|began)(?: out)? with(?: (?:just|only))?\s*$",
         after=r"^(?:communist )?(?:party )?members\b", of_the_founding=True),
    Rule("members_total", ("Founded in 2003 with four members, the branch has grown steadily.",),
         before=r"\b(?:founded|set up|established|formed|created)\b[^.;]{0,40}?\bwith(?: (?:just|only))?\s*$",
         after=r"^(?:communist )?(?:party )?members\b,? (?:the|our|its) (?:party )?(?:branch|committee)\b", of_the_founding=True),
    # (not the newest of its branches, one part of it: "the committee has 6 branches; the newest was set up in March with 9
    # members")
    Rule("members_total", ("the branch was founded in 2013 with three members", "the party branch was set up in 1998 with only 5 members"),
         frame=r"^(?!.*\b(?:newest|latest|youngest)\b).*\b(?:branch|committee|party organi[sz]ation)\b",
         before=r"\b(?:founded|set up|established|formed|created)\b[^.;]{0,40}?\bwith(?: (?:just|only))?\s*$",
         after=r"^(?:communist )?(?:party )?members\b", of_the_founding=True),
    # (or said in the answer to when it was founded: "When was the branch set up? In 1995, with eight members.")
    Rule("members_total", ("Q: When was the branch set up? A: In 1995, with eight members.",),
         earlier=r"\bwhen was (?:the|your|its|our) (?:party )?(?:branch|committee) (?:set up|founded|established|formed)\b",
         before=r"^(?:a:\s*)?in (?:19|20)\d{2},? with(?: (?:just|only))?\s*$|^with(?: (?:just|only))?\s*$",
         after=r"^(?:communist )?(?:party )?members\b", of_the_founding=True),
    # (or what it grew to, by so many: "our branch has grown by three, to 30 members")
    Rule("members_total", ("Since last July our branch has grown by three, to 30 members.",),
         frame=r"\b(?:grown|grew|risen|rose|increased) by (?:\d[\d,]*|[a-z]+(?:-[a-z]+)?),?\s*to\s*$",
         after=r"^(?:communist )?(?:party )?members\b",
         # (its time is now, whatever time the growth is counted since)
         time_until=r"^"),
    # the people admitted, said in an interview's answer after the question: "Did you admit anyone this year? — Yes, three
    # young teachers."
    Rule("members_developed", ("Q: Did the branch admit anyone this year?\nA: Yes, three young teachers in June.",),
         earlier=r"\b(?:did|have) (?:you|the branch|it|your branch) (?:admit|admitted|take in|taken in)\b",
         before=r"^(?:a:\s*)?(?:yes,?\s*)?$",
         after=r"^(?:[a-z-]+ ){0,2}?(?:teachers|members|students|colleagues|people)\b"),
    # (or the home visits an answer counts after naming them: "What are you proudest of? — Our home visits. We made 280 this
    # year.")
    Rule("home_visits", ("A: Our home visits. We made 280 this year.",),
         earlier=r"\bhome visits\b", before=r"^(?:a:\s*)?we (?:have |'ve )?made\s*$",
         after=r"^(?:(?:this|last) (?:year|term)|so far|in all)?\s*(?:[.;,!]|$)"),
    # (or what it had when it was founded: "When the branch was set up in 2016, it had only 6 members")
    Rule("members_total", ("When our branch was set up in 2016, it had only 6 members.",
                           "when the party branch was re-established in 2011 it had 9 members"),
         frame=r"\bwhen\b[^.;]{0,60}?\b(?:branch|committee|party organi[sz]ation)\b[^.;]{0,30}?\b(?:founded|set up|"
               r"established|formed|created)\b[^.;]{0,30}?,?\s*(?:it|the branch) had(?: (?:just|only))?\s*$",
         after=r"^(?:communist )?(?:party )?members\b", of_the_founding=True),
    # the members now, the noun left out after a count of them: "set up in 2009 with 5 members; today it has 16"
    # (or some years after the earlier count: "with 5 members in 2009; ten years on, it has 16")
    Rule("members_total", ("The branch was set up in 2009 with 5 members; today it has 16.",
                           "In 2015 the branch had 8 members; five years later it has 19."),
         frame=r"\bmembers\b", before=_IT_HAS_NOW, after=r"^(?:[.;]|$)"),
    # (or after the members admitted, its subject said once: "we recruited 2 new members and now have 26")
    Rule("members_total", ("by December we had recruited 2 new members and now have 26.",),
         frame=r"\b(?:admitted|recruited|took in|welcomed|gained)\b[^.;]{0,40}?\bmembers?\b[^.;]{0,30}?\band "
               r"(?:now|today) (?:has|had|have|counts|counted)\s*$",
         after=r"^(?:(?:party )?members\b|in all\b|in total\b|[.;]|$)"),
    # (or the members a body reported, at a meeting or in a return: "at its year-end meeting the branch reported 40 members")
    Rule("members_total", ("at its year-end meeting the branch reported 40 members and 6 activists",),
         before=r"\b(?:the (?:party )?(?:branch|committee)\b[^.;]{0,60}?|(?:it|we) )(?:reported|recorded)\s*$",
         after=r"^(?:party )?members\b"),
    # (or in the sentence after the earlier count: "It began in May 2022 with 6 members. A year on it has 10.")
    Rule("members_total", ("It began in May 2022 with 6 members. A year on it has 10.",
                           "It was formed in 2021 with 5 members. Two years on it has 11, and all of them teach."),
         earlier=r"\bwith (?:\d+|[a-z]+) (?:party )?members\b", before=_IT_HAS_NOW, after=r"^(?:[.;]|,\s*(?:and|but)\b|$)"),
    # (or in the clause after the count the branch was founded with, its subject the branch: "Its branch, founded in
    # 2009 with 4 members, now has 16.")
    Rule("members_total", ("The branch, founded in 2012 with 3 members, now has 17.",
                           "The branch was set up in 2010 with 4 members and now has 15."),
         frame=r"\b(?:founded|set up|established|formed|created)\b[^.;]{0,40}?\bwith(?: (?:just|only))? \S+ (?:party )?"
               r"members,?\s*(?:and\s+)?(?:today|now|currently) (?:has|counts)\s*$",
         after=r"^(?:[.;,]|$)"),
    # the members the appraisal was of: "carried out the democratic appraisal of 45 members"
    Rule("member_reviews", ("the branch carried out the democratic appraisal of 45 members",),
         before=rf"\b{DEMOCRATIC_REVIEW}s? of(?: (?:all|its|our|the))?\s*$", after=r"^(?:communist )?(?:party )?members\b"),
    # a form of the appraisal's results: "Members appraised: 36", "Rated excellent: 7"
    Rule("member_reviews", ("Members appraised: 36", "Members reviewed in 2023: 28"),
         before=r"^(?:[-–•*·]\s*)?(?:(?:party )?members|number of members) (?:appraised|reviewed|evaluated|assessed)"
                r"(?: in (?:19|20)\d{2})?\s*:$"),
    Rule("awards_individual", ("Rated excellent: 7", "Members rated outstanding: 5"),
         before=r"^(?:[-–•*·]\s*)?(?:(?:party )?members )?rated (?:as )?(?:excellent|outstanding)\s*:$"),
    # a field of the families or homes visited: "Families visited: 900"
    Rule("home_visits", ("Families visited: 900", "Homes visited in 2022: 85"),
         before=r"^(?:[-–•*·]\s*)?(?:families|households|homes|students' families) visited(?: in (?:19|20)\d{2})?\s*:$"),
    # a field of the branch's figures that names its members alone: "Members: 14"
    Rule("members_total", ("Members: 14 (12 full, 2 probationary)", "Number of members: 30", "Membership: 52, up 4",
                           "Party branch members: 38", "Teaching staff: 214\nOf whom party members: 87",
                           "Members at year end: 34"),
         before=r"^(?:[-–•*·]\s*)?(?:(?:of (?:whom|them)|among (?:whom|them)),? )?"
                r"(?:(?:total )?(?:number of )?(?:party )?(?:branch |committee )?members|membership)"
                r"(?: (?:at|by) (?:the )?(?:year|term)(?:'s)? end| at the end of (?:the )?(?:year|term))?\s*:$",
         # (not the members at a year's start, before those at its end: below)
         not_after=r"^at the (?:start|beginning) of the (?:year|term)\b"),
    # (and its probationary part in brackets after it: "Members: 34 (of which probationary: 3)")
    Rule("members_probationary", ("Members at year end: 34 (of which probationary: 3)",),
         frame=r"\bmembers\b", before=r"\(\s*(?:of (?:which|whom)|including)\s+probationary(?: members)?\s*:$"),
    # (or on the line under it: "Members: 34" then "of which probationary: 3", as a table's rows may be)
    Rule("members_probationary", ("Party members: 34\nof which probationary: 3", "Members: 20\n- including probationary members: 1"),
         earlier=r"\bmembers\s*:\s*\d[\d,]*\s*$",
         before=r"^(?:[-–•*·]\s*)?(?:of (?:which|whom|them)|including|among (?:which|whom|them)),?\s+"
                r"(?:probationary|preparatory)(?: (?:party )?members)?\s*:$"),
    # a field of the applications received: "Applications received: 11"
    Rule("applicants", ("Applications received: 11", "Membership applications in 2022: 7",
                        "Applications received during the year: 4", "Applications received this half-year: 5"),
         before=r"^(?:[-–•*·]\s*)?(?:(?:party )?membership )?applications(?: received| for (?:party )?membership)?"
                r"(?: in (?:19|20)\d{2}| (?:during|in|over) the (?:year|term|semester|quarter)|"
                r" this (?:year|term|semester|quarter|half-year|half year|month))?\s*:$"),
    Rule("members_total", ("Party membership: 45 (43 full members, 2 probationary members)", "Total membership: 88",
                           "Membership: 2 new members; total membership 88."),
         after=r"^(?:party|total|overall|branch) membership\b(?! (?:of|in|to|work|development|applications?|fees?|dues)\b)"),
    # the membership said to be a number: "the branch's membership stands at 42" (not the league's, nor the
    # number of those who applied for it)
    # (in a timeline's present too: "2019 — Membership reaches 21.")
    # (or by how it changed: "its membership has doubled to 24")
    # (or of the branch named after it: "Membership of the Elm School Party branch stood at 14")
    Rule("members_total", ("the branch's membership stands at 42", "party membership rose to 35 this year",
                           "Our membership is now 26.", "2020 — Membership reaches 24.", "its membership has doubled to 30",
                           "Membership of the Oak Lane School Party branch reached 19 in June",
                           "the committee has 5 branches; total membership at year end was 120", "Membership rose 8% to 54."),
         # (or when: "total membership at year end was 168")
         before=r"\bmembership(?: of (?:the|our|its) [^.;,]{1,50}?(?:branch|committee|organi[sz]ation))?"
                r"(?: at (?:the )?(?:year['’]?s? end|year-end|the end of the year|the end of (?:19|20)\d{2}))?\s+(?:now\s+)?"
                r"(?:stands at|stood at|is|was|totals|totall?ed|"
                r"(?:has |had )?(?:reached|grown to|risen to|doubled to|tripled to|trebled to|increased to)|grew to|rose to|"
                r"came to|reaches|grows to|rises to|doubled to|tripled to|trebled to|increased to|"
                # (or by so much first: "Membership rose 12% to 112")
                r"(?:(?:has |had )?(?:grown|risen|increased)|grew|rose)(?: by)? \d+(?:\.\d+)?\s?(?:%|percent|per cent) to)"
                r"(?:\s+(?:now|currently))?\s*$",
         not_before=r"\b(?:league|for|to|of)\b(?:'s)?\s+(?:party\s+)?membership\b"),
    # (or the branch said to be of so many: "We are a branch of 18.")
    Rule("members_total", ("We are a branch of 18.", "ours is a party branch of 23 members"),
         before=r"\b(?:we are|it is|ours is|this is) (?:a|the) (?:party )?branch of\s*$",
         after=r"^(?:(?:party )?members\b|[.;,]|$)"),
    # the count an answer opens with, to a question of how many members: "Q: How many members does the branch have?
    # A: Fourteen, and one probationary member."
    # (or how many of the teachers are, the answer after its speaker's name, and what they are of: "Host: How many of your
    # teachers are Party members? Liu: Twenty-three, out of fifty-eight teachers.")
    # (or after a dash, on the question's line: "How many members are there? — Thirty, all teachers.")
    # (or how big the branch is: "How big is the branch? — Twenty-six members.")
    Rule("members_total", ("Q: How many members do you have?\nA: Twenty-two, all of them teachers.",
                           "Host: How many of your teachers are Party members?\nLi: Nineteen, out of forty teachers.",
                           "How many members are in the branch? — Thirty-one, and four of them are probationary.",
                           "How large is your branch today? — Twenty-six members, two of them probationary.",
                           "How many teachers here are Party members? 17 of our 40 teachers."),
         earlier=r"\bhow many (?:party )?members (?:(?:do|does|did) [a-z' ]{1,50}?\bhave|are (?:there|in))\b|"
                 r"\bhow many (?:of (?:your|the|its|our) )?(?:teachers|staff|colleagues)(?: here)? are (?:party )?members\b|"
                 r"\bhow (?:big|large) is (?:the|your|its|our) (?:party )?(?:branch|committee|membership)\b",
         before=AN_ANSWER_OPENS,
         # (or of all the teachers, said after: "17 of our 40 teachers")
         after=r"^(?:[a-z][a-z .'-]{1,30} )?(?:(?:party )?members)?\s*(?:[,.;]|$|out of\b)|"
               r"^of (?:our|the|its|their) (?:\d[\d,]*|[a-z-]+) (?:teachers|staff)\s*(?:[,.;]|$)"),
    # (and how many branches, the answer maybe breaking them down after a colon: "How many branches are there? Seven: one for
    # each grade and one for the retired.")
    Rule("branches", ("Q: How many branches do you have?\nA: Three, with two of them for teaching staff.",),
         earlier=r"\bhow many (?:party )?branches\b", before=AN_ANSWER_OPENS,
         after=r"^(?:(?:party )?branches)?\s*(?:[,.;:]|$)"),
    # (and how many applied, the answer a bare number: "Q: How many teachers applied last year?\nA: 9.")
    Rule("applicants", ("Q: How many teachers applied last year?\nA: Nine.",),
         earlier=r"\bhow many (?:[a-z-]+ )?(?:students|teachers|staff|people)? ?(?:have |had )?applied\b",
         before=AN_ANSWER_OPENS, after=r"^\s*(?:[.;,]|$)"),
    # (and how many volunteers: 'How many volunteers are there? "Some thirty," says the secretary.')
    Rule("volunteer_participants", ('How many volunteers are there? "Some thirty," says the secretary.',),
         earlier=r"\bhow many (?:[a-z-]+ )?volunteers\b", before=AN_ANSWER_OPENS,
         after=r"^(?:(?:[a-z-]+ )?volunteers)?\s*(?:[,.;]|$)"),
    # (and how many activists: "How many activists? Five at the moment.")
    Rule("activists", ("Q: How many activists does the branch have?\nA: Six at the moment.",),
         earlier=r"\bhow many (?:party |membership )?activists\b",
         before=AN_ANSWER_OPENS,
         after=r"^(?:(?:party |membership )?activists)?\s*(?:at the moment|at present|now|currently|so far|this year)?\s*(?:[,.;]|$)"),
    # the first lectures of a series planned, given so far: "The first two of the planned eight lectures were given in
    # September and October" (the planned number no count of those given)
    Rule("party_lectures", ("The branch has planned a series of Party lectures. The first three of the planned ten lectures "
                            "have been given.",),
         before=r"\bthe first\s*$",
         after=r"^of (?:the|its|our) (?:planned |scheduled )?(?:\d+|[a-z]+) (?:party )?(?:lectures|lessons) (?:were|have been|had been) "
               r"(?:given|held|delivered)\b",
         frame=r"\bparty (?:lectures?|lessons?)\b|\bthe first\s*$"),
    Rule(None, ("None of the planned ten lectures has been given yet.",),
         before=r"\bof (?:the|its|our) (?:planned|scheduled)\s*$", after=r"^(?:party )?(?:lectures|lessons)\b",
         name="the number planned"),
    # (or to a question of how often an event is held, how many have been held: "How often does the branch hold theme Party days? —
    # Monthly; we have held five so far this year.", "… — Every term; three have been given this year.")
    Rule("theme_party_days", ("How often does the branch hold theme Party days? — Every month; we have held seven so far.",
                              "How many theme Party days has the branch held? — Nine have been held this year."),
         earlier=r"\bhow (?:often|many)\b[^?]*\btheme(?:d)? party days?\b", before=_HELD_IN_AN_ANSWER, after=_HELD_SO_FAR),
    Rule("party_lectures", ("How often are Party lectures given? — Every term; three have been given this year.",),
         earlier=r"\bhow (?:often|many)\b[^?]*\bparty (?:lectures?|lessons?)\b", before=_HELD_IN_AN_ANSWER, after=_HELD_SO_FAR),
    # (or a number alone that answers how many: "How many theme Party days this year? — Six, one a month.")
    Rule("theme_party_days", ("How many theme Party days this year? — Six, one a month.",),
         earlier=r"\bhow many\b[^?]*\btheme(?:d)? party days?\b", before=AN_ANSWER_OPENS, after=r"^\s*(?:[,.;]|$)"),
    # (and some of the members an answer counted, who joined: "Twenty-one. Two of them joined last spring.")
    Rule("members_developed", ("How many members does the branch have?\nTwenty. Three of them joined last year.",),
         earlier=r"(?:^|\n)\W*(?:[a-z]+(?:-[a-z]+)?|\d[\d,]*)\s*[.;]\s*$", after=_OF_THEM_JOINED),
    # (or some of the members the sentence before told of, who teach for free: "The branch has 30 members. Nine of them tutor
    # children at the library for free.")
    Rule("volunteer_participants", ("Q: Do your members volunteer? A: Yes; five of them coach children in chess at the "
                                    "library, for free.",),
         earlier=r"\bmembers\b",
         after=r"^of them (?:now |still )?(?:tutor|teach|coach|tutored|taught|coached)\b[^.;]{0,80}?\b(?:for free|free of charge|"
               r"without pay)\b"),
    # (or in the answer's own sentence: "Thirty, and four of them joined last year.")
    Rule("members_developed", ("Q: How many members do you have? A: Eighteen, and one of them joined last autumn.",),
         earlier=r"\bhow many (?:party )?members\b",
         frame=r"(?:^|\n|\ba:)\W*(?:[a-z]+(?:-[a-z]+)?|\d[\d,]*)\s*,\s*and\s*$", after=_OF_THEM_JOINED),
    # (or answering a question on new members, those who joined: "Any new members? Two young teachers joined in June.")
    Rule("members_developed", ("Any new members?\nTwo young teachers joined in June.",),
         earlier=r"\b(?:any|how many) new (?:party )?members\b",
         after=r"^(?:[a-z-]+ )?(?:teachers|students|colleagues|people) (?:joined|were admitted)\b"),
    # (or to a question of how many joined: "How many joined this year? Two young teachers.")
    # (the answer may follow the question after a dash: "How many new members this year? — Two, both teachers.")
    # (or to a question whether any were admitted, the answer's yes said first: "Has the branch admitted anyone recently?
    # Yes, two young teachers last June.")
    Rule("members_developed", ("Q: How many joined this year?\nA: Two young teachers, both under 30.",
                               "How many new members this year? — Two, both young teachers.",
                               "Q: Has the branch admitted anyone recently?\nA: Yes, three young teachers last May."),
         earlier=r"\bhow many (?:new )?(?:(?:party )?members )?(?:(?:have |has )?joined|were admitted|did (?:you|the branch) admit|"
                 r"this year\b)|"
                 r"\b(?:has|have|did) (?:the branch|you|your branch|it|the committee) (?:admitted|taken in|recruited|welcomed) "
                 r"(?:anyone|anybody|any(?: new)? members|new members)\b",
         before=r"^(?:a|answer)\s*[:：]\s*(?:yes,?\s*)?$|^[—–-]?$|^yes$",
         after=r"^(?:(?:[a-z-]+ )?(?:teachers|students|people|members|colleagues|staff))?\s*"
               r"(?:(?:last|this|in) (?:[a-z]+|(?:19|20)\d{2}))?\s*(?:[,.;]|$)"),
    # a volunteer team said to be so strong: "the branch's volunteer team, 25 strong", "a 30-strong volunteer team"
    # (or so strong now: 'its "Snow Flame" volunteer team, now 80 strong')
    Rule("volunteer_participants", ("The volunteer team, 28 strong, tutors village children",
                                    "the branch's volunteer team, now 60 strong, visits the care home"),
         frame=rf"{_A_VOLUNTEER_TEAM},\s*(?:(?:now|today|currently) )?$", after=r"^(?:members )?strong\b",
         quotes_frame=True),
    # the events of a volunteer team named before, "it" or "the team" their subject: "The volunteer team has 25 members; in
    # 2023 it organized 9 weekend events" (in the sentence, or the one before)
    Rule("volunteer_sessions", ("The volunteer team has 20 members; last year it held 11 events for the elderly",),
         frame=rf"{_A_VOLUNTEER_TEAM}[^.]*$", before=_THE_TEAM_HELD, after=_EVENTS),
    Rule("volunteer_sessions", ("The branch set up a volunteer team in 2019. This year it organized 8 events in the community.",),
         earlier=_A_VOLUNTEER_TEAM, before=_THE_TEAM_HELD, after=_EVENTS),
    # (or went out so many times: "… leads a volunteer team of 70. Over the summer the team went out 15 times")
    Rule("volunteer_sessions", ("The branch leads a volunteer team of 40. In the spring the team went out 9 times.",),
         earlier=_A_VOLUNTEER_TEAM, before=r"\b(?:it|they|the team|the group) (?:has |have |had )?(?:gone|went) out\s*$",
         after=r"^times\b"),
    Rule("volunteer_participants", ("We set up a 30-strong volunteer team.",),
         after=r"^[- ]strong (?:party member |teacher )?volunt(?:eer|ary)(?: service)? (?:team|group|corps|squad)\b"),
    # (or said to be so strong: "the branch's 40-strong membership", "a 25-strong branch")
    Rule("members_total", ("the branch's 40-strong membership ran a blood drive", "the school has a 25-strong party branch"),
         after=r"^[- ]strong (?:party )?(?:membership|branch|committee)\b"),
    # the membership said by its parts in brackets: "52 members (49 full, 3 probationary)"; or its strength: "the
    # branch, 25 members strong"
    Rule("members_total", ("- 52 members (49 full, 3 probationary)", "The branch, 25 members strong, has paired members",
                           "Organisation: 3 branches, 64 members (5 probationary)."),
         after=r"^(?:party )?members\s*(?:[(（]\s*\d[\d,]* (?:full|probationary)\b|strong\b)"),
    # the members of a share said of them: "about 20 of our 28 members come regularly"
    Rule("members_total", ("about 20 of our 28 members come regularly", "half of the branch's 30 members"),
         before=r"\bof (?:our|its|the branch's|the committee's|the school's)\s*$", after=r"^(?:party )?members\b"),
    # (or a list's item in few words: "Organisation: 1 new member admitted; branch now 37 members")
    Rule("members_total", ("Organisation: 2 new members admitted; branch now 41 members",),
         before=r"^\s*(?:the )?(?:branch|committee) (?:now|currently)\s*$", after=r"^(?:party )?members\b"),
    # (the members at a year's start, where the sentence goes on to its end, are a count it grew from: "the branch began the
    # year with 30 members and ended it with 32")
    Rule(None, ("the branch began the year with 30 members and ended it with a few more",),
         before=r"\b(?:began|started|entered) the (?:year|term|semester|school year) with\s*$",
         after=r"^(?:communist )?(?:party )?members\b[^.;]{0,30}?\b(?:ended|finished|closed) it with\b", review=True,
         name="a count it grew from"),
    # (not those at its start, where the sentence goes on to those at its end: "we began the year with 25 members and end it
    # with 27")
    Rule(None, ("We began the year with 25 members and ended it with more.",),
         before=r"\b(?:began|begins?|started|entered) the (?:year|term|semester|school year) with\s*$",
         after=r"^(?:communist )?(?:party )?members,? and (?:we )?(?:end|ends|ended|close|closed|finish|finished) (?:it|the "
               r"(?:year|term|semester|school year)) with\b",
         name="members at a period's start, its end told after"),
    # the members at a period's end or start: "the branch ended the year with 31 members"
    # (or the year said to end so: "the year closed with 28 members")
    Rule("members_total", ("the branch ended the year with 31 members", "we began the term with 26 party members",
                           "the year closed with 28 members"),
         before=r"\b(?:(?:ends?|ended|closed|finished|began|begins?|started|entered) the (?:year|term|semester|school year)|"
                r"the (?:year|term|semester|school year) (?:ends|ended|closes|closed|finishes|finished)) with\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # (or a year named, and the noun left out after a count of members before it: "We began 2023 with 39 members and
    # ended it with 42"; the count at the start is of the year before, which the sentence does not name)
    # (or what the count at its end was made of, after a colon: "… and ended it with 35: it admitted 3")
    Rule("members_total", ("We began 2023 with 39 members and ended it with 42.", "the branch ended 2022 with 30 members",
                           "We began 2024 with 27 members and ended it with 29: two teachers were admitted."),
         before=r"\b(?:ended|closed|finished|end) (?:the (?:year|term|semester|school year)|(?:19|20)\d{2}|it) with\s*$",
         after=r"^(?:(?:communist )?(?:party )?members\b|[,.;:]|$)", frame=r"\bmembers\b|\bwith\s*$"),
    Rule(None, ("We began 2023 with 39 members.",),
         before=r"\b(?:began|started|entered) (?:19|20)\d{2} with\s*$", after=r"^(?:communist )?(?:party )?members\b",
         name="members at a named year's start"),
    # members admitted, said as the people they were, in a sentence about the membership: "ended it with 42, after
    # admitting three young teachers"
    Rule("members_developed", ("We ended the year with 42 members, after admitting three young teachers.",),
         frame=r"\bmembers\b", before=r"\b(?:admitted|admitting)\s*$",
         after=_ADMITTED_STAFF),
    # (or admitted by the party body, whose admitting can only be to the party: "the branch has admitted 6 teachers since 2019")
    # (or students, whom a party committee admits: "The school's Party committee has admitted 37 students in five years")
    # (or by "we", the body speaking of itself: "this year we admitted 3 students")
    Rule("members_developed", ("the branch has admitted 6 teachers under 35 since 2019",
                               "the school's party committee has admitted 37 students in the past five years",
                               "last spring we admitted 2 students"),
         before=r"(?:\b(?:the|our|its)(?: (?:school|kindergarten)['’]s)? (?:party )?(?:branch|committee|general branch|sub-branch)\b"
                r"[^.;]{0,20}?|\bwe )(?:has |had |have )?(?:admitted|recruited)\s*$",
         after=rf"{_ADMITTED_STAFF}|^(?:[a-z-]+ )?students\b(?! (?:to|into|for|from) (?:the |our )?(?!party)\w)"),
    # (its verb after a clause set between commas: "The branch, which now numbers 61, has admitted 15 teachers under 35")
    Rule("members_developed", ("The branch, which now numbers 61, has admitted 15 teachers under 35 since 2019",),
         frame=r"\b(?:the|our|its) (?:party )?(?:branch|committee|general branch),[^.;]{1,40}?,\s*(?:has |had |have )?"
               r"(?:admitted|recruited)\s*$",
         before=r"^(?:has |had |have )?(?:admitted|recruited)\s*$", after=rf"{_ADMITTED_STAFF}"),
    # (or a count of members a breakdown follows, "101 members, of whom 96 full and 5 probationary": the whole, then its kinds)
    Rule("members_total", ("Party organisation: 4 branches; 88 members, of whom 83 full and 5 probationary.",),
         # (a list's item: the count opens its clause, where no verb of having before it gives the membership its words)
         before=r"^\W*$", after=rf"^(?:party )?members,? {_A_BREAKDOWN} (?:\d|[a-z]+ (?:full|probationary))"),
    Rule("members_full", ("Party organisation: 4 branches; 88 members, of whom 83 full and 5 probationary.",),
         before=rf"\b{_A_BREAKDOWN}\s*$", after=r"^(?:are )?full(?: members)?\b"),
    Rule("members_probationary", ("Party organisation: 4 branches; 88 members, of whom 83 full and 5 probationary.",),
         before=rf"\b{_A_BREAKDOWN} (?:\d+|[a-z]+) full(?: members)? and\s*$", after=r"^probationary\b"),
    Rule("applicants", ("Membership work: 2 teachers admitted; 11 written applications received.",),
         frame=r"\bmembership\b|\bapplicants?\b|\badmitted\b|\bactivists?\b",
         after=r"^(?:written )?applications? (?:were )?(?:received|submitted|handed in)\b"),
    # (a mentor for each of the teachers counted: "assigned a mentor to each of the school's 9 newly hired teachers")
    Rule("teachers_mentored", ("the branch assigned a party member mentor to each of the school's 9 newly hired teachers",
                               "a member mentor was assigned to each of the 4 teachers in their first year"),
         before=r"\bmentors?\b[^.;]{0,30}\bto each of (?:the|its|our|their|the school's|the branch's)\s*$",
         after=rf"^{NEW_TEACHERS}"),
    # (or a list's items said in few words: "One teacher admitted in May; 7 applications pending; 18 retired teachers visited")
    Rule("members_developed", ("Membership: 94 members. One teacher admitted in May; 7 applications pending.",
                               "- 4 teachers newly admitted to the Party"),
         after=r"^(?:new |young )?(?:teachers?|colleagues?) (?:was |were )?(?:newly )?admitted\b"
               r"(?! to (?!the (?:communist )?party))"),
    Rule("applicants", ("Membership: 94 members. One teacher admitted in May; 7 applications pending.",),
         after=r"^(?:new )?applications? (?:pending|under review|being considered|awaiting)\b"),
    # (or a line labelled with the party lectures, then who gave how many: "Party lectures: each branch secretary gave 2,
    # the committee secretary 3")
    Rule("party_lectures", ("Party lectures: each branch secretary gave 2, the committee secretary 3",
                            "Party lectures: the secretary gave 4 and members 6"),
         frame=r"^\W*party (?:lectures|lessons|classes)\s*:[^.;:]*$",
         before=r"(?:\b(?:gave|delivered|taught|held|gives|give)|\bsecretar(?:y|ies)|\bmembers?|\bcommittee)\s*$"),
    # (or a line labelled with the admitting, or with the applications kept: "Admitted in 2022: 2", "Applications on file: 6")
    Rule("members_developed", ("Admitted in 2021: 3 (two teachers, one student)", "Newly admitted: 2", "Admitted in the year: 4"),
         before=r"^\W*(?:newly )?admitted(?: (?:in|during) (?:19|20)\d{2}| this year| (?:in|during) the (?:year|term))?\s*:\s*$"),
    # (or the applications new or received in the time the report covers: "New applications: 3")
    Rule("applicants", ("Written applications on file: 9", "Applications for membership on file: 4", "New applications: 3",
                        "Applications received: 5"),
         before=r"^\W*(?:(?:written )?applications?(?: for (?:party )?membership| to join the party)? (?:on file|held|kept|received)|"
                r"new applications?(?: for (?:party )?membership| to join the party)?)\s*:\s*$"),
    # (or given hardship grants, support as a visit is: "gave hardship grants to 5 staff members")
    Rule("staff_visited", ("this winter the committee gave hardship grants to 5 staff members",),
         before=r"\b(?:gave|given|awarded|paid|granted)\b[^.;]{0,10}?\b(?:hardship|relief|welfare|condolence) (?:grants?|allowances?|"
                r"payments?|money|funds?) to\s*$",
         after=r"^(?:[a-z-]+ )?(?:staff(?: members)?|teachers|colleagues|employees)\b"),
    # (or the second of two kinds of staff visited, the noun left out: "visited four teachers in hospital and two who
    # were unwell at home")
    Rule("staff_visited", ("the committee visited four teachers in hospital and two who were recovering at home",),
         frame=r"\bvisited (?:\d+|[a-z]+) (?:[a-z-]+ )?(?:teachers|staff|colleagues)\b[^.;]{0,40}?\band\s*$",
         after=r"^(?:more |others? )?who (?:were|are|had been) (?:ill|sick|in hospital|recovering|unwell)\b"),
    # (or more of the retired the school had at an event, visited at home since they could not come: "invited its 12 retired
    # members to a tea, and the secretary visited three more who are housebound", or in the sentence after)
    Rule("staff_visited", ("The branch held a tea for its 12 retired members, and the secretary visited three more who are "
                           "housebound.",),
         frame=rf"\b{_THE_RETIRED}[^.;]*\bvisited\s*$", after=_WHO_COULD_NOT_COME),
    Rule("staff_visited", ("The branch held a tea for its 12 retired members. Two members visited three others who could not "
                           "come.",),
         earlier=rf"\b{_THE_RETIRED}", before=r"\bvisited\s*$", after=_WHO_COULD_NOT_COME),
    Rule("staff_visited", ("Service: 35 pupils tutored, 18 retired teachers visited.",),
         after=r"^(?:retired|elderly|sick|ill|older) (?:teachers|staff|colleagues|members)(?: in need)? (?:were )?visited\b"),
    # (the first item of a list of the branch's figures: "At a glance: 19 members; 1 new member admitted")
    Rule("members_total", ("At a glance: 31 members; 2 new members admitted; 12 theme party days",
                           "At a glance (2023): 58 members in 4 branches; 6 admitted"),
         before=r"(?:\bat a glance|\bin (?:numbers|figures)|\bkey (?:figures|facts)|\bfacts and figures)"
                r"(?:\s*\((?:19|20)\d{2}\))?\s*:\s*$",
         after=r"^(?:party )?members(?: in (?:\d+|two|three|four|five|six) (?:party )?(?:branches|groups))?\s*[;,.]"),
    # (or alone on a line, as a list of the year's numbers gives it: "2024 in numbers\n\n36 members\n4 new members admitted")
    # (or on the branch's roll: "41 members on the roll")
    Rule("members_total", ("The branch in numbers\n\n31 members\n2 new members admitted",
                           "The branch in numbers\n\n29 members on the branch's roll"),
         before=r"^$", after=r"^(?:party )?members(?: on (?:the|its|our) (?:branch(?:['’]s)? )?(?:roll|register|books))?$"),
    # (or a list's item, the admitting said after the count: "29 members; 1 new member admitted; 12 theme party days"; or
    # the count alone: "58 members; 6 admitted")
    Rule("members_developed", ("At a glance: 31 members; 2 new members admitted; 12 theme party days",),
         after=r"^new (?:party |probationary )?members? (?:admitted|recruited|developed)\b"),
    # (or the members closing a line of the organization's counts: "Organisation: 5 branches, 16 Party groups, 176 members.")
    Rule("members_total", ("Organisation: 5 branches, 16 Party groups, 176 members.",),
         frame=r"\b(?:branch(?:es)?|party groups?)\b[^.;]{0,40},\s*(?:and\s+)?$", after=r"^(?:party )?members\s*(?:[.;]|$)"),
    Rule("members_developed", ("At a glance: 58 members in 4 branches; 6 admitted; 15 activists",),
         frame=r"\bmembers\b[^.]{0,40}[;,]\s*$", after=r"^(?:newly )?admitted\s*(?:[;,.]|$)"),
    # (or after a label of the members' development: "Development: 2 admitted, 3 activists identified")
    Rule("members_developed", ("Development: 3 admitted, 2 activists identified",),
         before=r"\b(?:membership |member )?(?:development|recruitment)\s*:\s*$",
         after=r"^(?:new (?:party )?members? )?(?:admitted|recruited|developed)\b"),
    # the membership at a year's start and at its end: the end's is the figure, the start's for review ("Membership: 30
    # at the start of the year, 32 at its end")
    Rule(None, ("Membership: 25 at the start of the year",),
         before=r"\bmembers(?:hip)?\s*:\s*$", after=r"^at the (?:start|beginning) of the (?:year|term)\b", review=True,
         name="a count it grew from"),
    Rule("members_total", ("Membership: 25 at the start of the year, 27 at its end.",),
         frame=r"\bmembers(?:hip)?\s*:[^.;]{0,60}\bat the (?:start|beginning) of the (?:year|term),\s*$",
         after=r"^at (?:its|the year['’]s|the term['’]s|the) end\b"),
    # the membership said as what the organization has: "four branches with a membership of 230"
    Rule("members_total", ("the committee oversees 12 branches, with a membership of 230",
                           "the branch has a total membership of 48"),
         before=r"\b(?:with|has|had|have) an? (?:total )?(?:party )?membership of\s*$"),
    # (members a clause after them describes are some of the members: "12 party members who have been in the party for
    # 50 years were given medals")
    Rule(None, ("12 party members who have been in the party for 50 years were given medals",),
         after=r"^(?:communist )?party members,? who\b",
         not_before=r"\b(?:has|had|have|there (?:are|were)|with|of)\s*$", name="members described"),
    # (members doing something now, not said to be all of them, "this summer 22 party members of the school are tutoring
    # pupils", are those who do it; "the 23 party members of X are …" are all of them)
    Rule(None, ("this summer 22 party members of the school are tutoring pupils",
                "twelve party members are now mentoring new colleagues"),
         after=r"^(?:communist )?party members\b[^.;,]{0,50}?\b(?:are|were|have been|had been) (?:now |still |also )?"
               r"[a-z]{3,}ing\b",
         not_before=r"\b(?:the|all|all the|all of the|its|our|their|whose)\s*$", name="members doing something"),
    # (not those who went somewhere: "8 party members from Willow Creek Kindergarten visited the children's ward"; nor those
    # who did something: "six party members from Elm Kindergarten read stories to the children")
    Rule("members_total", ("64 party members from four party branches", "48 party members",
                            "there are only six or seven party members at the school"),
         # (nor those who began or left something: "3 party members from Elm School began a posting in a village")
         # (members in the plural: "a party member" is one person described, no membership)
         after=r"^(?:communist )?party members\b(?! (?:teachers|volunteers|cadres|and|&|demonstration|responsibility|"
               r"pioneer|service|vanguard|model|post|area|commando)\b)(?!\s*\+)"
               r"(?! (?:are|were) (?:in charge|responsible|assigned|paired|engaged|on duty|on call)\b)"
               # (the school they are from may stand between: "8 party members from Willow Creek Kindergarten visited …")
               # (or the branches: "14 party members from the committee's 4 branches competed"; but all of them from their
               # branches attend a meeting: "130 party members from the school's 7 branches attended")
               r"(?! from (?:the |its )?(?:[a-z'’]+ )?(?:\d+|[a-z]+) (?:party )?branches "
               r"(?!attended\b|took part\b|participated\b|were present\b|gathered\b)[a-z]{3,}ed\b)"
               # (a school's name may hold a number: "from Lanzhou No. 31 Middle School"; or its departments be named:
               # "11 party members from the school's maths and science departments ran …")
               r"(?!(?: (?:from|of|at) (?:[^.;,]|\bno\.){1,60}?\b(?:school|kindergarten|college|departments?|faculty|"
               r"faculties)\b(?!['’]))?"
               # (with an auxiliary too: "14 party members of the school have run a weekend class")
               r"[^.;,]{0,50}?\b(?:(?:have|has|had|will|would|can|could) )?(?:attended|"
               r"took part|(?:have |has |had )?taken part|taking part|participated|participating|joined|went|visited|came|"
               r"gathered|carried out|listened|watched|studied|"
               r"[a-z]{3,}ed|took|undertook|went|came|gave|held|made|led|met|taught|brought|spent|helped|help|helps|bore|wrote|won|"
               r"ran|run|did|done|given|taken|sent|set|stood|built|kept|began|begun|left|drove|rode|flew|"
               r"read|sang|spoke|told|paid|swept|dug|drew|cut|put|sat|fed|brought|bought|showed|"
               # (or in the present, as a translation tells what was done: "organize 18 party members go into the
               # community")
               r"go|goes|come|comes|take|takes|carry|carries|visit|visits|participate|participates|attend|attends|"
               r"join|joins)\b)",
         not_before=r"\b(?:including|among them|among whom|of whom|of which|not only|besides)\b|"
                    # (nor those among people who did something: "Among the donors were 21 party members")
                    r"\bamong (?:the|those|these|its|our)\b[^.;,]{0,40}?\b(?:were|are)\s*$|"
                    # members something is done with or to are not how many there are
                    r"\b(?:pair|pairs|pairing|paired|organi[sz]e[ds]?|mobili[sz]e[ds]?|sent|send|assigned|selected|arranged|invited|dispatched|"
                    r"encouraged|asked|trained|commended|led|lead|brought|took|paired with|matched with|mentored by|guided by)\s*$"),
    # (not one of the committee's branches, named by whose it is: "The committee's student Party branch now has 23 members"
    # is a part of the school's, for review)
    # (or one of them named by its kind, with its members: "five branches, one of them a student branch with 19 members")
    Rule(None, ("the committee's student party branch now has 23 members", "its retired teachers' branch has 9 members",
                "its branches include a student branch with 19 members"),
         before=r"(?:\b(?:committee['’]s|its|our|the school['’]s) (?:student|students['’]|retired|retirees['’]|retired teachers['’]|"
                r"[a-z]+ grade|junior|senior|primary|secondary) (?:party )?branch (?:(?:now|currently) )?(?:has|had)|"
                r"\b(?:a|one) (?:student|students['’]|retired|retirees['’]|retired teachers['’]) (?:party )?branch "
                r"(?:with|having))\s*$",
         after=r"^(?:party )?members\b", review=True, name="a figure of one of the school's branches"),
    # (or the whole some of the members are out of, in brackets after their count: "Members who volunteered: 29 (out of 34)")
    Rule("members_total", ("Members who volunteered: 21 (out of 26)", "17 members (of 20) gave blood"),
         frame=r"(?:\bmembers\b[^.;\n()]{0,60}?\d[\d,]*|\d[\d,]* (?:party )?members)\s*\(\s*(?:out )?of\s*$",
         after=r"^(?:(?:party )?members)?\s*\)"),
    # (not the members in post, the retired counted apart, a part of the membership whose whole is not said: "the branch
    # has 21 members in post and 5 retired members")
    Rule(None, ("the branch has 21 members in post and 5 retired members",),
         after=r"^(?:party )?members (?:in post|in service|at work|still working|working at the school)\b,? and "
               r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?) retired\b", name="members in post, the retired apart"),
    Rule("members_total", ("the party branch has 31 members", "the party branch currently has 27 members",
                            "the branch consists of twenty members",
                            "the party branch of No. 3 Primary School in Jinan has 26 members",
                            "the kindergarten's party branch has 8 party members and 3 activists",
                            "the party committee has 4 branches and 71 members",
                            "at the end of the year the committee had 6 branches and 150 members",
                            "the branch now counts 33 members", "our party branch numbers 21 members",
                            "back then the branch had only 9 members", "the secretary, whose branch has 26 members, spoke",
                            "the school's branch has 19 members", "the new branch has 6 members",
                            "the committee oversees 5 branches and 104 members",
                            "the committee now has 14 activists and 88 members", "the school's own branch has 12 members",
                            "the branch has some 30 serving members",
                            "the branch now has four activists in training and 25 members"),
         # (or the school's: "the school's branch has 28 members", "its own branch")
         # (or after the activists it has: "the branch has 6 activists and 40 members", "4 activists in training and 30
         # members")
         before=r"\b(?:party (?:branch|committee|organi[sz]ation)|(?:the|our|this|whose|its|(?:the )?(?:school|kindergarten)['’]s) "
                r"(?:own )?(?:new |newly (?:formed|founded|established) )?(?:general )?(?:branch|committee))"
                r"(?: of [^;,]{1,60}?)? (?:(?:now|currently) )?(?:has|had|has a total of|consists of|counts|counted|"
                r"numbers|numbered|(?:oversees|oversaw|leads|led|comprises|comprised)(?= \S+ (?:party )?branches and))"
                r"(?: (?:just|only|still))?"
                r"(?: \S+ (?:(?:party )?(?:branches|groups)|(?:membership |party )?activists(?: in training)?) and)?\s*$",
         # (not members of one kind, told by a clause after them: "the branch has 3 members who have been in the Party for
         # 50 years"; those in service are all of them: "the branch has 35 serving members")
         after=r"^(?:(?:serving|current|active) )?(?:party )?members\b", not_after=r"^(?:party )?members (?:who|that|whose)\b"),
    # (or the school's, said just "members" after a sentence on its branch or its membership: "Two activists were admitted in
    # May. The kindergarten now has 14 members.")
    Rule("members_total", ("Two activists were admitted in May. The kindergarten now has 14 members.",),
         before=r"^\W*the (?:school|kindergarten) (?:now |currently )?(?:has|had)\s*$",
         after=r"^(?:party )?members\b", not_after=r"^(?:party )?members (?:who|that|whose)\b",
         earlier=r"\b(?:party|branch|committee|probationary|activists?|applicants?)\b"),
    # (or after a list of what else it has, commas between: "the committee has 5 branches, 12 party groups and 130 members")
    Rule("members_total", ("the committee has 5 branches, 12 party groups and 130 members",
                           "our branch has 3 party groups, 4 activists, and 41 members"),
         frame=r"\b(?:party (?:branch|committee|organi[sz]ation)|(?:the|our|this|its|(?:the )?(?:school|kindergarten)['’]s) "
               r"(?:own )?(?:general )?(?:branch|committee)) (?:(?:now|currently) )?(?:has|had|comprises|comprised|oversees|oversaw)"
               r"(?: \S+ (?:(?:party )?(?:branches|groups)|(?:membership |party )?activists),){1,3}"
               r" \S+ (?:(?:party )?(?:branches|groups)|(?:membership |party )?activists),? and\s*$",
         after=r"^(?:party )?members\b", not_after=r"^(?:party )?members (?:who|that|whose)\b"),
    # (or all its branches, said to have them: "the school's 5 branches now have 143 members")
    Rule("members_total", ("the school's 4 branches now have 118 members", "our three party branches have 64 members in all",
                           "the committee's six branches have 150 members"),
         # (not some of them: "two of the branches have 30 members")
         before=r"(?<!\bof )(?<!\bamong )\b(?:the|our|its|(?:the )?(?:school|kindergarten|college|committee|general branch)['’]s) "
                r"(?:\S+ )?"
                r"(?:party )?branches "
                r"(?:(?:now|currently) )?(?:have|had|count|counted|number|numbered)\s*$",
         after=r"^(?:party )?members\b", not_after=r"^(?:party )?members (?:who|that|whose)\b"),
    # (or the membership said by a part in brackets, said of them, where no verb of having reads it: "- 40 members (3 of them
    # probationary)", "- 33 members (including 2 probationary members)")
    Rule("members_total", ("- 40 members (3 of them probationary)", "- 33 members (including 2 probationary members)"),
         after=r"^(?:party )?members\s*[(（]\s*(?:including |among them )?\d[\d,]*(?: of (?:them|whom))?(?: (?:are|were))? "
               r"(?:full|probationary)\b"),
    # (or said so many strong, set off by commas after the branch: "The committee, now 126 strong, also presented …")
    Rule("members_total", ("The committee, now 126 strong, also presented certificates",),
         frame=r"\b(?:party )?(?:committee|branch|general branch)\s*,\s*(?:(?:now|currently)\s+)?$",
         after=r"^strong\b"),
    # (or the branch speaking of itself: "We have 19 members now")
    # (its branches counted first: "We now have 4 branches and 117 members")
    Rule("members_total", ("We have 19 members now.", "at the end of the year we had 23 party members",
                           "We now have 3 branches and 86 members."),
         before=r"(?:^|[.;:,!?]\s*|\b(?:now|today|currently|so far|at present|this year|[a-z]+ (?:19|20)\d{2}|(?:19|20)\d{2}),?\s+)"
                r"we (?:now |currently |still )?(?:have|had)(?: (?:just|only|about|some))?"
                r"(?: \S+ (?:party )?(?:branches|groups) and)?\s*$",
         after=r"^(?:party )?members\b", not_after=r"^(?:party )?members (?:who|that|whose)\b"),
    # (or the school, named, had them: "In 2018 Lianhua Middle School had only 11 party members")
    Rule("members_total", ("In 2018 Birch Middle School had only 11 party members and no activists.",),
         before=r"\b(?:school|kindergarten|college)\s+(?:now |then |still )?(?:has|had)(?: (?:only|just|about|some))?\s*$",
         after=r"^(?:communist )?party members\b"),
    # (or the school that has them, listed with others: "The school has 20 party members and 3 activists")
    Rule("members_total", ("The school has 20 party members and 3 activists.", "our kindergarten has 9 party members and 40 staff"),
         before=r"\b(?:the|our|this) (?:school|kindergarten|college)(?: (?:now|currently))? (?:has|had|has a total of)"
                r"(?: (?:just|only))?\s*$",
         after=r"^(?:communist )?party members\b"),
    # (or has with a second verb of the branch: "Our branch welcomed 2 new members and now counts 39 members")
    Rule("members_total", ("Our branch welcomed 2 new members and now counts 39 members.",
                           "the branch admitted one teacher this year and has 25 members"),
         before=r"\b(?:the|our|this) (?:party )?(?:branch|committee)\b[^.;]{0,60}?\band (?:(?:now|currently) )?"
                r"(?:has|counts|numbers)(?: (?:just|only))?\s*$",
         after=r"^(?:party )?members\b"),
    # (or what "it" has, the branch named in the sentence before: "The branch was set up in 2016. Today it has 12 members.")
    Rule("members_total", ("Our branch was founded in 2015. Today it has 12 members and 2 activists.",
                           "The party branch is young. It now has 9 members.",
                           "The branch of Elm Road No. 2 School dates from 1990. Today it has 30 members: 28 full, 2 probationary."),
         before=r"(?:^|\b)(?:today|now|at present|currently)?,?\s*it (?:(?:now|currently) )?(?:has|had)(?: (?:just|only))?\s*$",
         # (a school's number may stand in the sentence before: "The branch of Hefei No. 8 Middle School was founded …")
         after=r"^(?:party )?members\b", earlier=r"\b(?:party )?(?:branch|committee)\b(?:[^.]|\bno\.)*\.\s*$"),
    # (or in a clause about the branch, after it: "The committee, which oversees 4 branches and 127 members, was …")
    Rule("members_total", ("The committee, which oversees 4 branches and 127 members, was commended",
                           "the branch, which has 41 members, was rated advanced",
                           "the party branch of Xinmin Road School, which has 19 members, was rated advanced"),
         # (not a youth league's: "the school's Youth League committee, which has 1,400 members")
         # (nor a community's or a village's: "the Party committee of Hongshan Community, which has 320 members")
         frame=r"\b(?<!league )(?:branch|committee)(?: of (?:(?!community|village|street|company|enterprise|hospital)[^,;.]){1,60}?)?"
               r"\s*,\s*which\b",
         before=r"^\s*which (?:(?:now|currently) )?(?:has|had|oversees|oversaw|comprises|comprised|consists of)"
                r"(?: \S+ (?:party )?(?:branches|groups) and)?\s*$",
         after=r"^(?:party )?members\b"),
    # (or what it is made up of: "the branch is made up of 3 party groups and 47 members")
    Rule("members_total", ("the party branch of the school is made up of 3 party groups and 47 members",
                           "the committee is composed of 61 members"),
         frame=r"\b(?:branch|committee)\b[^.;]{0,60}?\b(?:is|was|are|were) (?:made up of|composed of|formed of)"
               r"(?: (?:\d+|two|three|four|five|six) (?:party )?(?:groups|branches|sub-branches) and)?\s*$",
         after=r"^(?:party )?members\b"),
    # (or the members said to make it up, a kind of them counted between: "Thirty members, six of them probationary,
    # make up the branch")
    Rule("members_total", ("Thirty members, six of them probationary, make up the branch.", "41 party members form our branch"),
         after=r"^(?:party )?members\b(?:, (?:\d+|[a-z-]+) of (?:them|whom) [a-z -]{1,30},)? (?:make up|form|constitute) "
               r"(?:the|our|its|this) (?:party )?(?:branch|committee)\b"),
    # (or after a colon, the branch described before it: "The branch is small: nine members and one activist.")
    # (or what "it" has: "Our branch is a small one: it has just eleven members.")
    Rule("members_total", ("The branch is small: nine members and one activist.", "Our branch at a glance: 24 members",
                           "Our branch is small, just nine members, but busy.",
                           "The school's branch is small: nine members, two of them retired.",
                           "Our branch is a small one: it has just eleven members."),
         # (or after a comma, said to be few: "Our branch is small, just nine members, but busy")
         frame=r"\b(?:party (?:branch|committee)|(?:the|our|this|its|the school's) (?:general )?(?:branch|committee))"
               r"\b[^.;:]{0,60}(?::\s*(?:it (?:(?:now|currently) )?(?:has|had)(?: (?:just|only))?\s*)?|, (?:just|only))\s*$",
         after=r"^(?:party )?members\b"),
    # (the branch named in the sentence before, "it" in this one: "The school's Party branch was set up in
    # 2008. It now has 3 party groups and 29 members.")
    # (or with the year it had them: "Founded in 2003, the branch has grown. By 2013 it had 18 members.")
    Rule("members_total", ("The party branch was founded in 2010. It now has 2 party groups and 24 members.",
                           "The school's party branch was set up in 1995. It has 17 members.",
                           "The branch has grown steadily. By 2013 it had 18 members."),
         before=r"^\s*(?:(?:by|in|at the end of) (?:19|20)\d{2},? )?it (?:(?:now|currently) )?(?:has|had|has a total of|consists of|"
                r"counts|numbers)(?: \S+ (?:party )?(?:branches|groups) and)?\s*$",
         after=r"^(?:party )?members\b", earlier=r"\b(?:party )?(?:branch|committee|party organi[sz]ation)\b"),
    # (or it, with another thing it did said first: "the branch admitted 2 new members and now has 26 members")
    Rule("members_total", ("the branch admitted 2 new members and now has 26 members",),
         frame=r"\b(?:the|our|this) (?:party )?(?:branch|committee)\b[^.;]{0,60}\band (?:(?:now|currently) )?(?:has|had)"
               r"(?: a total of)?\s*$",
         after=r"^(?:party )?members\b"),
    # the teachers who are members, as a school has them: "the school has 28 party member teachers"
    Rule("members_total", ("the school has 28 party member teachers", "there are 19 communist party member teachers"),
         before=r"\b(?:has|have|had|there (?:are|were))(?: a total of| about| over| more than| only)?\s*$",
         after=r"^(?:communist )?party member teachers\b"),
    # (or listed last of what it has: "The school now has 312 League members and 41 Party member teachers.")
    Rule("members_total", ("The school now has 312 League members and 41 Party member teachers.",),
         before=r"\b(?:has|have|had)\b[^.;]{1,40}?\band\s*$",
         after=r"^(?:communist )?party member teachers\b(?=\s*(?:[.;]|$))"),
    # (or its members said in a clause on the branch, and those it had when it was smaller: "The Party branch of Elm School,
    # which has 48 members, has grown from 35 members in 2020")
    Rule("members_total", ("The Party branch of Elm School, which has 48 members, meets on Fridays",
                           "The Party branch of Elm School, which has 48 members, has grown from 35 members in 2020"),
         # (a school's, by its name or as its own: not the Youth League's, "the school's Youth League committee, which has 900
         # members", nor a community's, "the Party committee of Hill Street Community, which has 250 members")
         frame=rf"{_A_SCHOOLS_BRANCH}(?:,\s*which (?:now |currently )?(?:has|counts)|"
               rf"\b(?:[^.;]|(?<=\bno)\.){{0,60}}\b(?:has|had) grown from)\s*$",
         after=r"^(?:party )?members\b"),
    # (or what the admissions told brought the membership to: "Three were admitted in May, bringing the total to 31")
    Rule("members_total", ("Three teachers joined in May, bringing the total to 31 by the year's end",
                           "three were admitted, which brought our membership to 41"),
         frame=r"\b(?:admitted|joined|members?|membership)\b[^.;]*$",
         before=r"\b(?:bringing|brought|brings|raising|raised) (?:the|its|our|their) (?:total|membership|number of members|"
                r"(?:party )?members)(?: number)? to\s*$"),
    # "the number of party members reached 45" (and of applicants, activists, probationary members)
    Rule("members_total", ("the number of party members in the school reached 45", "the number of party members is 23"),
         before=the_number_of(r"(?:communist )?party members")),
    Rule("applicants", ("the number of people who have applied for joining the party is 15",
                        "the number of applicants for party membership reached 20"),
         before=the_number_of(r"(?:(?:people|teachers|staff|persons) who (?:have )?applied (?:for joining|to join) "
                              r"the (?:communist )?party|applicants(?: for (?:party )?membership)?)")),
    Rule("activists", ("the number of activists for joining the party is 8",),
         before=the_number_of(r"(?:party )?activists(?: for joining the party)?")),
    Rule("members_probationary", ("the number of preparatory party members is 3",),
         before=the_number_of(r"(?:preparatory|probationary) (?:party )?members")),
    # (and of the members who volunteered: "the number of members who volunteered rose from 30 to 38")
    Rule("volunteer_participants", ("the number of members who volunteered rose from 30 to 38",),
         before=the_number_of(r"(?:party )?(?:members|teachers)(?: who (?:volunteered|served as volunteers|took part in "
                              r"(?:the )?volunteer(?:ing| service| work)))")),
    # (and the hours of volunteer service: "the total number of hours of volunteer service of party members reached 1,200
    # hours", "the number of volunteer hours rose to 900")
    Rule("volunteer_hours", ("the total number of hours of volunteer service of party members reached 1,200 hours",
                             "the number of volunteer hours rose to 900"),
         before=the_number_of(rf"(?:hours of (?:{VOLUNTEERING}|voluntary service)(?: (?:by|of) (?:the )?(?:party )?members)?|"
                              rf"{VOLUNTEERING} (?:service )?hours)")),
    # some of the staff the sentence counts, who are members: "Of the kindergarten's 36 teachers, 12 are Party members"
    Rule("members_total", ("Of the kindergarten's 40 teachers, 14 are Party members, and 2 more have applied.",),
         frame=r"^\W*of (?:the |its |our |(?:[a-z-]+ ){0,3}[a-z-]+(?:'s|’s) )(?:[a-z-]+ )?\d[\d,]* (?:teachers|staff(?: members)?|"
               r"faculty members)"
               r",\s*$",
         after=r"^(?:are|were) (?:communist )?(?:party )?members\b"),
    # (the members counted in the sentence before: "In 2015 the branch had 8 members. Five years on, it has 19.")
    Rule("members_total", ("In 2015 the branch had 8 members. Five years on, it has 19, and two more have applied.",
                           "When I joined the branch we had 12 members. Today we have 20."),
         frame=r"^\s*(?:today|now|currently|(?:[a-z]+|\d+) years (?:on|later)),? (?:it|the branch|we) (?:has|have|counts)\s*$",
         after=r"^(?:[.;,]|$)", earlier=r"\bmembers\b"),
    # (or "we", the branch asked about or named in the sentence before: "How big is the branch? We have 44 members.";
    # or earlier in the same one: "When I took over the branch in 2021 we had 19 members")
    Rule("members_total", ("Q: How big is the branch? A: We have 31 members.",),
         before=r"(?:^|\b)we (?:(?:now|currently) )?(?:have|had|number|count)(?: (?:just|only))?\s*$",
         after=r"^(?:party )?members\b", earlier=r"\b(?:branch|party)\b"),
    # (or quoted, the speaker then named as the branch's: '"We have 30 members now," said the secretary of the branch')
    Rule("members_total", ('"We now have 30 members, and three of them joined this year," said the branch secretary.',),
         before=r"(?:^|\b)we (?:(?:now|currently) )?(?:have|had|number|count)(?: (?:just|only))?\s*$",
         after=r"^(?:party )?members\b[^.;]{0,80}?,\s*(?:said|says|added|explained|told)\b[^.;]{0,80}?"
               r"\b(?:party )?(?:branch|committee)\b"),
    Rule("members_total", ("when I became secretary of the branch in 2020 we had 15 members",),
         frame=r"\b(?:the|our) (?:party )?branch\b[^.;]{0,40}?\bwe (?:(?:now|currently) )?(?:have|had)(?: (?:just|only))?\s*$",
         after=r"^(?:party )?members\b"),
    # (or a number alone, answering a question about the members: "How many members does the branch have? As of
    # June 2024, 31, of whom 3 are probationary.")
    Rule("members_total", ("How many members does your branch have? 27, of whom 2 are probationary.",
                           "How many party members are there? As of May 2023, 41.",
                           "How many members does the branch have? — Thirty, of whom four are retired."),
         frame=r"^\s*(?:[—–-]\s*)?(?:(?:as of|as at|at the end of|by|today|now|currently)\b[^.;!?]{0,24}?,?\s*)?$",
         after=r"^\s*(?:[.;]|,\s*(?:of (?:whom|them)|including|among them)\b|$)",
         earlier=r"\bhow many (?:party )?members\b"),
    # ("it" a team or a club the clause before names is no branch: "When the volunteer team was set up, it had 8 members")
    Rule(None, ("When the reading club was set up in 2020, it had 6 members.",),
         frame=r"\b(?:team|club|choir|band|squad|society|association|troupe)\b[^.;]{0,60},\s*it (?:(?:now|currently) )?"
               r"(?:has|had)\s*$", after=r"^(?:party )?members\b", name="a team's members"),
    # the branch named in the sentence before: "The party branch was founded in 2005. It now has 14 members."
    # (a date may open its clause: "As of the end of 2023 it had 96 members")
    # (or the branch, reporting: "the branch reported that it had 40 members")
    Rule("members_total", ("it now has 14 members", "It has 22 party members.", "As of the end of 2023 it had 96 members.",
                           "The branch was set up in 2006, and it now has 19 members.",
                           "in its report the branch said that it had 40 members at the end of the year"),
         before=r"(?:^\s*(?:and |but )?(?:(?:as of|as at|by|at) (?:the end of )?(?:[a-z]+ )?(?:19|20)\d{2},? )?|"
                r"\b(?:branch|committee) (?:said|says|reported|reports|stated|states) (?:that )?)it (?:(?:now|currently) )?"
                r"(?:has|had|has a total of|consists of)\s*$", after=r"^(?:party )?members\b"),
    # members who joined, said so in a sentence on the membership: "it had 96 members; 14 members joined in the past
    # five years"
    Rule("members_developed", ("The branch has 96 members; 14 members joined in the past five years.",),
         frame=r"\bmembers\b", after=r"^(?:new )?(?:party )?members (?:have )?joined\b(?=\s+(?:in|during|over|since|this|last)\b|"
                                     r"\s*[.;,]|\s*$)"),
    # an organization's size: "three party branches with a total of 64 members"
    Rule("members_total", ("the committee leads four branches with a total of 87 members",
                           "it oversees three branches with 86 members in total"),
         before=r"\b(?:branch(?:es)?|committee|organi[sz]ations?) (?:with|having)(?: a total of| altogether)?\s*$",
         after=r"^(?:party )?members\b(?! of\b)"),
    # (the branches named in an aside between: "it has three branches — teachers', students' and retirees' — with 96
    # members in all")
    # (or in brackets: "it oversees 3 branches (teachers, students and retirees) with 77 members in all")
    Rule("members_total", ("it has three branches — teachers', students' and retirees' — with 96 members in all",
                           "it oversees 3 branches (teachers, students and retirees) with 77 members in all"),
         frame=r"\bbranch(?:es)?\s*(?:[—–]\s*[^—–.;]{1,60}?\s*[—–]|[(（][^()（）.;]{1,60}[)）])\s*(?:with|having)"
               r"(?: a total of| altogether)?\s*$",
         after=r"^(?:party )?members\b(?! of\b)", quotes_frame=True),
    # (its parts said first: "it became a general branch with 4 branches and 68 members"; what they are may be said between
    # commas: "The committee has 5 branches, one of them for retirees, and 120 members")
    Rule("members_total", ("it became a general branch with 4 branches and 68 members",
                           "The committee has 5 branches, one of them for retirees, and 120 members in all"),
         frame=r"\b(?:branch|committee|organi[sz]ation) (?:with|having|has|had|oversees) \S+ (?:party )?(?:sub-)?(?:branches|groups)"
               r"(?:,[^.;,]{1,40},)? and\s*$",
         after=r"^(?:party )?members\b(?! of\b)"),
    Rule("members_total", ("the party branch, which now has 17 members", "the branch, which has 12 members and 3 activists",
                           "the branch, founded in 2004, now has 26 members",
                           "The committee, which has three branches, now counts 64 members."),
         frame=r"\b(?:party (?:branch|committee|organi[sz]ation)|(?:the|its|our) (?:general )?(?:branch|committee)),? "
               r"(?:which|that|[^,;.]{1,40},) (?:(?:now|currently) )?(?:has|had|has a total of|"
               r"consists of|counts|numbers)\s*$", after=r"^members\b"),
    # the organization named with its size: "a party branch of 27 members" (not a committee's: its
    # members are the committee's)
    Rule("members_total", ("the school has a party branch of 19 members", "a general party branch with 40 members"),
         before=r"\b(?:party )?(?:branch|general branch|organi[sz]ation) (?:of|with)\s*$",
         after=r"^(?:party )?members\b"),
    # (or after what the brackets say of it: "The general branch (4 branches) now has 97 members")
    Rule("members_total", ("The committee (5 branches) now has 120 members.",),
         frame=r"\b(?:branch|committee)\s*[(（][^()（）.;]{1,40}[)）]\s*(?:(?:now|currently|still) )?(?:has|had|counts)\s*$",
         after=r"^(?:party )?members\b(?! of\b)"),
    # (or its members now, after those it had at a time told before them in the brackets: "the branch (24 members at the
    # time, 31 today)")
    Rule("members_total", ("in 2015 the branch (12 members at the time, 30 today) set up a volunteer team",),
         frame=r"\b(?:branch|committee)\s*[(（]\s*(?:\d+|[a-z]+) (?:party )?members\b[^()（）.;]{0,24},\s*$",
         after=r"^(?:today|now|at present|currently)\s*[)）]"),
    # (or with its noun left out, after the members it was set up with: "Set up in 2010 with 6 members, the branch now has 40.")
    Rule("members_total", ("Set up in 2010 with 6 members, the branch now has 40.",
                           "Founded in 1990 with 5 members, the branch today has 44, of whom 30 are women."),
         frame=r"\bwith (?:\d+|[a-z]+) (?:party )?members\b[^.;]{0,50}\b(?:now|today|currently) (?:has|counts|numbers)\s*$",
         after=r"^\s*(?:[.;,]|$)"),
    # (or in brackets after it, its branches maybe first: "the committee (4 branches, 96 members) met in March")
    Rule("members_total", ("the committee (4 branches, 96 members) met in March", "the branch (27 members) held its meeting"),
         frame=r"\b(?:branch|committee|organi[sz]ation)\s*[(（](?:[^()（）.;]{1,30},\s*)?$", after=r"^(?:party )?members\b(?! of\b)"),
    # (or after a dash: "it is a modest Party branch — only 11 members")
    Rule("members_total", ("it is a modest Party branch — only 11 members", "their branch – just 14 members – meets on Fridays"),
         before=r"\b(?:party )?(?:branch|general branch)\s*(?:[—–]|--)\s*(?:just|only|with|of)?\s*$",
         after=r"^(?:party )?members\b(?! of\b)"),
    # (or said between commas: "the school's party branch, with 47 members, held a ceremony")
    Rule("members_total", ("the school's party branch, with 47 members, held a ceremony",),
         frame=rf"\b{NOT_ONE_OF_ITS_BRANCHES}(?:party )?(?:branch|general branch|organi[sz]ation), with\s*$",
         after=r"^(?:party )?members\b,"),
    # (or a sentence that is nothing but the count and when it stood, after an inline heading: "Membership. 21 members at
    # year end (20 full, 1 probationary).")
    Rule("members_total", ("Membership. 21 members at year end (20 full, 1 probationary).",),
         before=r"^\s*$", after=r"^(?:party )?members (?:at (?:the )?(?:year(?:['’]s)? end|end of (?:the )?year)|as of [^.;,()]{1,20}|"
                                r"on \d{1,2} [a-z]+)\b"),
    # (or in brackets after it: "This semester the branch (31 members, 2 of them probationary) held …")
    Rule("members_total", ("This term the branch (26 members, 1 of them probationary) held 4 theme party days.",),
         frame=r"\b(?:the|our|this) (?:party )?(?:branch|committee)\s*\(\s*$",
         after=r"^(?:party )?members\b"),
    # a membership grown from one count to another: the later count is the membership of its time ("now", or the
    # year the sentence names); the earlier one's time is seldom said, and it is left
    Rule("members_total", ("the number of party members has increased from 12 when the branch was founded to 35 now",
                           "party membership grew from 30 in 2015 to 45 today"),
         before=rf"{MEMBERSHIP_GREW_FROM}\b[^.;]{{1,60}}?\bto\s*$",
         time_until=r"\bfrom\b[^.;]{1,60}?\bto\s*$"),
    # (where the earlier count's year is said, it is the membership of that year: "rose from 18 in 2020 to 25")
    # (or its end: "Membership rose from 60 at the end of 2020 to 66")
    Rule("members_total", ("the number of party members rose from 18 in 2020 to 25 in 2023",
                           "Membership rose from 40 at the end of 2019 to 52 at the end of 2023"),
         before=rf"{MEMBERSHIP_GREW_FROM}\s*$", after=r"^(?:in|at the end of|by the end of) (?:19|20)\d{2}\b"),
    # the members who took part in an activity, after a sentence that told of the volunteer activities it is one of: "The
    # branch organized members to carry out volunteer activities. 18 members took part in the village's book-sharing event"
    Rule("volunteer_participants", ("In May the branch organized volunteer activities. 18 members took part in the village's "
                                    "book-sharing event.",),
         earlier=rf"\b{VOLUNTEERING}\b[^.]*\bactivit(?:y|ies)\b",
         after=r"^(?:[a-z-]+ )?(?:party members|members|member teachers|teachers)\b (?:have |had )?(?:participated|took part|"
               r"taken part) in (?:the |a |an )?[^.;]{0,60}?\b(?:activit(?:y|ies)|event|service)\b"),
    # (a volunteer team grown to a count is its volunteers, whatever organization it is of: "the volunteer team of the school's
    # party committee has grown from 15 to 60 members")
    Rule("volunteer_participants", ("the volunteer team of the school's party committee has grown from 15 to 60 members",),
         before=r"\b(?:volunteer|service) (?:service )?(?:team|corps|squad)\b(?:[^.;]|(?<=\bno)\.){0,80}?\b(?:has |had )?(?:grown|grew|risen|rose|"
                r"increased|expanded) from \d[\d,]* to\s*$",
         after=r"^(?:members|volunteers)\b"),
    # (or the branch grown from a count to another: "the branch grew from 26 to 30 members")
    # (the branch may be "it": "since 2019 it has grown from 15 to 22 members")
    Rule("members_total", ("this year the branch grew from 26 to 30 members", "since 2019 it has grown from 15 to 22 members"),
         before=r"\b(?:branch|committee|membership|it) (?:has |had )?(?:grown|grew|risen|rose|increased|expanded) from "
                r"\d[\d,]* to\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # the membership grown to a count: "our branch grew to 19 members"
    Rule("members_total", ("in 2022 our branch grew to 19 members", "the branch has grown to 31 party members"),
         before=r"\b(?:branch|committee|membership) (?:has |had )?(?:since )?(?:grown|grew|risen|rose|increased|expanded) to\s*$",
         after=r"^(?:communist )?(?:party )?members\b"),
    # (or the members said once, before, as those it was founded with: "Set up in 2012 with 6 members, the branch has grown
    # to 33.")
    Rule("members_total", ("Founded in 2011 with three members, the committee has since grown to forty.",),
         frame=r"\bmembers\b[^.;]*\b(?:branch|committee) (?:has |had )?(?:since )?(?:grown|grew|risen|rose|increased|expanded) "
               r"to\s*$",
         after=r"^\s*(?:[.;]|$)"),
    # the people whose admission a count is said with: "with the admission of 2 teachers"
    Rule("members_developed", ("the branch grew to 19 members with the admission of 2 teachers",),
         before=r"\b(?:the )?admission of\s*$", after=rf"^(?:new |young )?(?:{PEOPLE}|students|pupils)\b"),
    # what the branch has grown into: "it has grown into a strong team of 36 members"
    Rule("members_total", ("after years of development it has grown into a strong team of 36 members",
                           "the branch has become a team of 28 party members"),
         before=r"\b(?:has|had) (?:grown|developed|become|turned) (?:into )?an? (?:[a-z-]+ ){0,2}?(?:team|contingent|force) "
                r"of\s*$", after=r"^(?:party )?members\b"),
    # the count a labelled figure went up or down to, after the one it went from: "Activists: up from 3 to 6 this year"
    Rule("activists", ("Activists: up from 3 to 6 this year.",), frame=rf"^\W*(?:party |membership )?activists{_UP_OR_DOWN_TO}"),
    Rule("members_total", ("Members: up from 40 to 43.",), frame=rf"^\W*(?:party )?members{_UP_OR_DOWN_TO}"),
    Rule("applicants", ("Applicants: down from 9 to 7 over the year.",),
         frame=rf"^\W*(?:membership )?applicants{_UP_OR_DOWN_TO}"),
    # a count a figure went up from, with no time of its own (no rule above read one): "Members: 158, up from 151" is
    # an earlier count, of a time not said (for review)
    Rule(None, ("membership is up from 151", "the volunteer team is up from 9"),
         before=r"\bup from\s*$", not_after=r"^[^.;,]{0,30}?\b(?:(?:19|20)\d{2}|(?:last|previous|a) year)\b",
         review=True, name="a count it grew from"),
    # the branch's members, "the" members opening a sentence after the sentence before named the branch, last (what they did
    # may make them volunteers, above): "The branch held its theme day on 3 May. The 26 members visited …" (not some of them
    # described: "The 12 members who attended …"; the time may open the sentence: "This term the 15 members are …")
    Rule("members_total", ("The branch of Elm School held its theme Party day on 3 May. The 26 members visited a farm.",
                           "Each member of the branch visits two families. This term the 15 members are visiting 30 families."),
         earlier=r"\b(?:party )?(?:branch|committee)\b",
         before=r"^\W*(?:(?:this|last|next) (?:year|term|semester|month|week),?\s+|now,?\s+)?the\s*$",
         after=r"^(?:communist )?(?:party )?(?:members|member teachers)\b(?! (?:who|that|of|from|in|at|on|among|with)\b)(?!,)"),
]
