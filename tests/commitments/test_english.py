"""Commitments in English (the dependency-parse rules): a development set of realistic sentences.

The development set is written for these rules, beyond the seeds: joint-communiqué and chairman's-statement
style, interviews with officials and machine-translated English. Each case lists the rows expected as (actor,
action, polarity, deadline); the actor is a canonical English name, turned into an id with the knowledge base.
Negative cases (welcome, note, concern, advice, proposals, facts) must give no row.
"""
from datetime import date

import pytest

from .cases import NEG, POS, check_no_rows, check_rows, params

COMMUNIQUE = "Joint Communiqué of the 56th ASEAN Foreign Ministers' Meeting\n"
EAS_STATEMENT = "Chairman's Statement of the 18th East Asia Summit\n"
INTERVIEW = ("Deputy Foreign Minister Do Hung Viet, Head of the Vietnamese delegation, gave an interview on the "
             "results of the meetings.\n")

ENGLISH = [
    # "they" after a paragraph whose subject is "they" again stands for the subject before that (2026-12-03, dev
    # split en_146)
    ("The ASEAN defence ministers agreed to set up a hotline.\n\nThey also discussed and commended the good progress in "
     "practical cooperation.\n\nThey agreed to adopt the ADMM Three-Year Work Programme.",
     [("ASEAN", "agree", POS, None), ("ASEAN", "agree", POS, None)]),
    # "were committed to make ...": the parser hangs the infinitive as an adverbial clause (2026-12-03, dev split
    # en_149, en_104)
    ("The Leaders were also committed to make ASEAN a driver of global growth.", [("ASEAN", "commit", POS, None)]),
    # "we" outside any quotation, in a meeting's own document that names no one before it, is the meeting's voice
    # (2026-12-03, dev split en_150, en_136); in a leader's speech it stays no one's (in the negative set)
    ("Press Release by the Chairman of the ASEAN Foreign Ministers' Retreat\n\nThe ASEAN Foreign Ministers' Retreat was "
     "held on 21 January 2021 via videoconference.\n\nWe committed to swiftly implementing the ASEAN Comprehensive "
     "Recovery Framework.", [("ASEAN", "implement", POS, None)]),
    # a person the knowledge base lacks speaks for the state the article gives with the title, before the name or in
    # an apposition after it; a quote's "we" and a later "he" are that state's (2026-12-03, dev split en_002, en_105)
    ("\"The DPRK will send an official,\" Vitavas Srivihok, director-general of ASEAN Affairs at the Thai Foreign "
     "Ministry, said.\n\n\"Things could change,\" Vitavas said. \"We will keep in close touch with the DPRK.\"",
     [("Thailand", "plan", POS, None)]),
    ("Thai Foreign Minister Somchai Wongsawat met reporters. He urged North Korea to return to the talks.",
     [("Thailand", "urge", POS, None)]),
    # a light verb with the noun "pledge" or "call" is the verb (2026-12-03, dev split en_106, en_077)
    ("The ministers made a pledge to step up intelligence sharing on terrorism.", [("ASEAN", "promote", POS, None)]),
    ("The ministers issued anew a call \"to exercise self-restraint in the conduct of activities\".",
     [("ASEAN", "urge", POS, None)]),
    # an adverbial clause opened by "after", "as", ... reports its own subject's act (2026-12-03, dev split en_130,
    # en_083); "if" makes a condition (in the negative set)
    ("The ministers met in Hanoi after Vietnam agreed to build a road.", [("Vietnam", "agree", POS, None)]),
    ("The meeting ended with a renewed push for cooperation, as ASEAN nations adopted 11 new commitments to address "
     "cybersecurity threats.", [("ASEAN", "approve", POS, None)]),
    # two verbs sharing one object are one action (parallel of the Vietnamese rule, 2026-12-03)
    ("The ministers agreed to ratify and implement the trade agreement soon.", [("ASEAN", "agree", POS, None)]),
    # a name's acronym in brackets and a date between the subject and the verb (parallel of the Vietnamese rule,
    # 2026-12-03, dev split vi_074)
    ("South Korea and the Association of Southeast Asian Nations (ASEAN) on Thursday adopted a joint statement on a "
     "comprehensive strategic partnership.", [("South Korea", "approve", POS, None), ("ASEAN", "approve", POS, None)]),
    # a capital that acts is its government; a wire dateline with "--" is where the story was filed (2026-12-03, dev
    # split en_103) ...
    ("The leaders met in Jakarta. Beijing pledged to speed up talks on the code of conduct.",
     [("China", "commit", POS, None)]),
    ("MANILA (Yonhap) -- President Moon Jae-in on Monday called for efforts to diversify relations between South Korea "
     "and ASEAN. He spoke at a summit.", [("South Korea", "urge", POS, None)]),
    # ... a capital where something happens is no party
    ("The ministers met in Hanoi on Monday. In Hanoi, the ministers agreed to speed up talks.",
     [("ASEAN", "agree", POS, None)]),
    # a bare verb the parse coordinates with a gerund in the infinitive's complement continues the infinitive
    # (2026-12-06, dev split en_076, en_089)
    ("Leaders met in Hanoi on Tuesday. The ministers also agreed to start discussions on developing a post-2015 vision "
     "and take ASEAN's integration to the next step.", [("ASEAN", "agree", POS, None)] * 2),
    # a gerund coordinated with a gerund stays in its phrase
    ("Leaders met in Hanoi on Tuesday. The ministers also agreed to start discussions on developing a vision and "
     "drafting a plan.", [("ASEAN", "agree", POS, None)]),
    # "while V-ing" on a statement's verb is an action of the same actor with its own row; a trigger keeps its action
    # (2026-12-06, dev split en_060, en_077, en_102)
    ("Leaders met in Hanoi on Tuesday. Vietnam has committed to hasten the completion of a Code of Conduct while "
     "renewing its call for self-restraint.", [("Vietnam", "commit", POS, None), ("Vietnam", "reaffirm", POS, None)]),
    ("Leaders met in Hanoi on Tuesday. The Leaders agreed to intensify cooperation in five priority areas, while "
     "exploring the possibilities of cooperation in some new areas.", [("ASEAN", "agree", POS, None)] * 2),
    # the whole group binds its meeting (against the partial quantifiers below; 2026-12-06, dev split en_097)
    ("Leaders met in Hanoi on Tuesday. The Ministers called on the DPRK to comply fully with all relevant UNSC "
     "Resolutions.", [("ASEAN", "urge", POS, None)]),
    # bare verbs the parse hangs on a finite trigger continue its infinitive, one row each (2026-12-06, dev split en_085)
    ("Leaders met in Hanoi on Tuesday. The leaders also agreed to ensure food security for the region's people, "
     "stabilize regional food markets and set an example for global food security governance.",
     [("ASEAN", "agree", POS, None)] * 3),
    ("Leaders met in Hanoi on Tuesday. Vietnam pledged to boost trade with Laos, expand investment and deepen ties.",
     [("Vietnam", "promote", POS, None)] * 3),
    # a finite verb coordinated with the trigger is no part of its infinitive
    ("Leaders met in Hanoi on Tuesday. Vietnam agreed to boost trade with Laos, and President Thuong welcomed the new "
     "port.",
     [("Vietnam", "agree", POS, None)]),
    # a declared intention takes its complement's action (2026-12-06, dev split en_059)
    ("Leaders met in Hanoi on Tuesday. Vietnam and Laos declared to strengthen their ties.",
     [("Vietnam", "promote", POS, None), ("Laos", "promote", POS, None)]),
    # charging officials with a task is urging them, one row per coordinated task (2026-12-06, dev split en_102)
    ("Leaders met in Hanoi on Tuesday. The leaders tasked senior officials to work on the issue and submit concrete "
     "recommendations to the Leaders.", [("ASEAN", "urge", POS, None), ("ASEAN", "urge", POS, None)]),
    # (this sentence was a hand-written negative of issue 6; the real corpus's gold reads such tasks as urge:
    # "tasked their respective officials concerned to look into regional nuclear safety regime", dev split en_057)
    ("Leaders met in Hanoi on Tuesday. The Leaders tasked their ministers to explore ways to deepen economic "
     "integration.", [("ASEAN", "urge", POS, None)]),
    # a light verb with the noun "support" is the verb (2026-12-06, dev split en_101, en_102, en_105)
    ("Leaders met in Hanoi on Tuesday. Vietnam expressed support for Laos's chairmanship.",
     [("Vietnam", "support", POS, None)]),
    ("Leaders met in Hanoi on Tuesday. Vietnam voiced its strong support for the ASEAN Charter.",
     [("Vietnam", "support", POS, None)]),
    # coordinated infinitives of a light verb's noun object are actions of their own (2026-12-06, dev split en_047)
    ("Leaders met in Hanoi on Tuesday. Vietnam will continue its efforts to build trust and to expand trade with Laos.",
     [("Vietnam", "plan", POS, None), ("Vietnam", "promote", POS, None)]),
    ("Leaders met in Hanoi on Tuesday. Vietnam will continue its efforts to build trust with Laos.",
     [("Vietnam", "plan", POS, None)]),
    # an aside in brackets between coordinated names still joins them (2026-12-03, dev split en_085)
    ("Leaders met in Phnom Penh. ASEAN (the bloc) and China have called upon the international community to "
     "strengthen food security.",
     [("ASEAN", "urge", POS, None), ("China", "urge", POS, None)]),
    # a reported clause with a subject and a trigger of its own is the statement, not its reporter's reiteration
    # (2026-12-03, dev split en_072); a reiterated that-clause with no trigger of its own stays the reporter's
    ("Leaders met in Singapore on Tuesday. He reiterated ASEAN leaders had urged Myanmar's junta to open a meaningful "
     "dialogue with Suu Kyi.", [("ASEAN", "urge", POS, None)]),
    ("Leaders met in Singapore on Tuesday. Vietnam reiterated that it will support Laos.",
     [("Vietnam", "reaffirm", POS, None)]),
    # ... while one with a modal or a subjunctive says what will be done
    ("The leaders agreed that the next meeting be held in Manila.", [("ASEAN", "agree", POS, None)]),
    # a dateline's place binds no one, though the parse hangs it on the subject (2026-12-03, dev split)
    ("KEY POINTS:\nSINGAPORE - Southeast Asian leaders have signed a landmark charter on human rights.",
     [("ASEAN", "approve", POS, None)]),
    # the same place in the story's sentence is its own subject
    ("SINGAPORE (AP) - Leaders met on Tuesday. Singapore pledged to fund the new centre.",
     [("Singapore", "commit", POS, None)]),
    # "they" in a clause its reporters declared is the reporters, each party of them (2026-12-02, dev split)
    ("The United States and ASEAN declared that they will elevate their relationship to a comprehensive strategic "
     "partnership.", [("United States", "promote", POS, None), ("ASEAN", "promote", POS, None)]),
    # "they" in a relative or coordinated clause stands for the sentence's earlier plural subject, and a signing
    # it makes counts as the subject's own (2026-12-03, dev split) ...
    ("SINGAPORE - Heads of state or government of the 10 member countries of the Association of Southeast Asian "
     "Nations (ASEAN) gathered here Tuesday for the summit, at which they signed the ASEAN Charter.",
     [("ASEAN", "approve", POS, None)]),
    ("ASEAN foreign ministers met in Bali on Monday, and they agreed to speed up talks.", [("ASEAN", "agree", POS, None)]),
    # ... never for a singular name that ends like a plural, nor for an object
    ("The United States urged ASEAN members to act, and they signed the deal.", [("United States", "urge", POS, None)]),
    # a relative clause on an actor still binds it ...
    ("Vietnam, which will chair ASEAN next year, pledged to promote trade.",
     [("Vietnam", "promote", POS, None), ("Vietnam", "plan", POS, None)]),
    # ... one on a thing binds no one, not the subject of the clause the thing is in (2026-12-03, dev split)
    ("ASEAN Foreign Ministers signed the expanded Treaty of Amity so that Chile, Morocco, and Egypt can officially "
     "join the agreement, which will bring the total members to 35.", [("ASEAN", "approve", POS, None)]),
    # a speaker's "we agreed" at a meeting is the act of its parties; "we will" stays the speaker's (2026-12-03, dev)
    ('"We have agreed to create the human rights body," Singapore Foreign Minister George Yeo told reporters at the '
     '41st ASEAN Foreign Ministers Meeting.', [("ASEAN", "agree", POS, None)]),
    ('"We will create the human rights body," Singapore Foreign Minister George Yeo told reporters at the 41st ASEAN '
     'Foreign Ministers Meeting.', [("Singapore", "plan", POS, None)]),
    # ... but what a stance "is" is its holder's (seed 000)
    ("In that situation, ASEAN still maintains its consistent stance, which is to support and emphasize peace, "
     "stability, freedom of navigation and overflight in the region.", [("ASEAN", "support", POS, None)]),
    ("Regarding foreign affairs, ASEAN has also achieved a very important milestone, which is agreeing to let the "
     "UK become a Dialogue Partner of ASEAN.", [("ASEAN", "agree", POS, None)]),
    # ... other future passives still commit the one the story speaks of (seed 003)
    ("Vietnam pledged to cut emissions. Many groups of solutions will be deployed synchronously.",
     [("Vietnam", "commit", POS, None), ("Vietnam", "implement", POS, None)]),
    # the object of a verb of persuasion does what its to-infinitive says (2026-12-03, dev split)
    ("The six older members of ASEAN persuaded Myanmar, Laos, Cambodia and Vietnam to accept the deal in principle.",
     [("Myanmar", "agree", POS, None), ("Laos", "agree", POS, None), ("Cambodia", "agree", POS, None),
      ("Vietnam", "agree", POS, None)]),
    # ... only a persuasion that happened
    ("ASEAN agreed to persuade Myanmar to accept the deal in principle.", [("ASEAN", "agree", POS, None)]),
    # synonyms of the promote group take its class
    ("Japan will deepen cooperation with ASEAN on maritime security.", [("Japan", "promote", POS, None)]),
    # issuing a statement adopts it, as issuing a declaration does (gold policy, 2026-12-02)
    ("The ministers issued a joint statement on the situation in the South China Sea.", [("ASEAN", "approve", POS, None)]),
    # joint communiqué: "we" is the meeting's voice
    (COMMUNIQUE + "We reaffirmed our commitment to maintaining and promoting peace, security and stability in the "
                  "region.",
     [("ASEAN", "reaffirm", POS, None)]),
    (COMMUNIQUE + "We agreed to intensify efforts to conclude an effective and substantive Code of Conduct in the "
                  "South China Sea.",
     [("ASEAN", "agree", POS, None)]),
    (COMMUNIQUE + "We adopted the ASEAN Leaders' Declaration on the Blue Economy.",
     [("ASEAN", "approve", POS, None)]),
    (COMMUNIQUE + "We welcomed the entry into force of the RCEP Agreement and agreed to fully implement it.",
     [("ASEAN", "agree", POS, None)]),
    # chairman's statement
    ("The Leaders welcomed the progress in the implementation of the Five-Point Consensus and urged the Myanmar "
     "Armed Forces to fully implement it.",
     [("ASEAN", "urge", POS, None)]),
    ("The Ministers called on all parties to exercise self-restraint and refrain from actions that would "
     "complicate the situation.",
     [("ASEAN", "urge", POS, None)]),
    ("The ministers agreed to strengthen cooperation on food security and urged development partners to provide "
     "technical assistance.",
     [("ASEAN", "agree", POS, None), ("ASEAN", "urge", POS, None)]),
    ("ASEAN member states agreed to fully implement the ASEAN Comprehensive Recovery Framework by 2025.",
     [("ASEAN", "agree", POS, date(2025, 12, 31))]),
    ("ASEAN leaders vowed to step up the implementation of the Master Plan on ASEAN Connectivity 2025.",
     [("ASEAN", "implement", POS, None)]),
    ("The bloc is determined not to let the crisis derail its economic integration.",
     [("ASEAN", "refrain", NEG, None)]),
    # forums with partners speak for themselves
    (EAS_STATEMENT + "The Leaders reaffirmed their commitment to the East Asia Summit as a leaders-led forum.",
     [("East Asia Summit", "reaffirm", POS, None)]),
    ("The ASEAN Regional Forum agreed to continue discussions on preventive diplomacy.",
     [("ASEAN Regional Forum", "agree", POS, None)]),
    ("Leaders of ASEAN Plus Three countries pledged to strengthen the Chiang Mai Initiative Multilateralisation.",
     [("ASEAN Plus Three", "promote", POS, None)]),
    # states and officials
    ("Vietnam pledged to contribute actively to ASEAN's efforts to build a resilient Community.",
     [("Vietnam", "support", POS, None)]),
    ("Indonesia will host the 43rd ASEAN Summit in Jakarta.",
     [("Indonesia", "plan", POS, None)]),
    ("The Philippines is determined to conclude the Code of Conduct negotiations by 2026.",
     [("Philippines", "commit", POS, date(2026, 12, 31))]),
    ("Malaysia will not recognise any claims that contravene UNCLOS, Prime Minister Anwar Ibrahim said.",
     [("Malaysia", "refrain", NEG, None)]),
    ("Singapore's Foreign Minister Vivian Balakrishnan said Singapore would continue to support Timor-Leste's "
     "full membership.",
     [("Singapore", "support", POS, None)]),
    ("Vietnam calls on ASEAN member states to uphold international law in the East Sea.",
     [("Vietnam", "urge", POS, None)]),
    ("Laos plans to launch the ASEAN Power Grid pilot by the end of 2025.",
     [("Laos", "plan", POS, date(2025, 12, 31))]),
    ("Vietnamese Prime Minister Pham Minh Chinh attended the summit. He affirmed Vietnam's strong support for "
     "ASEAN's central role in the regional architecture.",
     [("Vietnam", "reaffirm", POS, None)]),
    # reported speech: the bound party is ASEAN, not the speaker
    ("“ASEAN will not take sides,” said Foreign Minister Retno Marsudi of Indonesia.",
     [("ASEAN", "refrain", NEG, None)]),
    # interview: "we" is the official's state
    (INTERVIEW + "“We will continue to work closely with Laos to ensure the success of its ASEAN Chairmanship,” "
                 "the Deputy Minister said.",
     [("Vietnam", "plan", POS, None)]),
    (INTERVIEW + "On this occasion, we announced that we will organize a regional consultation on the review of "
                 "the 2025 Master Plans.",
     [("Vietnam", "plan", POS, None)]),
    # machine-translated English
    ("Vietnam commits to actively coordinate with member countries to successfully organize the ASEAN Future "
     "Forum 2025.",
     [("Vietnam", "commit", POS, None)]),
    ("Countries agreed very highly on the need to fully implement the Declaration on the Conduct of Parties.",
     [("ASEAN", "agree", POS, None)]),
    ("The meeting was determined to implement the Five-Point Consensus of the ASEAN Leaders.",
     [("ASEAN", "implement", POS, None)]),
    # passive adoption at a named meeting; reported "we" without quotation marks
    ("The ASEAN Digital Masterplan 2025 was adopted at the 1st ASEAN Digital Ministers' Meeting in January 2021.",
     [("ASEAN", "approve", POS, None)]),
    ("We will make every effort to conclude the negotiations by 2026, the ministers said.",
     [("ASEAN", "plan", POS, date(2026, 12, 31))]),
    ("It was agreed that the next meeting would be held in Manila.",
     [("ASEAN", "agree", POS, None)]),
    ("Japan pledged to provide an additional 100 million USD to the ASEAN Centre for Public Health Emergencies.",
     [("Japan", "commit", POS, None)]),
    # readiness keeps `plan` whatever the act (gold policy; this case read `support` before session 11)
    ("Thai Foreign Minister Parnpree Bahiddha-Nukara said Thailand was ready to support Myanmar's return to "
     "normalcy.",
     [("Thailand", "plan", POS, None)]),
    ("India was ready to sign an FTA with ASEAN on services and investment.", [("India", "plan", POS, None)]),
    ("The Chinese side pledged to work with ASEAN to conclude the COC at an early date.",
     [("China", "commit", POS, None)]),
    ("ASEAN leaders also committed to accelerating the region's digital transformation.",
     [("ASEAN", "commit", POS, None)]),
    ("Timor-Leste has committed itself to meeting all the criteria for full membership.",
     [("Timor-Leste", "commit", POS, None)]),
    ("Brunei, as ASEAN Chair, urged all parties in Myanmar to cease violence immediately.",
     [("Brunei", "urge", POS, None)]),
    ("ASEAN foreign ministers on Tuesday endorsed a plan to set up a regional centre for disaster management.",
     [("ASEAN", "approve", POS, None)]),
    # news style: dateline, a meeting, then "they"
    ("VIENTIANE, July 26 (VNA) - The 57th ASEAN Foreign Ministers' Meeting (AMM-57) opened in Vientiane on July 25. "
     "In their joint communiqué, the ministers reaffirmed the importance of maintaining peace in the East Sea. "
     "They also agreed to promote the early conclusion of an effective COC.",
     [("ASEAN", "agree", POS, None)]),
    # readiness to act is the actor's plan (gold policy: "declared its readiness to host" is `plan`; the real gold
    # reads "is ready to" so: dev en_110; this case read `commit` before session 11)
    ("Minister Bui Thanh Son affirmed that Vietnam always attaches importance to and is ready to work with ASEAN "
     "countries to build a peaceful, stable and prosperous region.",
     [("Vietnam", "plan", POS, None)]),
    ("China is ready to donate an additional 150 million doses of vaccines to ASEAN countries.",
     [("China", "plan", POS, None)]),
    # "they" opening a paragraph after a blank line: the previous paragraph's subject; the leaders of an ASEAN+1
    # meeting stay both its parties (batch 8 en_109; session 11)
    ("The leaders met at the ASEAN-India Commemorative Summit in New Delhi.\n\nThey agreed that both sides would "
     "increase cooperation in areas of common interest.", [("ASEAN", "agree", POS, None), ("India", "agree", POS, None)]),
    ("ASEAN foreign ministers met in Jakarta on Monday.\n\nThey agreed to expand trade.", [("ASEAN", "agree", POS, None)]),
    # a quoted trigger with its subject outside the quote is a clause, not a title (batch 9 en_117; session 11)
    ("ASEAN foreign ministers also “strongly urged” North Korea to comply with its obligations.",
     [("ASEAN", "urge", POS, None)]),
    # "hope to" + one's own action plans it, as "wish to" (dev en_075, en_111; session 11)
    ("Japan hopes to conclude the agreement next year.", [("Japan", "plan", POS, None)]),
    ("ASEAN and Korea expressed their hope to seek stronger cooperation.",
     [("ASEAN", "plan", POS, None), ("South Korea", "plan", POS, None)]),
    ("Speaking at the press conference, Malaysian Foreign Minister Mohamad Hasan said Malaysia will prioritise the "
     "ASEAN Power Grid during its chairmanship.",
     [("Malaysia", "plan", POS, None)]),
    ("ASEAN economic ministers have agreed to launch negotiations on the Digital Economy Framework Agreement, which "
     "are expected to conclude by 2025.",
     [("ASEAN", "agree", POS, date(2025, 12, 31))]),
    ("Vietnam has always supported efforts to promote dialogue in the region.",
     [("Vietnam", "support", POS, None)]),
    ("Japan's Prime Minister Fumio Kishida announced that Japan would provide 1 billion USD in assistance.",
     [("Japan", "plan", POS, None)]),
    ("The ministers agreed not to allow the junta's representatives to attend the summit.",
     [("ASEAN", "agree", NEG, None)]),
    # an owner's pronoun is its verb's subject: "declared its readiness to host" is the actor's plan (gold policy)
    ("Thailand's Ministry of Foreign Affairs has declared its readiness to host the meetings.",
     [("Thailand", "plan", POS, None)]),
    # a meeting's own closing act, a council, an issued declaration (gold policy)
    ("The 27th ASEAN Summit wrapped up in Kuala Lumpur on November 22 with the signing of a Declaration on the "
     "establishment of the ASEAN Community.",
     [("ASEAN", "approve", POS, None)]),
    ("The ASEAN Coordinating Council met in Jakarta. The council also approved essential documents for the upcoming "
     "Summits.",
     [("ASEAN", "approve", POS, None)]),
    ("The ministers issued a joint declaration on the situation in Myanmar.",
     [("ASEAN", "approve", POS, None)]),
    # chairing ASEAN for a year takes on a role (gold policy): a plan
    ("Vietnam will chair ASEAN in 2020.", [("Vietnam", "plan", POS, date(2020, 12, 31))]),
    # adopting a draft commits (its wording alone does not)
    ("The ministers adopted the draft declaration on the blue economy.",
     [("ASEAN", "approve", POS, None)]),
    # forums bind themselves: the meeting the article is about, not the one it is framed by (issue 16)
    ("On the sidelines of the 53rd ASEAN Foreign Ministers' Meeting, the 10th East Asia Summit Foreign Ministers' "
     "Meeting was held in Hanoi. The ministers agreed to promote maritime cooperation.",
     [("East Asia Summit", "agree", POS, None)]),
    ("The 9th ADMM-Plus was held in Phnom Penh on November 23. The ministers agreed to strengthen practical "
     "cooperation.",
     [("ADMM-Plus", "agree", POS, None)]),
    (EAS_STATEMENT + "ASEAN leaders will renew the declaration on HIV and AIDS.",
     [("ASEAN", "reaffirm", POS, None)]),
    # coordinated verbs: the subject of a bare first verb opens the row; signing is approve (issue 16)
    ("At the conferences, the Foreign Ministers discussed and agreed on many measures to strengthen cooperation.",
     [("ASEAN", "agree", POS, None)]),
    ("China signed the Treaty of Amity and Cooperation in Southeast Asia.",
     [("China", "approve", POS, None)]),
    # every bound party: one row per named party (issue 16)
    ("ASEAN and Japan will work together to promote a free and open Indo-Pacific.",
     [("ASEAN", "promote", POS, None), ("Japan", "promote", POS, None)]),
    ("The Philippines and Vietnam pledged to refrain from the use of force.",
     [("Philippines", "refrain", NEG, None), ("Vietnam", "refrain", NEG, None)]),
    ("Thailand and Malaysia agreed to boost bilateral trade.",
     [("Thailand", "agree", POS, None), ("Malaysia", "agree", POS, None)]),
    ("Indonesia, Vietnam and the Philippines agreed to strengthen maritime cooperation.",
     [("Indonesia", "agree", POS, None), ("Vietnam", "agree", POS, None), ("Philippines", "agree", POS, None)]),
    ("ASEAN and China agreed to accelerate negotiations on the Code of Conduct.",
     [("ASEAN", "agree", POS, None), ("China", "agree", POS, None)]),
    ("ASEAN and its partners agreed to strengthen cooperation on disaster relief.",        # unnamed: no party
     [("ASEAN", "agree", POS, None)]),
    # "both sides": the two parties the article names most (issue 16)
    ("Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone in Vientiane. Both sides "
     "agreed to boost two-way trade to 50 billion USD by 2030.",
     [("Vietnam", "agree", POS, date(2030, 12, 31)), ("Laos", "agree", POS, date(2030, 12, 31))]),
    # ... at an ASEAN+1 meeting, ASEAN and the partner (2026-12-03, dev split); what such a meeting adopts binds both,
    # what an ASEAN meeting adopts binds ASEAN
    ("The ASEAN-China Foreign Ministers' Meeting was held in Vientiane in July 2016. A joint statement was adopted at the "
     "ASEAN-China Foreign Ministers' Meeting on July 25.", [("ASEAN", "approve", POS, None), ("China", "approve", POS, None)]),
    ("The 43rd ASEAN Summit was held in Jakarta in September 2023. A joint statement was adopted at the summit on "
     "September 5.", [("ASEAN", "approve", POS, None)]),
    ("The 2nd ASEAN-EU Summit was held in Brussels, Belgium. In Brussels, both sides agreed to strengthen economic "
     "cooperation.", [("ASEAN", "agree", POS, None), ("European Union", "agree", POS, None)]),
    ("Prime Minister Pham Minh Chinh and Prime Minister Anwar Ibrahim agreed to upgrade ties.",
     [("Vietnam", "agree", POS, None), ("Malaysia", "agree", POS, None)]),
    ("All ASEAN member states have ratified the agreement.",
     [("ASEAN", "ratify", POS, None)]),
    ("Indonesia's President Joko Widodo called for an end to the violence in Myanmar.",
     [("Indonesia", "urge", POS, None)]),
    ("Vietnam has decided to contribute 100,000 USD to the COVID-19 ASEAN Response Fund.",
     [("Vietnam", "support", POS, None)]),
    ("Thailand will chair the ASEAN Economic Ministers' Meeting next year.",
     [("Thailand", "plan", POS, None)]),
    ("ASEAN is determined to promote trade, identifying with each other to try to ratify the RCEP Agreement.",
     [("ASEAN", "promote", POS, None), ("ASEAN", "ratify", POS, None)]),
    # a known official binds the party he or she speaks for, with no state named (models/kb/people.yaml)
    ("Wang Yi pledged to deepen cooperation with the bloc.", [("China", "promote", POS, None)]),   # deepen: promote
    ("Prime Minister Pham Minh Chinh urged ASEAN countries to boost economic connectivity.",
     [("Vietnam", "urge", POS, None)]),
    ("Secretary-General Antonio Guterres urged all parties to exercise restraint.",
     [("United Nations", "urge", POS, None)]),
    # frames from the dev split (issue 16): a need in the that-clause of "emphasised"; a pledge with a noun object;
    # "he" and a bare surname are the person named before; a dateline's place is not the subject; "leadership"
    (("The meeting emphasised that ASEAN needs to accelerate implementation of the ASEAN Comprehensive Recovery "
      "Framework."), [("ASEAN", "implement", POS, None)]),
    ("South Korean President Yoon Suk Yeol arrived in Jakarta on Tuesday. He pledged South Korea's active involvement "
     "as the chair.", [("South Korea", "commit", POS, None)]),
    # "the premier" is the person last named with that title, a few paragraphs back (2026-12-03, batch 10 en_120),
    # not the last person named nor the article's state
    ("Premier Li Qiang arrived in Kuala Lumpur on Monday.\nHe said cooperation helps.\n\"Unity is strength,\" Li said, "
     "citing President Xi Jinping.\nThe premier urged China and the Asean bloc to unite.",
     [("China", "urge", POS, None)]),
    ("Premier Li Qiang arrived in Kuala Lumpur on Monday.\n\nHe met the leaders.\n\nThe talks were long.\n\nThe summit "
     "closed.\n\nThe premier urged China and the Asean bloc to unite.", [("China", "urge", POS, None)]),
    ("President Barack Obama met Premier Li Qiang in Kuala Lumpur on Monday. The President pledged to deepen ties.",
     [("United States", "promote", POS, None)]),
    # an official's title with an "of" phrase speaks for the party that phrase names, not the article's state
    # (2026-12-03, batch 10 en_121: "officials of the 10-member bloc")
    ("Leaders met in Hanoi on Sunday. Officials of ASEAN called on Pyongyang to contribute to peace.",
     [("ASEAN", "urge", POS, None)]),
    ("South Korea's minister arrived in Hanoi on Sunday. Officials of ASEAN called on Pyongyang to contribute to peace.",
     [("ASEAN", "urge", POS, None)]),
    # meetings named in passing, in a list under one head, are not the article's (parallel of dev split vi_068)
    ("The leaders adopted the Chairman's Statement. The ASEAN Plus Three, East Asia and ASEAN-China summits of 2025 "
     "also welcomed new initiatives.", [("ASEAN", "approve", POS, None)]),
    # "the leaders" before any meeting is named are ASEAN's; after the ASEAN+1 summit is named, its two sides
    # (2026-12-03, parallel of dev vi_068)
    ("The leaders adopted the Chairman's Statement. The 27th ASEAN-China Summit was also held.",
     [("ASEAN", "approve", POS, None)]),
    ("The 27th ASEAN-China Summit was held in Vientiane. The leaders agreed to deepen cooperation.",
     [("ASEAN", "agree", POS, None), ("China", "agree", POS, None)]),
    # a group named by its members ("15 countries, including A, B and C") binds each member (parallel of batch 10 vi_114)
    ("Leaders met in Hanoi on Sunday. 15 countries, including the 10 ASEAN members, China, Japan and New Zealand, "
     "signed the RCEP agreement.", [(p, "approve", POS, None) for p in ("ASEAN", "China", "Japan", "New Zealand")]),
    ("Leaders met in Hanoi on Sunday. Leaders of 18 countries, including the United States and China, agreed to "
     "cooperate.", [("United States", "agree", POS, None), ("China", "agree", POS, None)]),
    # a name with its acronym in brackets is one party of a list; "the two sides" after a bloc-to-bloc summit are ASEAN
    # and that bloc, not the host state (2026-12-03, dev split en_059)
    ("Leaders met in Riyadh on Friday. Leaders of Gulf Cooperation Council (GCC) and the Association of Southeast Asian "
     "Nations (Asean) have agreed to hold a summit every two years.",
     [("Gulf Cooperation Council", "agree", POS, None), ("ASEAN", "agree", POS, None)]),
    ("The inaugural GCC-ASEAN Summit was held in Riyadh, Saudi Arabia, with leaders of the Gulf Cooperation Council "
     "and ASEAN. The two sides will undertake consultations on trade.",
     [("Gulf Cooperation Council", "plan", POS, None), ("ASEAN", "plan", POS, None)]),
    # ... without a bloc, the two states named most
    ("Vietnam and Laos met in Vientiane, Laos. Vietnam praised Laos. The two sides will undertake consultations on "
     "trade.", [("Vietnam", "plan", POS, None), ("Laos", "plan", POS, None)]),
    # "A, together with B, ..." binds both; "together with B" after the verb is no subject (2026-12-03, parallel of
    # batch 10 vi_114)
    ("Leaders met in Hanoi on Sunday. Vietnam, together with Laos, signed the agreement.",
     [("Vietnam", "approve", POS, None), ("Laos", "approve", POS, None)]),
    ("Leaders met in Hanoi on Sunday. Vietnam signed the agreement together with Laos.",
     [("Vietnam", "approve", POS, None)]),
    # "the 10-member group" is the bloc, even with its members listed between dashes (2026-12-03, dev split en_061)
    ("The leaders met in Cebu on Sunday. The 10-member group - made up of Brunei, Indonesia, Malaysia and Myanmar - "
     "also agreed to speed up the target date for a free-trade zone.", [("ASEAN", "agree", POS, None)]),
    # a sum of money pledged or promised is a commitment (2026-12-03, dev split en_050)
    ("Leaders met in Hanoi on Tuesday. Japan pledged $1 billion in aid to ASEAN.", [("Japan", "commit", POS, None)]),
    ("Leaders met in Hanoi on Tuesday. Japan promised US$100 million.", [("Japan", "commit", POS, None)]),
    ("South Korean President Yoon Suk Yeol arrived in Jakarta on Tuesday. He urged leaders to support sanctions.",
     [("South Korea", "urge", POS, None)]),
    ("Foreign Secretary Alberto Romulo opened the meeting on Monday. Romulo called on his colleagues to build a "
     "stronger ASEAN.", [("Philippines", "urge", POS, None)]),
    ("CEBU, Philippines – With energy prices high, leaders of the Association of Southeast Asian Nations (ASEAN) "
     "agreed on Sunday to strengthen cooperation on energy security.", [("ASEAN", "agree", POS, None)]),
    ("Yeo said Singaporean leadership would focus on three priorities.", [("Singapore", "plan", POS, None)]),
    # undertaking commits; leaders of ASEAN and its partners speak for the forum (issue 16)
    ("Vietnam undertook to ratify the agreement by 2025.", [("Vietnam", "ratify", POS, date(2025, 12, 31))]),
    ("The leaders from ASEAN and its dialogue partners, China, Japan and South Korea, signed the declaration at the 2nd "
     "East Asia Summit.", [("East Asia Summit", "approve", POS, None)]),
    # ... while a light verb passes its purpose on (issue 16)
    ("Vietnam will work together with Laos to promote connectivity.", [("Vietnam", "promote", POS, None)]),
    # a quotation is the words of the person who says it, before a group named near it (issue 16)
    ("South Korean President Yoon Suk Yeol attended the summit.\nTo reboot the cooperation mechanism among the three "
     "nations, Yoon affirmed, \"We will maintain close communication with the governments of Japan and China.\"",
     [("South Korea", "plan", POS, None)]),
    ("Intro.\nTo reboot the cooperation among the three nations, the ministers said: \"We will maintain close "
     "communication with Japan and China.\"", [("ASEAN", "plan", POS, None)]),
    # a joint document's preamble participle speaks with the document's voice; a reaffirmed belief is a view (issue 16)
    ("Joint Declaration of the ADMM-Plus on Defence Cooperation\nWE, the Defence Ministers, meeting at the 9th ADMM-Plus "
     "in Siem Reap:\n4. REAFFIRMING the belief that regionalism and multilateralism are important principles;\n"
     "5. REAFFIRMING our commitment to promoting peace and stability in the region;",
     [("ADMM-Plus", "reaffirm", POS, None)]),
    # "willing to" states an intention of one's own action: plan; a copula before it opens the row (2026-12-04, dev
    # split en_049, en_085)
    ("Japan is willing to share its knowledge and experience with ASEAN.", [("Japan", "plan", POS, None)]),
    ("ASEAN countries and China are important contributors to food security and are willing to further strengthen "
     "their policy communication.", [("ASEAN", "plan", POS, None), ("China", "plan", POS, None)]),
    # an ASEAN+1 summit written as a compound ("the Japan-ASEAN summit") that no meeting rule lists: its leaders are
    # ASEAN and the partner, as at a listed ASEAN+1 meeting (2026-12-04, dev split en_060, en_047) ...
    ("Leaders met in Tokyo for the Japan-ASEAN summit on Sunday. The leaders pledged to deepen cooperation on "
     "maritime security.", [("Japan", "promote", POS, None), ("ASEAN", "promote", POS, None)]),
    # ... not with two partners named so, nor with a compound that names no meeting
    ("Leaders met in Tokyo for the Japan-ASEAN summit and the China-ASEAN summit. The leaders pledged to deepen "
     "cooperation on maritime security.", [("ASEAN", "promote", POS, None)]),
    ("Japan-ASEAN trade grew last year. The leaders pledged to deepen cooperation on maritime security.",
     [("ASEAN", "promote", POS, None)]),
    # a participle with its agent on a document reports the agent's adoption, whatever verb the document hangs on
    # (gold policy: a background report of an adoption naming its agent); "member-states" is a collective
    # (2026-12-04, dev split en_091, en_075)
    ("They also reviewed the implementation of a joint statement adopted by ASEAN and South Korea at their special "
     "summit.", [("ASEAN", "approve", POS, None), ("South Korea", "approve", POS, None)]),
    ("One of these is the ASEAN Consensus on Migrant Workers which was signed by member-states at the end of the "
     "summit.", [("ASEAN", "approve", POS, None)]),
    # a commitment noun governed by a participle opens its row at the participle; "commitment to + gerund" commits
    # to the gerund's action (2026-12-04, dev split en_095, en_082)
    ("The Asean ministers also signed a declaration on sustainable security, underscoring their commitment to "
     "cooperate on it.", [("ASEAN", "approve", POS, None), ("ASEAN", "commit", POS, None)]),
    ("Vietnam expressed its commitment to enhancing ASEAN connectivity.", [("Vietnam", "promote", POS, None)]),
    # a meeting's document as the subject of a trigger speaks for the party its phrase names, else for the meeting's
    # parties; "according to" is no committed action (2026-12-04, dev split en_097, en_058)
    ("The chairman's statement from the ASEAN Regional Forum (ARF), released Tuesday, also called on countries to "
     "fully implement UNSC resolutions on North Korea, according to the document.",
     [("ASEAN Regional Forum", "urge", POS, None)]),
    ("Leaders met at the 31st ASEAN Summit in Manila. The communiqué also agreed to work more closely to tackle "
     "violent extremism.", [("ASEAN", "agree", POS, None)]),
    # a collective with its partners is the forum they meet in, even when the phrase names one partner and not ASEAN
    # (2026-12-04, dev split en_097) ...
    ("The ASEAN Regional Forum (ARF) met in Vientiane. Major Southeast Asian nations and their Indo-Pacific partners, "
     "including South Korea and the United States, have called for North Korea to fully comply with U.N. Security "
     "Council resolutions.", [("ASEAN Regional Forum", "urge", POS, None)]),
    # ... with no partners, the state the phrase names, as before
    ("The ASEAN Regional Forum (ARF) met in Vientiane. The ministers of Vietnam called for North Korea to fully "
     "comply with U.N. Security Council resolutions.", [("Vietnam", "urge", POS, None)]),
    # an agentless passive adoption in an article about a meeting is the meeting's, when its sentence names none
    # (gold policy: "13 reports were adopted"; 2026-12-04, dev split en_069)
    ("The 42nd ASEAN Summit opened in Labuan Bajo on Wednesday.\nHun Sen added that a total of 70 outcome documents "
     "and declarations have been adopted.", [("ASEAN", "approve", POS, None)]),
    # a coordinated infinitive keeps its own row (its "to" opens it: OPENINGS below) (2026-12-04, dev split en_098)
    ("The leaders also reaffirmed their commitment to further deepen cooperation with ASEAN's external partners and "
     "to explore cooperation with other interested parties.", [("ASEAN", "reaffirm", POS, None)] * 2),
    # a passive report of an issued statement names it as its subject, not its object (2026-12-04, dev split en_067)
    ("These were the key outcomes of the 10th ADMM-Plus, where two joint statements were issued.",
     [("ADMM-Plus", "approve", POS, None)]),
    # a paragraph's dateline (below a photo caption) stands before the list of parties a collective word opens; an
    # ambiguous name ("Korea") is the state the entities stage made of it (2026-12-05, dev split en_084)
    ("Korea hosted the summit.\n\nPhoto caption of the leaders.\n\nBUSAN - Leaders of South Korea and Asean on Tuesday "
     "adopted a joint vision during their special summit.",
     [("South Korea", "approve", POS, None), ("ASEAN", "approve", POS, None)]),
    ("South Korea hosted the summit in Busan.\n\nLeaders of Korea and Asean on Tuesday adopted a joint vision.",
     [("South Korea", "approve", POS, None), ("ASEAN", "approve", POS, None)]),
    # "They" opening a paragraph stands for the previous paragraph's subject (one-sentence news paragraphs)
    # (2026-12-05, dev split en_068, en_077)
    ("Summit news\nIn the chairman's statement, ASEAN leaders said they were pleased with the talks.\nThey also urged "
     "the RCEP ministers to redouble their efforts.", [("ASEAN", "urge", POS, None)]),
    # "we" in a quotation a meeting's document reports is the document's voice: both parties of an ASEAN+1 meeting,
    # in the same sentence or in a quotation going on after "..., said the joint statement." (2026-12-05, dev split
    # en_047, en_050)
    ("Leaders met at the 10th ASEAN-U.S. Summit.\nThe statement said, “We commit to establish a Comprehensive Strategic "
     "Partnership.”", [("ASEAN", "commit", POS, None), ("United States", "commit", POS, None)]),
    ("Leaders met at the 10th ASEAN-U.S. Summit.\n“We recognized that peace is essential,” said the joint statement. "
     "“To this end, we are committed to continue our efforts to reduce tension.”",
     [("ASEAN", "commit", POS, None), ("United States", "commit", POS, None)]),
    # a light verb that means "intensify" takes promote when its object names no action, else the object's class
    # (2026-12-05, dev split en_060)
    ("ASEAN leaders met in Jakarta. The leaders pledged to step up cooperation on maritime security.",
     [("ASEAN", "promote", POS, None)]),
    ("ASEAN leaders met in Jakarta. The leaders pledged to step up the implementation of the Master Plan.",
     [("ASEAN", "implement", POS, None)]),
    ("ASEAN leaders met in Jakarta. The leaders pledged to continue cooperation on maritime security.",
     [("ASEAN", "commit", POS, None)]),
    # "his country" is the state of the person named before, as "he"; "Thai authorities" are Thailand's officials
    # (2026-12-05, dev split en_060, en_062, en_091)
    ("Japan hosted the summit in Tokyo. Prime Minister Fumio Kishida said his country will take measures to mobilize "
     "funds.", [("Japan", "plan", POS, None)]),
    ("Leaders met in Bangkok. Thai authorities are determined to ensure no protests disrupt the summit.",
     [("Thailand", "commit", POS, None)]),
    # a collective word naming ASEAN itself binds ASEAN alone at an ASEAN+1 summit; "the leaders" there bind both
    # (2026-12-05, dev split en_076)
    ("The 15th ASEAN-India Summit opened in New Delhi. The southeast Asian grouping jointly called for a comprehensive "
     "approach to terrorism.", [("ASEAN", "urge", POS, None)]),
    ("The 15th ASEAN-India Summit opened in New Delhi. The leaders jointly called for a comprehensive approach to "
     "terrorism.", [("ASEAN", "urge", POS, None), ("India", "urge", POS, None)]),
    # support for a role is still support (a role reaffirmed alone is a view: ENGLISH_NEGATIVE)
    ("ASEAN Regional Forum meeting in Hanoi. The ARF Ministers reiterated support for ASEAN's central role in the "
     "regional architecture.", [("ASEAN Regional Forum", "reaffirm", POS, None)]),
    # ... while a person's quotation stays the person's
    ("Leaders met at the 10th ASEAN-U.S. Summit.\nPresident Joko Widodo said, “We will build a new port.”",
     [("Indonesia", "plan", POS, None)]),
]

ENGLISH_NEGATIVE = [
    # ... a leader's speech: "we" is not the meeting's (2026-12-03)
    "Prime Minister Pham Minh Chinh of Vietnam spoke at the 44th ASEAN Summit in Vientiane.\n\nWe will organize a "
    "regional consultation on the plan.",
    # ... but a state named in a quote before the name is no title of the speaker's: with no title, "we" is no one's
    # (2026-12-03)
    '"Laos has sent a high-level official," Somchai Wongsawat said.\n\n"Things could change," Somchai said. "We will '
    'keep in close touch with Laos."',
    # ... but a visit made or a visa issued is no act of commitment (2026-12-03)
    "The ministers made a visit to Laos to discuss trade.",
    "The ministers issued a visa to the envoy.",
    # a condition is no statement, whatever the clause opener (2026-12-03)
    "The ministers will meet again if Vietnam agrees to host the talks.",
    # ... a group of experts is no bloc (2026-12-03)
    "The leaders met in Cebu on Sunday. A group of experts agreed to speed up the study.",
    # money spent or a year "pledged" is no sum promised (2026-12-03)
    "Leaders met in Hanoi on Tuesday. Japan has spent $1 billion on the project.",
    "Leaders met in Hanoi on Tuesday. Japan pledged 2015 as the target.",
    # ... and under a verb that commits to nothing it is no row (2026-12-06)
    "Leaders met in Hanoi on Tuesday. The ministers discussed plans to start talks on developing a vision and take "
    "integration to the next step.",
    # ... not on a verb that commits to nothing, nor a speech (2026-12-06, dev split en_103)
    "Leaders met in Hanoi on Tuesday. The ministers discussed trade while exploring new areas of cooperation.",
    "Leaders met in Hanoi on Tuesday. The president was in Jakarta while speaking to some 500 business leaders.",
    # part of a group binds no one (2026-12-06, dev split en_064, en_097)
    "Leaders met in Hanoi on Tuesday. Many Ministers called on the DPRK to comply fully with all relevant UNSC "
    "Resolutions.",
    "Leaders met in Hanoi on Tuesday. Some countries wanted to use strong language in the document.",
    # ... nor are bare verbs hung on a verb that commits to nothing (2026-12-06)
    "Leaders met in Hanoi on Tuesday. The ministers discussed ways to ensure food security, stabilize markets and set "
    "an example.",
    # a declared assessment is no intention (2026-12-06, dev split en_075)
    "Leaders met in Manila on Tuesday. President Duterte declared the summit a big success.",
    # a task given to someone else, reported as a noun or a passive with no agent, binds no one (2026-12-06)
    "Leaders met in Hanoi on Tuesday. The task of the officials is to draft the report.",
    "Leaders met in Hanoi on Tuesday. Officials were tasked to draft the report.",
    # ... but not with no object, nor support expressed by others or hoped for (2026-12-06)
    "Leaders met in Hanoi on Tuesday. Vietnam expressed support.",
    "Leaders met in Hanoi on Tuesday. Vietnam expressed hope for Laos's support.",
    # a noun's coordinated infinitives under no light verb of a commitment are no rows (2026-12-06)
    "Leaders met in Hanoi on Tuesday. The Leaders appreciated Laos's efforts to reduce tension and promote dialogue.",
    # a future passive of a schedule verb with no agent is a schedule fact (gold policy; 2026-12-03, dev split)
    "The East Asia Summit will be convened annually, and the next summit will be held in Cebu, the Philippines.",
    "ASEAN leaders met in Kuala Lumpur. The declaration will be signed at the summit.",
    # a that-clause in the past or perfect reports what happened (2026-12-03, dev split)
    "The ministers agreed that food supplies in ASEAN have been secured through the reserve.",
    "The leaders agreed that the talks went well.",
    # a question put as "whether", a belief, an excerpt cut off before the object (2026-12-02, dev split)
    "The question, however, is whether China and ASEAN can agree on the start of negotiations on the code of conduct.",
    "The minister was confident the Plus eight countries will adopt the air guidelines.",
    "The ministers also pledged to ste",
    "The minister said that they will discuss the issue later.",
    "The Philippines hosted the summit, at which they signed the deal.",
    "The ministers issued visas to the delegates.",
    "The Ministers welcomed the entry into force of the RCEP Agreement.",
    "The Ministers noted the progress made in the negotiations on the ASEAN Digital Economy Framework Agreement.",
    "The Ministers expressed serious concern over the land reclamations and serious incidents in the area.",
    "The Leaders appreciated Indonesia's efforts as ASEAN Chair to promote dialogue.",
    "ASEAN should promote greater use of local currencies in cross-border trade.",
    "Trade between ASEAN and China reached 722 billion USD in 2022.",
    "Indonesia proposed that ASEAN establish a regional maritime outlook.",
    "The meeting took place in Vientiane on July 25.",
    "The Ministers stressed the importance of maintaining freedom of navigation and overflight.",
    "The 44th ASEAN Summit will take place in Vientiane in October.",
    # schedule facts: attendance and travel are not undertakings (issue 16)
    "Prime Minister Lee Hsien Loong will attend the ASEAN-EU Commemorative Summit in Brussels.",
    "Foreign Minister Wang Yi will arrive in Jakarta on July 12.",
    "The minister will visit Hanoi next week to attend the meeting.",
    "Vietnam congratulated Laos on assuming the ASEAN Chairmanship.",
    "The Leaders looked forward to the successful hosting of the 2025 ASEAN Summit by Malaysia.",
    "Many challenges will remain for the region in the coming years.",
    "The Secretary-General briefed the Ministers on the implementation of the Community Vision.",
    "Several experts suggested that ASEAN should adopt a common position on the issue.",
    "The Ministers discussed ways to promote trade and investment.",
    "ASEAN has made strong progress in implementing the Master Plan on ASEAN Connectivity.",
    "The Ministers recognised the role of the ASEAN Secretariat in supporting the Chair.",
    "Myanmar's military government has so far failed to implement the Five-Point Consensus.",
    "Cambodia did not agree to the inclusion of the paragraph in the joint communiqué.",
    "Thailand is expected to ratify the agreement later this year.",
    "ASEAN's economy is expected to grow by 4.6 percent this year.",
    "The ministers exchanged views on regional and international issues of common concern.",
    "Analysts say the grouping needs to adopt a tougher stance on Myanmar.",
    "The Ministers took note of the report of the ASEAN Secretary-General.",
    # agenda previews and what a meeting will do are schedule facts, not undertakings (issue 16)
    "Defence Ministers will discuss the establishment of a framework for maritime security.",
    "The leaders will exchange views on regional and international issues.",
    "Russian Foreign Minister Sergey Lavrov will meet with Prime Minister Prayut Chan-o-cha on July 30.",
    "He will deliver a speech at the Siam Society on US economic engagement in the region.",
    "The 19th ASEAN Summit will open the series of summits on November 17.",
    "North Korea will be represented by a high-level official.",
    # a signing inside an assessment, a warning issued, a city as subject (issue 16)
    "The ministers praised the signing of the ASEAN Charter last November.",
    "The ministers issued a warning about the risks of escalation.",
    "CEBU, Philippines – With the high cost of energy continuing to cast a shadow, the city agreed to host visitors.",
    # chairing one named meeting, sending a delegation, reluctance (issue 16)
    "Mr Don will chair the 52nd ASEAN Foreign Ministers' Meeting.",
    "North Korea will not send its foreign minister to attend the ASEAN Regional Forum.",
    "The US has been reluctant to sign the document.",
    # unwillingness is no intention; a passive "issued" of what is no statement adopts nothing (2026-12-04, dev split)
    "Japan is unwilling to share its data with ASEAN.",
    "China is not ready to sign the code of conduct.",                  # readiness denied (session 11)
    "Japan expressed its hope that the talks would resume soon.",       # a hope that others act is a view
    "Prices rose sharply in the region.\n\nThey agreed to cut tariffs.",  # "they" with no party before it
    "The summit chose the theme “Building Our Future Together” for the year.",   # a quoted title with a verb
    "ASEAN hopes that China will sign the code of conduct.",
    "Japan is not willing to share its data with ASEAN.",
    "ASEAN did not agree to sign the treaty.",                          # nor the verb under a denied trigger
    "The report on the code of conduct is ready.",                      # readiness of a thing, no action
    "Visas were issued to the delegates at the summit.",
    # a participle with no agent names no one; a participle of a verb that is no trigger reports no adoption
    "The ministers reviewed the implementation of the joint statement adopted last year.",
    "The ministers reviewed the report prepared by the ASEAN Secretariat.",
    # another party's commitment praised is no one's own (the praise scopes over it)
    "Vietnam praised Laos for its commitment to enhancing ASEAN connectivity.",
    # ... with no meeting in the article, no one
    "Hun Sen added that a total of 70 outcome documents and declarations have been adopted.",
    # a document's aim or effect is what it is for, and a document with no meeting named speaks for no one
    "The Vision Statement aimed to enhance cooperation among members.",
    "The statement urged all parties to exercise restraint.",
    "Leaders met at the 31st ASEAN Summit in Manila. The declaration would help shape a common energy policy.",
    # views, conditions, drafts and questions commit no one (issue 16)
    "The ministers agreed that cooperation is important for the region.",
    "If the negotiations succeed, Vietnam will sign the agreement.",
    "Vietnam will sign the agreement if the negotiations succeed.",
    "The draft statement says the leaders will commit to ending the conflict.",
    "Will ASEAN agree to admit Timor-Leste this year?",
    "Singapore welcomed Vietnam's pledge to support the initiative.",
    "The region could face a slowdown if tensions escalate.",
    # counterfactuals, chairing the article's summit, a preamble's RECALLING, the purposes of a trip, talks, a
    # meeting's attendance and convening, a need after a plain "said", a negated pledge, "he" with no one named (issue 16)
    "ASEAN members would not have achieved the sustained growth without peace.",
    "Hun Sen and Charles Michel will chair the summit.",
    "RECALLING the adoption of the ASEAN 2025 vision, which states that the APSC shall play a central role.",
    ("US Secretary of State Mike Pompeo will arrive in Bangkok on July 30 to deepen alliances and to reaffirm the US "
     "commitment to ASEAN."),
    "Mr Pompeo will then attend the ministerial meetings and hold talks with Foreign Minister Don Pramudwinai.",
    "The ARF will draw foreign ministers from 27 countries.",
    "The 6th East Asia Summit will convene in Bali.",
    "The minister said ASEAN needs to remain vigilant.",
    "Vietnam did not pledge any support.",
    "He urged leaders to support sanctions.",
    # a trigger cut off by the excerpt's end, with nothing committed to (issue 16)
    ("After productive discussions, the leaders from the 10-member ASEAN and its dialogue partners, China, Japan, "
     "South Korea, Australia and New Zealand, signed"),
    # an infinitival relative ("measures to promote") and the purpose of a verb that commits to nothing (issue 16)
    "Over the past 50 years, ASEAN has used its influence to defuse tension, build peace and encourage economic cooperation.",
    "ASEAN and partners have exchanged views and set the course and measures to promote and deepen cooperation.",
    # ... but not across two paragraphs, nor "it" (a thing as often as a party)
    "Summit news\nIn the chairman's statement, ASEAN leaders said they were pleased.\nThe weather was fine.\nThey also "
    "urged the RCEP ministers to redouble their efforts.",
    "Summit news\nASEAN leaders met in Manila on Sunday.\nIt will also set up enforceable financial rules.",
    # a role, a value or a potential reaffirmed is a view (2026-12-05, dev split en_083; as vi.yaml void_objects)
    "ASEAN defence ministers met in Manila. The meeting reaffirmed ADMM's role as a key platform for dialogue.",
    "ASEAN leaders met in Jakarta. The leaders reaffirmed the important role of the East Asia Summit.",
    # "his country" with no one named before binds no one
    "The talks went on late into the night. A reporter said his country will send more troops.",
    # the parser lemmatises "hoped" as "hop": still a hope (2026-12-05, dev split en_047)
    "Korea hosted the summit. Thai Prime Minister Abhisit hoped Korea and ASEAN will further boost partnership on economy.",
    # a participle opening a sentence outside a joint document binds no one (issue 16)
    "Intro line.\nLooking ahead to next year, officials met.\nREAFFIRMING our commitment to promoting peace in the region;",
]


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected", params("en", ENGLISH))
def test_development_set(lang, text, expected):
    check_rows(lang, text, expected)


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, expected", params("en", [(t, []) for t in ENGLISH_NEGATIVE]))
def test_no_commitment_in(lang, text, expected):
    check_no_rows(lang, text)


# Where a row opens, for the span rules (2026-12-04, dev split): the gold evidence starts at the trigger's copula, at
# the verb that governs a commitment noun, at a coordinated infinitive's "to", at a passive report's relative word.
# Each case: (text, the words a row opens with, words no row may open with).
OPENINGS = [
    # a "while" clause opens at its marker, also when a statement inside it is the row (2026-12-06, dev split en_083)
    ("Vietnam has committed to hasten the completion of a Code of Conduct while renewing its call for self-restraint.",
     "while renewing its call", "renewing its call"),
    ("Vietnam will give them space to participate, while continuing to encourage involvement in maritime exercises.",
     "while continuing to encourage", "continuing to encourage"),
    # a coordinated phrase shorter than five words opens at the shared trigger (gold policy; 2026-12-06, dev split
    # en_085, en_064), unless a connector opens it after a longer phrase ("..., and collaborate with global partners")
    ("The leaders also agreed to ensure food security for the region's people, stabilize regional food markets and set "
     "an example for global food security governance.", "agreed to ensure food security", "stabilize regional"),
    ("Hun Sen urged ASEAN members to lay aside disputes and focus on achievements.", "Hun Sen urged",
     "focus on achievements"),
    ("ASEAN countries and China are important contributors to food security and are willing to further strengthen "
     "their policy communication.", "are willing to", "willing to"),
    ("The Asean ministers also signed a declaration on sustainable security, underscoring their commitment to "
     "cooperate on it.", "underscoring their commitment", "their commitment"),
    ("The leaders also reaffirmed their commitment to further deepen cooperation with ASEAN's external partners and "
     "to explore cooperation with other interested parties.", "to explore cooperation", "explore cooperation"),
    ("These were the key outcomes of the 10th ADMM-Plus, where two joint statements were issued.",
     "where two joint statements", "two joint statements"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, opening, not_opening", OPENINGS, ids=[o[1] for o in OPENINGS])
def test_rows_open_where_the_statement_does(text, opening, not_opening):
    from .cases import rows_of

    starts = [text[r["start"]:].removeprefix("and ") for r in rows_of(text, "en")]   # a conjunction may open it
    assert any(s.startswith(opening) for s in starts), starts
    assert not any(s.startswith(not_opening) for s in starts), starts
