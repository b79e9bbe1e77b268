"""Relations between the entities of one article, each with the sentence it rests on.

- locatedIn: a union body → the region in its name (a department → its union's region);
  a program → the region of each local body that organizes it.
- subOrganizationOf: a department or institution → its union; a local federation → the
  federation of the region right above its own, when the article names it (inferred from
  the region hierarchy).
- partOf: a region → the nearest containing region the article also names.
- organizes: a union or organisation before a trigger verb (举办, 开展, 推出 …) → the programs
  after it in the sentence (not a venue after 在, not a verb inside a 《title》); 由 X 主办 the
  passive form; with no body in the sentence, the union body that opened the last clause,
  unless a place opened a later one; after 助力 / 依托 … that body takes part instead.
- worksFor: a person → the body named right before their role.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterable
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import (
    CJK,
    CLAUSE_MARKS,
    COMING_TO,
    COMING_WHEN,
    DOCUMENT_TITLE,
    EDITION,
    FORMER,
    HELD_BY_OWNER,
    LIST_JOINS,
    NATIONAL_OPENINGS,
    OUTSIDE_THE_FEDERATION,
    VISIT_VERBS,
    WORKFORCE_REFORM,
    Mention,
    covered,
    entities_of,
    mentions,
    region_entity,
    relations_of,
    start_after_last,
    text_of,
    written_text,
)
from kg.components.people import HEAD_OF_PLACE, KINDS_OF_PEOPLE, LEARNERS, committee_opening_role, role_start_before
from kg.components.unions import NATIONAL_ID, ORGAN_UNION_WORDS, UNION_CONGRESS
from kg.gazetteer import Region, common_words, default_gazetteer
from kg.model import Entity, Evidence, Relation
from kg.regexes import regex

_SENTENCE = regex("[^。！？!?；;\n]+[。！？!?；;\n]?")
_ROSTER_BREAKS = "；;"  # between the clauses of a roster (甲某；乙某；丙某出席)
# The verbs by which a body runs a program; 组织 only as a verb (not in 工会组织, 组织部, 组织者).
# Every branch opens with a literal character (the scan jumps between them: see `scannable`), so
# what 组织 follows is looked at behind its 组.
_TRIGGER = regex(
    "联合举办|共同举办|主办|举办|举行|召开|推出|开展|实施|打造|探索|推行|启动|承办|协办|牵头|组(?<![会党层团]组)织(?![部者奖])|组(?<=会组)织(?=了|(?:策划)?的(?:首届|第[一二三四五六七八九十\\d]{1,3}[届次])?“)|"
    "创新|创办|建立|推动|深化|发起|开设|开辟|设立|开通|上线|开行|策划"
)
# “X”由A主办; X是…之一，由A主办 (a clause may come between the program and 由); X是A倡导组织的…
# (the program described as a body's deed).
_PASSIVE_FORM = regex(f"(?:(?:[^。]{{0,6}}?|[^，。；,;]{{0,30}}[，,])由|[^，。；,;]{{0,6}}?是"
                           f"(?=[^，。；,;]{{2,30}}?(?:{_TRIGGER.pattern})[^。；;]{{0,8}}?的)).{{2,40}}?(?:{_TRIGGER.pattern})")
# Actors spoken of in general, who run a program themselves: 全省各级工会, 各街道工会, 各县（市）区总工会, 基层工会组织,
# and, opening a clause, 全省工会, 各地, 各单位.
_GENERIC_ACTORS = regex("各(?:级|地|街道|乡镇|镇|基层|类)?工会|各[县市区州旗]{1,2}(?:[（(][县市区旗][）)])?[县市区旗]?总工会|(?<!直属)基层工会"
                             "|(?<![^，,。；;：:\n])(?:全[省市县区州盟旗](?:各级)?工会|各(?:地|单位|部门))(?![区市县州])")
# What stands between a relative clause's subject and its verb (乙共同打造的, 乙所推出的, 乙组织开展的).
_RELATIVE_SUBJECT_END = regex("(?:联合|共同|一起|所|精心)?(?:组织|策划)?")
# What joins a partner to the subject of a relative clause (甲联合乙组织的…, 甲与乙共同推出的…).
_PARTNER_JOIN = regex("联合|会同|携手|与|同")
# A trigger that opens a relative clause (举办的“X”, 启动的…): the program is someone else's deed.
_RELATIVE_TRIGGER = regex(f"(?:{_TRIGGER.pattern})的")
_HOSTED = regex("[，,、][^，,。；;在]{2,60}?(?:联合举办|共同举办|主办|承办|协办)")  # (…主办，甲、乙、丙协办: a long list too)
# The label of a credit line (来源：, 作者：), after which a body tells the news rather than acts in it.
_CREDIT_LABEL = regex("(?:来源|作者|供稿|稿源|出处|编辑|责编|审核|通讯员|记者)[：:][ \u3000]*$")
_CLAUSE_START = regex("(^|[，。；：！？,;:\n]|[。！？][ \u3000]+|近年来|今年以来|目前|同时|此外)$")
_EDITION_OR_YEAR = regex(f"{EDITION.pattern}|\\d{{4}}年")  # (某集团第十届职工技能大赛: its own event)
_BEFORE_NAME = regex(f"({_EDITION_OR_YEAR.pattern})?")
_HELD = regex("[^，,。；;]{0,4}?(举行|举办|召开|开幕|开展|启动|发起)")
# 在巴南区华熙体育场举行: a venue phrase, however long, and the verb of holding after it.
# 主会场在某区某公园, 分会场设在甲市、乙市和丙州: where an event held at several venues is.
_BRANCH_VENUE = regex("(?:主会场|分会场)(?:分别)?设?在([^，。；,;\n]{2,80}?)(?=[，。；,;\n]|$)")
_RESPECTIVELY = "分别"  # 分别在甲、乙开赛: one place for each program listed in its clause
_CLAUSE_END = regex(f"[{CLAUSE_MARKS}]")
_VENUE = regex("在([^，。；,;在]{2,40}?)(?:隆重|精彩|正式)?(举行|举办|召开|开幕|闭幕|落幕|开展|启动|开赛|开班|开营|结业|结营|启幕|上演|拉开(?:帷幕|大幕|序幕)|(?:降下|落下|圆满落下)帷幕)")

# 助力“X”, 依托“X”平台, 借助“X”: verbs of taking part in a program someone else runs.
_WORKING_THROUGH = "依托|借助|利用"  # verbs of working through a program or a body
_COMMA_OR_SEMICOLON = "，,；;"  # what parts the clauses of a sentence
_SUPPORT_BEFORE_VERB = 2  # 助力实施“X”: the verb of support right before a verb of running
_SUPPORT = regex(f"(助力|{_WORKING_THROUGH}|赋能|投身|响应|融入)(?!”)[^，,。；;]{{0,2}}(?:“[^“”\\n]{{1,20}}”[、和与及]?)*$")
# (借助“甲”“乙”等活动: each of the quoted programs after the verb)
# 围绕“X”, 服务“X”建设, 结合“X”, 学习“X”的经验, 内容包括“X”, 在“X”活动中: a theme or strategy the body
# works around or learns from, what
# something else holds, the time of it, or what is judged (对某县“X”模式给予评价), which tells nothing of who runs it.
_THEMES = "围绕|紧扣"  # verbs of working around a theme
_AROUND = f"{_THEMES}|聚焦|关注|融合|结合|学习|借鉴"  # and of focusing on, combining with or learning from
_THEME = regex(f"({_AROUND}|按照|服务|服务于)[^，,。；;]{{0,2}}$|(?:包括|包含|涵盖)(?:[^，,。；;]*、)?$|(?<=[，,。；;！!？?\n])在$|对[^，,。；;“]{{0,8}}$")
# A body of a kind opening a clause, referring back to the one named before (同时，公司结合当天活动开展了…).
_BODY_REFERRED_BACK = regex("(?:^|(?<=[，,。；;：:\n]))(?:同时|随后|此外)?[，,]?(?:该|这家|这所)?(公司|集团|企业|医院|学校|学院)(?=[^，,。；;]{0,12}?(?:组织|开展|举办|推出|启动))")
# A team named after a place (江西蹲点工作组, 某省慰问团): the place is the team's name, not a venue.
_GROUP_AFTER_PLACE = regex(f"[{CJK}]{{0,4}}?(?:工作组|工作队|调研组|慰问团|代表团|考察团|服务队|督导组|宣讲团)")
_DATELINE = regex("[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯)")  # after a place: where a report was filed (某市2月1日电)
_SUGGESTED = regex("建议|呼吁|倡议|(?:希望|期望)(?!通过|借助|借此|以此)")  # 与会代表建议推广“X”, 负责人希望各单位开展“X”: asked for, not done
_STUDIES = regex("调研|考察|视察|督导|检查|(?<!据)了解|听取")  # 某总工会赴某县调研“X”工作: studying a program, not running it
# 以“X”为契机: the occasion of what the clause does, someone else's campaign.
_OCCASION = regex("(?:活动|行动)?为契机")
# 推动…，深度融合“X”: a theme a later verb of the clause's works around (not 公共法律服务“X”, a noun's 服务).
_WORKED_AROUND = regex(f"(?:{_AROUND})[^，,。；;“]{{0,2}}$")
# After a program, perhaps after its head: a list of what is told or taught (讲解了帮扶政策、职工互助保障计划等内容).
_TOPIC_LISTED = regex("[^，,。；;、]{0,4}?等(?:相关)?(?:内容|知识)")
_THEME_WORKED_AROUND = regex(f"(?:{_THEMES})[^，,。；;“]{{0,2}}$")  # (两地围绕“X”开展交流: a theme, not placed by the clause)
# 落实“X”, 确保“X”行动…落到实处, 践行新时代“X”, 落实省委省政府“X”: carrying out a program or a model
# someone else launched (the bodies named after the verb, if any), not running it; not the
# relative clause of its hosts (由某总工会主办、某公司执行的“X”: the company carries it out).
_PRACTISING = "践行|弘扬"
_IMPLEMENTS = regex(f"(?:落实|贯彻|执行|确保|{_PRACTISING})(?!的)([^，,。；;“]{{0,10}})“?$")
# 践行新时代“X”, 弘扬“X”: practising a model or spirit set elsewhere, which does not run where it is
# practised (a program a body 落实 does: the annotated articles place it there).
_PRACTISES = regex(f"(?:{_PRACTISING})[^，,。；;“]{{0,10}}“?$")
# The words of someone a clause follows (贯彻落实某某关于…的重要讲话精神): they take no part in what is done.
_DIRECTIVE = regex("(?:贯彻|落实|学习|践行|遵循)[^，,。；;]{1,40}?(?:精神|指示|讲话|论述|部署)")
_SOURCE = regex("[^，,。；;]{0,4}?(获悉|了解到|得知)")
_TOLD_BY = regex("[^，,。；;]{0,16}?(介绍|表示|透露|说)")
_EVENT_REFERENCE_WORDS = "比赛|球赛|联赛|邀请赛|公开赛|锦标赛|友谊赛|争霸赛|对抗赛|拔河赛|赛事|竞赛|大赛|决赛|复赛|初赛|论坛|培训班|培训|讲堂|讲座|课堂|活动|运动会|展演|汇演|演出|影展|画展|作品展|展览|大合唱|仪式|开幕式|闭幕式|开班式|典礼"
_EVENT_REFERENCE = regex(_EVENT_REFERENCE_WORDS)
# A study visit or an inspection called 活动 (陪同参加调研活动): no event named before, taken part in.
_VISIT_AS_EVENT = regex("了?(?:此次|本次|这次)?(?:调研|考察|视察|检查|督导|座谈|参观)(?:学习)?活动")
# A meeting referred back (参加了此次会议, 出席本次大会): the last program named before that is a meeting (某某恳谈会,
# 某某推进会), not another kind of event.
_MEETING_REFERRED = regex("(?:此次|本次|这次)(?:会议|大会)")
_MEETING_ENDS = ("会", "会议")
# An event of its own as the verb's object (参加安全生产月活动): qualified at length by one phrase, with no
# word that refers back (参加此次活动, 参加本届比赛, 工会组织的活动), counts kinds (各项, 等), joins two
# (开幕式并观看竞赛) or names an event whose ceremony it is (劳动竞赛启动仪式, 活动启动仪式).
_OWN_EVENT_OBJECT = regex(f"了?((?:(?![并和及与了的此本该这次届各等相有上])[{CJK}]){{4,16}}?)(?:{_EVENT_REFERENCE_WORDS})")
# The clause before a comma (its last _CHAIN_CLAUSE characters), and verbs of taking a post in it.
_LAST_CLAUSE = regex("(?:^|[，。；：！？,;:\n])([^，。；：！？,;:\n]*)$")
_CHAIN_CLAUSE = 40
_ELECTED = regex("当选为?|被选举为|补选为")  # 某某当选为某市总工会主席, 某某补选为…
_COMRADE = "同志"
_TAKING_POST = regex("当选|选举|任命|担任|为")
_VENUE_BEFORE = regex("[在于]$")  # a body right after 在 is where something is held, not who takes part
# The ceremonies that open or close a program, taken part in (参加启动仪式).
_CEREMONY = regex("启动仪式|启动式|开幕式|闭幕式|开班式|开营仪式|揭牌仪式")
# A directive's words after the program: 贯彻落实…“X”行动动员部署会精神.
_SPIRIT = regex("[^，。；,;]{0,12}?精神")
# A post held in an organisation (某县人大常委会副主任、总工会主席某某…开展): the person's title, not the actor.
_TERM_COMMITTEE = regex("第[一二三四五六七八九十\\d]{1,3}届(?:委员会)?")  # a union's committee of a term, before its post
_POST_HELD = regex("(?:党组|党委)?(?:常务|专职)?副?(?:主任|主席|书记|部长|局长|厅长|院长|县长|市长|区长|镇长|处长|秘书长)"
                        "|常委(?!会)|(?:党组)?成员|委员(?!会)")  # 县委常委、县总工会主席某某: a post the person holds
# 紧扣市总工会部署, 围绕县委、县政府的中心工作, 在省总工会指导下, 在市委的坚强领导下, 按照全总《…通知》的要求, 落实全总关于开展…的要求, 落实省政府工作部署,
# 落实国务院关于安全生产决策部署, 国务院关于…的相关政策及要求: a body
# whose directive or guidance is followed, not one that runs it.
_DIRECTING = regex("(?:《[^》\n]{0,60}》|关于[^，。；,;\n]{2,30}?(?:的|(?=决策))|(?:“[^“”\n]{1,30}”[、和]?){1,3}|"
                        f"{UNION_CONGRESS})?的?(?:统一|工作|决策|全面|重要|重大|有关|相关|正确|坚强|整体)?"
                        "(?:政策[及和、])?总?(?:部署|要求|号召|精神|指示|安排|指导|领导下|大局|中心工作|中心任务)")
_HOLDING_VILLAGES = ("township", "zone")  # the localities a village or community written right after lies in
_UNNAMED_BODY_JOINED = regex("[和及与、](?:上级|各级|有关|相关)(?:工会|党委|政府|部门|单位)")  # ending a list of bodies
# 某市总工会组织甲县、乙区总工会干部开展…: bodies whose people another leads to a program take part in it.
_LEADS_ITS_PEOPLE = regex("(?:还|并|积极|先后|同时)?(?:组织|选派|选送)(?:了)?[^，。；,;]{0,10}?(?:职工|会员|干部|选手|代表队|运动员)")
_LED_BY = regex("(?:组织|带领|率领|动员)[^，。；,;]*$")
_THEIR_PEOPLE = regex("(?:的)?(?:干部|职工|会员|代表|选手|员工|工作人员|志愿者|(?:[\\d一二三四五六七八九十]+支)?(?:队伍|代表队))")
# (某市总工会组织甲、乙3支队伍开展…: the teams of the bodies listed)
# What qualifies a post (兼职副主席, 挂职副县长) or joins two posts of one person (党委书记兼工会主席).
_POST_QUALIFIERS = ("兼职", "专职", "挂职", "兼任", "驻会")
# A unit no rule names between posts of a chain (、办事处主任, 、医务工会主席): a few words after the 、.
_UNIT_OF_A_POST = regex(f"、([{CJK}]{{2,4}})$")
_POSTS_JOINED = ("、", "兼")
_BELOW_CITY = ("county", "township", "village", "zone")  # the levels of place below a prefecture
_LEVELS_OPENING_UNITS = "省市县区镇乡街"  # the level that opens a unit of a place's own (区党工委, 街道办)
_PICKS = regex("(?:选定|选取|遴选|选择)(?=[^。；]{2,80}?作为)")  # the units a body picks (as pilots) take part
_URGING = regex("要求|号召|希望|动员|鼓励|倡议|呼吁")  # between an actor and a verb of taking part: others take part
_INVITES = regex("邀请|特邀")  # before the guests a deed is done with
_QUOTES_JOINED = ("", "、", "和", "及", "与")  # between quoted names one after another
_BODIES_JOINED = ("、", "和", "与", "及")  # between bodies listed as one subject
_GOVERNMENT = "人民政府"  # what a head of a place (县长) heads, after the level (某县人民政府)
# A document's title written without 《》, after its issuer (中共中央 国务院关于深化…改革的意见): nothing in it
# is a deed, and its issuer runs nothing by it.
_UNMARKED_TITLE = regex("关于[^，。；,;《》“”\n]{2,40}?的(?:指导|实施)?(?:意见|决定|通知|规定|办法|方案)")
# 会后，联合甲区、乙县总工会开展…, 与市人社局联合开展…: a clause opened by 联合, 与 or 同 (会同) whose
# subject is the article's actor (not 参与甲开展的…).
_JOINING_OPENS = regex("(?:^|[，,。；;！!？?\n])[^，,。；;！!？?\n“”]{0,4}(?:联合|(?<![参给])与|同)$")
# 迎接中华全国总工会成立95周年，开展…: a body whose anniversary is celebrated.
_ANNIVERSARY = regex("成立[\\d一二三四五六七八九十百]+周年")
# 来到甲公司、乙公司等企业，开展…, 组织劳模到某酒店开展…: the places a body visits or goes to are
# not the ones that run the program.
_VISITED = regex(f"(?:{'|'.join(VISIT_VERBS)}|一行到|一行赴|(?<![得达受感遇做看找想听收])到|赴)[^，。；,;]*$")
# A clause that says what a deed is or serves (这是…的实际行动, 作为…的重要举措): it names no deed.
_EVALUATION = regex("(?:(?:这|此举)也?是|作为)[^，。；,;]*的(?:实际行动|具体行动|重要举措|具体举措|有力举措|生动实践|具体实践)"
                    "|(?:旨在|意在|目的是|以期)")  # (…联合主办，旨在深入推进某某改革: what the event serves)
# 为实现县委、县政府的…目标，某县总工会实施…: the bodies whose goal is served run nothing.
_PURPOSE = regex(f"(?:为了?(?:全面|认真|进一步|切实|深入|扎实|更好地?|积极)?(?:实现|完成|落实|贯彻|响应|让|使|把)|{_THEMES})"
                 "[^，。；,;]*$")
# (为让职工感受到某党委的关怀，…; 为响应区委、区政府关心职工的号召，…; 紧紧围绕县委、县政府的发展目标，…)
# A sentence opening with what its deed serves, up to a program (为不断夯实…，推动“X”机制落地，…某总工会组织…).
_PURPOSE_OPENING = regex("为[^。；;！？!?\n]*")
# What a speaker says opens after this (某某负责人在会上指出，举办“X”要…): the deed is spoken of, not done.
_SPEECH_OPENS = regex("(?:指出|强调|认为|表示)[，,：:]")
# 依托甲中心和乙站，某区总工会打造…: the bodies a union works through are its means, not hosts.
_MEANS = regex(f"(?:{_WORKING_THROUGH}|凭借)[^，。；,;]*$")
# The prepositions of those a body does something for or to: 某总工会对甲、乙开展…, 为甲职工开展….
_TO_WHOM = regex("[对为向给]")
_CLAUSE_BREAK = regex("[，。；,;]")
# A clause that holds a body's own deed, unnamed (甲区总工会开展慰问活动，…): the body runs nothing named later.
# A clause of time after a body's founding (某联合工会成立后，…): the body is when, not who.
_SINCE_FOUNDED = regex("(?:正式)?(?:成立|揭牌|组建)(?:后|以来|之后)")
_OWN_UNNAMED_DEED = regex("(?:(?!由)[^，。；,;“”]){0,8}?(?:开展|举办|举行|组织)了?(?:(?!由)[^，。；,;“”]){0,20}?(?:活动|慰问|调研|座谈|走访|检查)")
# 先后来到甲县、乙市等地开展…, 先后赴甲市、乙市开展…: the places of an itinerary are where the program runs.
_ITINERARY = regex("(?:来到|深入|走进|前往|赴|走访|(?<![得受达收遇想做感看听找办回提拿送带见直提])到)([^，。；,;]{2,60}?)"
                        "(?:等地|[，,]?(?=开展|举办|举行|启动))")  # (某某到某市部分企业开展…, 来到某镇某基地，开展…;
# not 得到, 受到: no going)
_PROGRAM_GOES_TO = regex(f"{COMING_WHEN}(?:{COMING_TO}|走近|深入)([^，。；,;]{{2,60}}?)(?=[，。；,;]|$)")
# (“X”活动走进某街道: a program that comes to a place is held there)
# A body that guides an event (由A指导，B主办): it does not run it.
_GUIDES = regex("(?:联合)?指导[，,、]")
# 本届运动会由…联合举办: the event the article is about, named before, referred back to.
_HOSTED_BY = regex(f"由([^。；]{{2,160}}?)(?:{_TRIGGER.pattern})")
# 本届运动会由…, 此项赛事是由…, 启动仪式由…: the event, or the ceremony that opens it, referred back to
# (此次竞赛活动在县委的领导下，由…: a clause may come between; 本次比赛，是由…: a comma before 是)
# (集体婚礼, 联谊会, 招聘会, 某某节: an event of that kind only, named before)
_EVENT_BEFORE = regex(f"(?:{_EVENT_REFERENCE_WORDS}|启动式|(?P<kind>婚礼|联谊会|晚会|招聘会|节))(?:是|均|将)?(?:[^，。；,;]{{0,30}}[，,])?(?:是|均)?$")
_EVENT_BEFORE_REACH = 40
_JOINT_EVENTS = "暨"  # between two events held as one (甲大赛暨乙竞赛启动仪式)
_REFERENCE_OPENING = regex("此次|本次|这次|该")  # what refers an event back (此次活动在某地举行)
_REFERENCE_WORD = 4  # how far before the reference's last word its first may start (竞赛活动)
# A body that won a prize at a program (某市总工会获“X”大赛优秀组织奖): it took part, whoever ran it.
_WINS = regex("(?:荣获|获得|夺得|摘得|获|被授予|被评为)(?![悉批准取感者益])[^，,。；;]*$")
# Verbs of winning or teaching: they tell of taking part in an event (a contest, a class) only.
_AT_EVENT = regex("获得(?![感者])|荣获|夺得|勇夺|夺冠|摘得|分获|讲授|授课"
                       "|被(?:授予|评为)(?=[^，。；,;]{0,30}?(?:优胜单位|先进单位|先进集体|标兵单位|先进个人|优秀组织奖))"
                       "|获(?=(?:团体)?(?:[一二三四五六七八九十\\d]+等奖|第[一二三四五六七八九十\\d]+名|冠军|亚军|季军|[金银铜](?:奖|牌)|优秀奖)"
                       "|[^，。；,;]{0,30}?(?:优胜单位|优胜班组|先进单位|先进集体|优秀组织奖))")
# Taking part between a trigger and the program: 组织选手参加, 推动企业参与.
_JOINS = regex("参加(?![人者率])|参与(?![人者度率面])|参赛(?![队者人])|报名|出席")  # (某公司参赛队: a team, 参与人年龄,
# 参与率: those taking part or their share, no verb)
_KINDS_OF_PEOPLE = tuple(KINDS_OF_PEOPLE)  # what a role that holds no post ends in (市领导, 职工)
_ASSISTING = regex("配合|协助")  # 某区总工会配合上级工会开展的“X”: a body that assists in another's program
_WATCHES = "观看"  # a verb of attending a show, with no object or the show's kind alone (观看了演出)
# A body's team or players (某区总工会代表队, 某公司选手): they compete, the body does not run the contest.
_TEAM_OF_BODY = regex("代表队|参赛队|代表团")  # a body's team (甲公司代表队)
_TEAM = regex(f"{_TEAM_OF_BODY.pattern}|队员|选手")
# How far a person's titles run after a body they name, and what breaks them off.
_TITLE_REACH = 24
_TITLE_BREAK = regex("[，,。；;：:！？!?和与及]")
# Leading the team that carries a program out (某总工会副主席某某带队，到…开展“X”): taking part in it.
_LEADS_TEAM = "带队|率队|主持"  # and hosting its ceremony (某某主持开幕式)
_PARENT_OF = regex("下属|所属|旗下")  # 某区卫生工会下属某医院工会开展…: the parent of the body that runs it
_HOSTS = regex("(?:联合|共同)?(?:承办|协办|主办)了?")  # right after a body: it hosts what follows
_CENTRAL_ORGANS = ("中国共产党中央委员会", "国务院")  # whose decisions union programs carry out
_TAKING_PART = ("organizes", "participatesIn")
_CHAIR_ALONE = regex("(?:常务|专职|兼职)?副?主席")  # a chair's post alone, a union's
# After a body a program is said to be of (“某某”是某总工会…的一项举措, …打造的服务品牌, …开展的一项公益计划).
_MEASURE_OF = regex(f"[^。；！？]{{0,40}}?的(?:一项|一个|又一)?[{CJK}]{{0,4}}?(?:举措|品牌|项目|平台|计划|活动|工程|行动|一环)")
# A clause after a program's that says what it is (，这是…, ，此次比赛是…): the body named next made it.
_THIS_IS = regex(f"[^。；！？，,]{{0,20}}[，,](?:这|此举|此次[{CJK}]{{0,4}})也?是")
_TALKS = "(?:宣讲|事迹分享|专题报告|主题报告|分享|交流发言|典型发言)"  # what speakers at a program give
_GIVES_TALK = f"(?:进行了?|(?<!工)作了?){_TALKS}"  # 邀请甲、乙进行宣讲, 甲作主题报告: the speakers take part (not 工作…)
_SPEAKS_AT = regex(f"[上中]?(?:作|进行)了?(?:{_TALKS}|经验交流|经验介绍)")  # (在某培训班上作经验交流: a talk at the event)
# After a body, perhaps in a list: it issues a document (甲、乙联合下发的《…》).
_ISSUES_DOCUMENT = regex("(?:[、和及与][^，。；,;《]{2,20}?)*?(?:联合|共同)?(?:下发|印发|发布|出台|公布)了?的?《")
_SPONSORS = "赞助"  # (某公司冠名赞助: donating to the event)
_PARTICIPATE = regex(f"{_JOINS.pattern}|{_WATCHES}|选派|抽调|指派|宣布(?=[^，。；,;]{{0,12}}?(?:开幕|闭幕|启动|开赛|开始|开跑|发车|开行|开班|开营))|参观了?(?=[^，。；,;]{{0,8}}?(?:展(?![厅馆室区])|会|赛))|认捐|捐赠|捐资|{_SPONSORS}|加入|踊跃|{_AT_EVENT.pattern}|{_LEADS_TEAM}"
                          f"|{_GIVES_TALK}")
_TALK_GIVEN = regex(_GIVES_TALK)
# The honour of a program right after its name (“X”活动先进单位, “X”竞赛优胜单位): winning it is taking part.
_HONOUR_OF = regex("(?:活动|竞赛|工作)?(?:先进|优胜|标兵|优秀组织)")
_EVENT_NAME = regex("(赛|杯|论坛|班|讲堂|会|课|演|节|征文活动)”?$")  # (“某某大赛”: quoted too; 文艺汇演, 读书节)
# A participation verb with no object (某某等领导出席。): it is the event the article is about.
_NO_OBJECT = regex("了?(?:演出|比赛|表演|角逐|竞技)?(?:[。，；,;！]|并|$)")  # (观看了演出: the event the article tells of)
_HOSTING = regex("主办|承办|协办|举办")  # hosts named in the sentence: the verb is theirs to host
# A place won (获得第一名, 荣获二等奖, 夺得冠军): the winner took part in the contest.
_WON_FIRST = "夺冠"  # a verb that holds the place won
_PLACED = regex("[^，。；,;“”]{0,12}?(?:名|等奖|奖|冠军|亚军|季军|[金银铜]牌)(?=[，。；,;、]|$)")
# How far back (in characters) an earlier sentence's union body still acts in a later one.
_ACTOR_REACH = 450
_MENTION_LABELS = ("REGION", "UNION", "PROGRAM", "ORG", "PERSON")


def _respective_place(text: str, inside: list[Mention], program: Mention, venue: re.Match,
                      places: list[Mention]) -> list[Mention]:
    """甲赛、乙赛分别在A区、B区开赛, 分别在A村及B村开展“甲”及“乙”: the place paired with `program` by
    its rank in the list of programs of the clause, written before 分别 or after the verb (each one's
    own place), when the two lists are as long; else all the places."""
    clause_start = start_after_last(text, venue.start(), CLAUSE_MARKS)
    clause_end = _CLAUSE_END.search(text, venue.end())
    programs = [span for span in inside if span.label_ == "PROGRAM"]
    for listed in ([span for span in programs if clause_start <= span.start and span.end <= venue.start()],
                   [span for span in programs if venue.end() <= span.start
                    and (clause_end is None or span.end <= clause_end.start())]):
        if program in listed and len(listed) == len(places):
            return [places[listed.index(program)]]
    return places


def _within_any(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, its closing mark included."""
    return [match.span() for match in _SENTENCE.finditer(text)]


_IDS_ABOVE: dict[str, tuple[str, ...]] = {}


def _ids_above(region: Region) -> tuple[str, ...]:
    """The ids of the divisions containing a division of the default gazetteer, nearest first
    (computed once per division)."""
    ids = _IDS_ABOVE.get(region.code)
    if ids is None:
        ids = _IDS_ABOVE[region.code] = tuple(f"region:{code}" for code in default_gazetteer().lineage(region)[1:])
    return ids


def _ancestors(region: Entity) -> tuple[str, ...]:
    """Ids of the regions containing `region`, nearest first."""
    gazetteer = default_gazetteer()
    if "parent" in region.attributes:  # a village or zone: its division, and that division's
        known = gazetteer.by_code.get(region.attributes["parent"].removeprefix("region:"))
        return (region.attributes["parent"], *_ids_above(known)) if known else (region.attributes["parent"],)
    known = gazetteer.by_code.get(region.attributes.get("code", ""))
    return _ids_above(known) if known else ()


def _nearest_above(region: Entity, named: Container[str]) -> str | None:
    """partOf: the nearest region containing `region` among the `named` ones."""
    return next((higher for higher in _ancestors(region) if higher in named), None)


def _federations(entities: Iterable[Entity]) -> dict[str, str]:
    """The local federations among `entities`, by the id of their region (the first of each; not
    the union of a township's offices, 某镇机关工会)."""
    found: dict[str, str] = {}
    for entity in entities:
        if "region" in entity.attributes and not entity.name.endswith(ORGAN_UNION_WORDS):
            found.setdefault(entity.attributes["region"], entity.id)
    return found


def _higher_federation(region: Entity, federations: dict[str, str]) -> str | None:
    """subOrganizationOf: the federation of the region right above `region`, if named (the
    guidelines link a federation to the next higher one only when both are named: where the level
    in between is not, as for a district and its province, there is no link)."""
    higher = _ancestors(region)[:1]
    return federations.get(higher[0]) if higher else None


class _ArticleRelations:
    """The relation rules applied to one article's Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.registry = entities_of(doc)
        self.relations = relations_of(doc)
        self.seen: set[tuple[str, str, str]] = set()
        self.organized: set[str] = set()  # programs with an organizer
        self.text = text_of(doc)
        self.written = written_text(doc)
        self.spans = mentions(doc)  # the recognizers are done: the mentions no longer change
        self.first: dict[str, Mention] = {}
        for span in self.spans:
            self.first.setdefault(span.kb_id_, span)
        self.sentences = sentences(self.text)
        self.sentence_starts = [start for start, _ in self.sentences]
        self.span_starts = [span.start for span in self.spans]
        self.places_by_end = {span.end: span for span in self.spans if span.label_ == "REGION"}
        self.evidence: dict[int, Evidence] = {}  # by sentence: relations of one sentence share it

    def extract(self) -> None:
        self._structural()
        self._organizes()
        self._hosts_of_events_referred_back()
        self._organizers_of_programs()
        self._branch_venues()
        self._venues_of_events_referred_back()
        self._places_of_programs()
        self._participation()
        self._teams_of_bodies()
        self._most_specific_posts()

    def _most_specific_posts(self) -> None:
        """A person with posts at a body and at a unit of it (市委常委、宣传部部长某某; 某总工会党组成员、
        组织部部长某某, 某市总工会党组成员、教科文卫体工会主席某某) works for the unit only: the guidelines
        link the most specific unit."""
        employers: dict[str, set[str]] = {}
        for relation in self.relations:
            if relation.predicate == "worksFor":
                employers.setdefault(relation.subject, set()).add(relation.object)
        units_of = {(r.subject, r.object) for r in self.relations if r.predicate == "subOrganizationOf" and not r.inferred}
        parents = {(person, body) for person, bodies in employers.items() for body in bodies
                   if any(self._is_unit_of(unit, body) or (unit, body) in units_of for unit in bodies)}
        if parents:
            self.relations[:] = [r for r in self.relations if r.predicate != "worksFor" or (r.subject, r.object) not in parents]

    def _is_unit_of(self, unit_id: str, body_id: str) -> bool:
        """Whether one body is a named unit of another of the same type (中共某市委员会宣传部 of 中共某市委员会)."""
        unit, body = self.registry[unit_id], self.registry[body_id]
        return unit_id != body_id and unit.type == body.type and unit.name.startswith(body.name)

    def _within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside characters [start, end)."""
        first = bisect.bisect_left(self.span_starts, start)
        last = bisect.bisect_left(self.span_starts, end, lo=first)
        return [span for span in self.spans[first:last] if span.end <= end]

    def _sentence_at(self, position: int) -> int:
        """The index of the last sentence starting at or before `position` (-1 if none)."""
        return bisect.bisect_right(self.sentence_starts, position) - 1

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding `position` starts."""
        return self.sentences[self._sentence_at(position)][0]

    def _evidence(self, position: int) -> Evidence:
        index = self._sentence_at(position)
        if index < 0 or position >= self.sentences[index][1]:
            return Evidence("", "", position, position)
        evidence = self.evidence.get(index)
        if evidence is None:
            start, end = self.sentences[index]
            sentence = self.text[start:end].strip()
            start = self.text.index(sentence, start) if sentence else start  # offsets of the stripped sentence
            written = self.written[start: start + len(sentence)]  # as written: "X" stays in ASCII quotes
            evidence = self.evidence[index] = Evidence("", written, start, start + len(sentence))
        return evidence

    def _add(self, subject: str, predicate: str, obj: str, position: int, rule: str, inferred: bool = False) -> None:
        if subject == obj or subject not in self.registry or obj not in self.registry:
            return
        if predicate == "organizes" and self._takes_part_in_reform(subject, obj):
            predicate, rule = "participatesIn", "relations.union_in_national_reform"
        if predicate == "locatedIn" and self.registry[subject].name == WORKFORCE_REFORM \
                and self.registry[obj].attributes.get("level") in _BELOW_CITY:
            return  # the nation's reform, led by provinces and cities, lies in no county (某县…深化产业工人队伍建设改革)
        key = (subject, predicate, obj)
        if key in self.seen:
            return
        if predicate in _TAKING_PART and self.registry[subject].name in _CENTRAL_ORGANS:
            return  # 按照党中央、国务院的部署…开展: the centre directs, it runs and joins no union program
        self.seen.add(key)
        if predicate == "organizes":
            self.organized.add(obj)
        self.relations.append(Relation(subject, predicate, obj, self._evidence(position), inferred, rule))

    def _runs(self, body: str, program: str, position: int, rule: str, unions_place_it: bool = False) -> None:
        """`body` organizes `program`, which then lies where the body is (of an agency: the place in its name;
        with `unions_place_it`, only a union's place); `_add` reads a county's union as taking part in the
        nation's reform, which lies in no county."""
        self._add(body, "organizes", program, position, rule)
        region = self._union_region(self.registry[body], self.first)
        if region and (not unions_place_it or self.registry[body].type == "UnionBody"):
            self._add(program, "locatedIn", region, position, "relations.program_in_organizer_region")

    def _urges(self, start: int, verb: int) -> bool:
        """Whether a verb of urging others stands between `start` and a verb of taking part, in its clause."""
        urging = [match.end() for match in _URGING.finditer(self.text, start, verb)]
        return bool(urging) and not _CLAUSE_BREAK.search(self.text, urging[-1], verb)

    def _takes_part_in_reform(self, subject: str, program: str) -> bool:
        """某县总工会深化产业工人队伍建设改革: a union of a county or below takes part in the nation's reform of the
        industrial workforce, which provinces and cities lead."""
        union = self.registry[subject]
        place = self.registry.get(union.attributes.get("region", ""))
        return self.registry[program].name == WORKFORCE_REFORM and union.type == "UnionBody" and place is not None \
            and place.attributes.get("level") in _BELOW_CITY

    def _structural(self) -> None:
        first = self.first
        federations = _federations(self.registry.values())
        for entity in list(self.registry.values()):
            at = first[entity.id].start if entity.id in first else 0
            if entity.type == "UnionBody":
                region = self._union_region(entity, first)
                if region is None and entity.id in first and entity.name.endswith("工会联合会") \
                        and not entity.name.startswith(NATIONAL_OPENINGS):  # (中央和国家机关工会联合会: no place's)
                    # 商贸物流产业园区工会联合会 in an article about 百色: a federation of the place the
                    # article is about (a company's union is where the company is, which it does not say)
                    subject_place = self._subject_place_before(first[entity.id].start)
                    if subject_place is not None:
                        self._add(entity.id, "locatedIn", subject_place.kb_id_, at, "relations.federation_in_article_place")
                elif region:
                    self._add(entity.id, "locatedIn", region, at, "relations.union_region")
                if "parent" in entity.attributes:
                    self._add(entity.id, "subOrganizationOf", entity.attributes["parent"], at, "relations.unit_of_union")
                elif "region" in entity.attributes and (place := self._region_entity(region)) is not None:
                    higher = _higher_federation(place, federations)
                    if higher is None and place.attributes.get("level") == "province" and NATIONAL_ID in self.registry \
                            and not place.id.startswith(OUTSIDE_THE_FEDERATION):
                        higher = NATIONAL_ID  # a province's federation is the national federation's (not 澳门's unions)
                    if higher:
                        self._add(entity.id, "subOrganizationOf", higher, at, "relations.next_higher_federation", inferred=True)
            elif entity.type == "Region":
                nearest = self._township_written_before(entity) or _nearest_above(entity, self.registry)
                if nearest:
                    self._add(entity.id, "partOf", nearest, at, "relations.nearest_region_above")
            elif entity.type == "Person" and "org_id" in entity.attributes:
                self._add(entity.id, "worksFor", entity.attributes["org_id"], at, "relations.role_at_body")
        self._posts_in_chains()
        self._posts_elected_to()

    def _township_written_before(self, village: Entity) -> str | None:
        """某区鼓楼街道某社区, 某市经开区某社区: a village or community written right after a township the
        gazetteer lacks, or a zone, of the same division (or of none the village is placed in), lies in it."""
        if village.attributes.get("level") != "village":
            return None
        for span in self.spans:
            before = self.places_by_end.get(span.start) if span.kb_id_ == village.id else None
            township = self.registry[before.kb_id_] if before is not None else None
            if township is not None and township.attributes.get("level") in _HOLDING_VILLAGES \
                    and village.attributes.get("parent", township.attributes.get("parent")) == township.attributes.get("parent"):
                return township.id
        return None

    def _posts_before_comma(self, comma: int) -> bool:
        """Whether a comma at `comma` closes a clause of posts only, the same person's as those after it
        (某市人大常委会党组成员、副主任，市总工会主席某某), not a post someone is elected to (当选为…副主席，)."""
        if self.text[comma: comma + 1] not in ("，", ",") or role_start_before(self.text, comma) is None:
            return False
        clause = _LAST_CLAUSE.search(self.text, max(0, comma - _CHAIN_CLAUSE), comma)
        return clause is not None and not _TAKING_POST.search(clause.group(1))

    def _posts_elected_to(self) -> None:
        """某市政协副主席某某当选为某市总工会主席: the person also works for the body elected to, whatever
        post they were named with."""
        people_by_end = {s.end: s for s in self.spans if s.label_ == "PERSON"}
        bodies_by_start = {s.start: s for s in self.spans if s.label_ in ("UNION", "ORG")}
        for elected in _ELECTED.finditer(self.text):
            person = people_by_end.get(elected.start()) or people_by_end.get(elected.start() - len(_COMRADE))
            body = bodies_by_start.get(elected.end())
            term = _TERM_COMMITTEE.match(self.text, body.end) if body is not None else None  # (某总工会第十届委员会主席)
            if person is not None and body is not None and _POST_HELD.match(self.text, term.end() if term else body.end):
                self._add(person.kb_id_, "worksFor", body.kb_id_, elected.start(), "relations.elected_to_post")

    def _posts_in_chains(self) -> None:
        """某省人大常委会副主任、省总工会主席某某: a person named after a chain of posts holds each post
        at the body named before it; a chain that names no body, right after another person's
        (某总工会党组书记某某，党组成员、副主席某某; 某总工会副主席甲某、主席助理乙某), holds its posts at
        that person's bodies."""
        bodies = {span.end: span for span in self.spans if span.label_ in ("UNION", "ORG")}
        people = {span.end: span for span in self.spans if span.label_ == "PERSON"}
        joined_at = {span.start: span for span in self.spans if span.label_ == "PERSON" and span.rule == "people.joined_to_role"}
        held: dict[int, list[str]] = {}  # by the end of each person's mention: the bodies of their posts
        for person in (span for span in self.spans if span.label_ == "PERSON" and span.rule == "people.after_role"):
            if self.registry[person.kb_id_].attributes.get("role", "").endswith(LEARNERS):
                continue  # 某中学学生某某: a pupil, who holds no post
            found = [org] if (org := self.registry[person.kb_id_].attributes.get("org_id")) else []
            position = person.start
            role_start = role_start_before(self.text, position)
            written_role = self.text[role_start: person.start] if role_start is not None else ""
            past_unit = False  # whether the chain names a place's unit no rule reads (区党工委副书记)
            while role_start is not None:
                if self.text[role_start - 2: role_start] in _POST_QUALIFIERS:
                    role_start -= 2  # 某区总工会兼职副主席: the body before the post's qualifier
                body = bodies.get(role_start) or committee_opening_role(self.text, role_start, bodies) \
                    or (bodies.get(role_start + 1) if self.text.startswith("部长", role_start) else None)
                # (某镇党委副书记、…; 组织部长: the department's head, its 部 written once)
                if body is not None and self.text[body.start - 1: body.start] != FORMER:
                    found.append(body.kb_id_)  # (not 原市人民政府督学某某: a post held no longer)
                position = body.start if body is not None else role_start
                # 主席助理: a post named right after another; else a post before 、
                role_start = role_start_before(self.text, position) if body is None else None
                if role_start is None and body is None and (unit := _UNIT_OF_A_POST.search(self.text, max(0, position - 5), position)):
                    position = unit.start(1)  # 某街道党工委副书记、办事处主任某某: past a unit no rule names, to the post before
                    past_unit = unit.group(1)[0] in _LEVELS_OPENING_UNITS  # (区党工委: a place's own; 纪委: the body's)
                if role_start is None and (self.text[position - 1: position] in _POSTS_JOINED or self._posts_before_comma(position - 1)):
                    position -= 1  # (某市人大常委会副主任，市总工会主席某某: a post and a comma, no name between)
                    role_start = role_start_before(self.text, position)
            listed = self.text[position: position + 1] == "、"  # 甲某、主席助理乙某: the chain opens after a person
            position += listed
            before = people.get(position - 1) if self.text[position - 1: position] in ("，", ",", "、") else None
            role = self.registry[person.kb_id_].attributes.get("role", "")
            head_of_place_alone = HEAD_OF_PLACE.search(role) is not None and "、" not in self.text[position: person.start]
            if not found and before is not None and role not in KINDS_OF_PEOPLE and not head_of_place_alone and not past_unit:
                found = held.get(before.end, [])  # 党组成员、副主席某某 after 某总工会党组书记某某，(not 老同志某某: no post;
                # nor 副市长某某 alone: the head of a place, who holds that post at its government; nor 区党工委副书记某某:
                # a post at a unit of its own)
                if listed or _CHAIR_ALONE.fullmatch(self.text, position, person.start):  # within a list, or for a chair's post
                    # alone, only a union's posts go on (县长乙某 after 县委书记甲某 is not the county committee's; 某人大常委会
                    # 副主任、某总工会主席甲某，常务副主席乙某: the union's)
                    found = [body for body in found if self.registry[body].type == "UnionBody"]
            if HEAD_OF_PLACE.search(role) and HEAD_OF_PLACE.search(written_role):
                found = found + [government for government in self._government_headed(role) if government not in found]
                # 副县长某某, 县委副书记、县长某某, in an article naming 某县人民政府: its (deputy) head
            held[person.end] = found
            partners = [person]  # 副主席甲、乙、丙: the people joined to a post after the first hold it at the same bodies
            while written_role and not written_role.endswith(_KINDS_OF_PEOPLE) \
                    and self.text[partners[-1].end: partners[-1].end + 1] == "、" \
                    and (partner := joined_at.get(partners[-1].end + 1)) is not None:
                partners.append(partner)
            for holder in partners:
                for body_id in found:
                    self._add(holder.kb_id_, "worksFor", body_id, holder.start, "relations.post_in_chain")

    def _government_headed(self, role: str) -> list[str]:
        """The one people's government of the level a head of a place heads (县长, 副市长: the county's,
        the city's) that the article names, if it names one only."""
        ending = role[-2] + _GOVERNMENT
        governments = [entity.id for entity in self.registry.values()
                       if entity.type == "Organization" and entity.name.endswith(ending)]
        return governments if len(governments) == 1 else []

    def _region_entity(self, region_id: str | None) -> Entity | None:
        """A region by id: the article's, or one of the gazetteer that the article implies but does
        not name (省总工会 in an article naming only its cities)."""
        if region_id is None or region_id in self.registry:
            return self.registry.get(region_id) if region_id else None
        known = default_gazetteer().by_code.get(region_id.removeprefix("region:"))
        return region_entity(default_gazetteer(), known) if known else None

    def link_elsewhere(self, links: list[tuple[str, str, str]]) -> None:
        """Add relations whose object another article of the document names (see link_document),
        with the sentence that names the subject as their evidence."""
        replaced = {(subject, predicate) for subject, predicate, _ in links if predicate == "partOf"}
        self.relations[:] = [r for r in self.relations if (r.subject, r.predicate) not in replaced]
        for subject, predicate, obj in links:
            position = self.first[subject].start if subject in self.first else 0
            self.relations.append(Relation(subject, predicate, obj, self._evidence(position), True, _LINK_RULES[predicate]))

    def _union_region(self, union: Entity, first: dict[str, Mention]) -> str | None:
        """Where a union lies: its region or place; for a unit, the place its own name adds to its
        parent's (某省总工会某市办事处), else its parent's place, else the place its name holds
        (中国教育工会某市委员会: a unit of a union in no place)."""
        if "region" in union.attributes:
            return union.attributes["region"]
        if "place" in union.attributes:
            return union.attributes["place"]
        span = first.get(union.id)
        inside = [s for s in self._within(span.start, span.end) if s.label_ == "REGION"] if span else []
        parent = self.registry.get(union.attributes.get("parent", ""))
        if parent is not None:
            if span and self.text.startswith(parent.name, span.start):
                own = [s for s in inside if s.start >= span.start + len(parent.name)]
                if own:
                    return own[-1].kb_id_
            placed = self._union_region(parent, first)
            if placed:
                return placed
        chain = inside[:1]
        for place in inside[1:]:  # (某市某区广东商会工会: a province after a chain of places names the chamber, not where
            if chain[-1].kb_id_ not in _ancestors(self.registry[place.kb_id_]):  # it is)
                break
            chain.append(place)
        return chain[-1].kb_id_ if len(chain) > 1 else inside[-1].kb_id_ if inside else None

    def _start_with_places(self, mention: Mention) -> int:
        """Where the mention starts with the places written right before it ([江苏省]苏州市总工会)."""
        start = mention.start
        while start in self.places_by_end:
            start = self.places_by_end[start].start
        return start

    def _is_source(self, mention: Mention) -> bool:
        """Whether the text names `mention` as where the news comes from (从[江苏省]苏州市总工会获悉),
        or as who tells it (据某市总工会宣传部部长某某介绍)."""
        start = self._start_with_places(mention)
        before = self.text[start - 1: start]
        return (before == "从" and bool(_SOURCE.match(self.text, mention.end))) or (
            before == "据" and bool(_TOLD_BY.match(self.text, mention.end)))

    def _to_whom(self, start: int, trigger: int) -> int | None:
        """Where the last preposition of those a deed is for (对, 为, 向, 给) stands between `start`
        and the verb at `trigger`, in the same clause; not one inside a word (作为, 针对, 对接)."""
        words = common_words()
        for match in reversed(list(_TO_WHOM.finditer(self.text, start, trigger))):
            position = match.start()
            if _CLAUSE_BREAK.search(self.text, position, trigger):
                return None
            if self.text[position - 1: position + 1] not in words and self.text[position: position + 2] not in words:
                return position
        return None

    def _sentences_with_programs(self) -> list[tuple[int, int]]:
        """The sentences that name a program, in order."""
        indices = {self._sentence_at(span.start) for span in self.spans if span.label_ == "PROGRAM"}
        return [self.sentences[index] for index in sorted(indices) if index >= 0]

    def _names_its_event(self, body: Mention, program: Mention, inside: list[Mention]) -> bool:
        """Whether `body` names `program` as its own: a union right before it, its year or edition
        between, or opening its name (某市总工会“X”活动, 某市总工会组织的…, 2015年某县工会干部培训班), or a company or agency right
        before it or opening its name before its edition or year (某港口集团“安全杯”劳动竞赛, 某港务集团第十届
        职工技能大赛), where no other body is written right before it (市委市政府“X”: theirs together)."""
        text = self.text
        if body.label_ == "UNION":  # (某市总工会2024年元旦春节送温暖活动: its year between)
            return _BEFORE_NAME.fullmatch(text, body.end, program.start) is not None \
                or HELD_BY_OWNER.fullmatch(text, body.end, program.start) is not None \
                or _BEFORE_NAME.fullmatch(text, program.start, body.start) is not None and body.end < program.end
        return body.label_ == "ORG" and (
            body.end == program.start or body.start == program.start and _EDITION_OR_YEAR.match(text, body.end, program.end) is not None
        ) and not any(other.end == body.start for other in inside if other.label_ in ("UNION", "ORG"))

    def _organizes(self) -> None:
        text, first = self.text, self.first
        for start, end in self._sentences_with_programs():
            inside = self._within(start, end)
            titles = [match.span() for match in DOCUMENT_TITLE.finditer(text, start, end)]  # 《某总工会关于…》
            titles += [match.span() for match in _UNMARKED_TITLE.finditer(text, start, end)]  # 国务院关于…的意见
            # the sentence's verbs of running, outside document titles (印发《关于深化…》: not a deed) and
            # names (职工创业创新大赛, 某某科技创新中心: no verb)
            named = titles + [(s.start, s.end) for s in inside]
            verbs = [match.span() for match in _TRIGGER.finditer(text, start, end) if not _within_any(match.start(), named)]
            program_starts = {s.start for s in inside if s.label_ == "PROGRAM"}
            named_by: tuple[int, Mention] | None = None  # where the last program a union names ended, and that union
            for program in (s for s in inside if s.label_ == "PROGRAM"):
                for place in self._stated_places(text, inside, program, start, end):
                    self._add(program.kb_id_, "locatedIn", place.kb_id_, program.start, "relations.program_stated_place")
                owner = next((s for s in inside if self._names_its_event(s, program, inside)), None)
                if owner is None and named_by is not None and text[named_by[0] - 1] == "”" \
                        and text[named_by[0]: program.start] in _QUOTES_JOINED:
                    owner = named_by[1]  # 某市总工会“五大行动”“十大实事”和“X”活动: each of the union's run of quotes
                    # (not after a head: 全总“X”平台、“Y”平台, another body's)
                named_by = (program.end, owner) if owner is not None else None
                if owner is not None:
                    # 北京市总工会2023年劳动争议调解员培训班: the union's own event, where the union is (某省工会干部
                    # 培训班, 2015年某县工会干部培训班: the union opens the event's name, after its year or edition)
                    # (某港务集团第十届职工技能大赛: a company's or agency's own event, right after its name)
                    rule = "relations.union_names_its_event" if owner.label_ == "UNION" else "relations.body_names_its_event"
                    self._runs(owner.kb_id_, program.kb_id_, program.start, rule)
                    for partner in self._listed_before(owner, inside):  # 某省总工会及某省卫生工会“X”比赛: each runs it
                        self._runs(partner.kb_id_, program.kb_id_, program.start, rule)
                trigger = self._trigger_for(text, end, program, verbs, program_starts)
                if trigger is None or _SPIRIT.match(text, program.end):
                    continue  # 贯彻落实…“X”行动动员部署会精神: a meeting's directive, not a deed
                if self._in_evaluation(program, start):
                    continue  # …，这是深入推进某某改革的实际行动: what the deed serves, not a deed
                if owner is not None and trigger < owner.start and owner.end <= program.start:
                    continue  # A实施…、某区总工会“微调解”化解纠纷: the verb before is another clause's
                before = self._outermost([s for s in inside if s.end <= trigger and s is not program
                                          and not _within_any(s.start, titles)])  # a body in a document's title
                listed = {s.start: s for s in before if s.label_ in ("UNION", "ORG")}
                bodies = [s for s in before if s.label_ in ("UNION", "ORG") and text[s.start - 1: s.start] != "在"
                          and not _VISITED.search(text, start, s.start) and not _PURPOSE.search(text, start, s.start)
                          and not _MEANS.search(text, start, s.start)
                          and not _DIRECTING.match(text, self._list_end(s, listed)) and not _ANNIVERSARY.match(text, s.end)
                          and not _PARENT_OF.match(text, s.end)
                          and not (s.label_ == "ORG" and _POST_HELD.match(text, s.end))]
                spoken = max((match.end() for match in chain(_SPEECH_OPENS.finditer(text, start, trigger),
                                                             _SUGGESTED.finditer(text, start, trigger))), default=-1)
                bodies = [s for s in bodies if s.start > spoken]  # 甲负责人指出，举办“X”要…, 甲希望乙开展“X”: the speaker's
                # body runs nothing
                venue = text.rfind("在", start, trigger)
                if venue >= 0 and any(s.end <= venue for s in bodies):
                    bodies = [s for s in bodies if s.end <= venue]  # A在B、C和D开展…: B, C and D are where
                elif venue >= 0 and _RELATIVE_TRIGGER.match(text, trigger) and text.rfind("由", venue, trigger) < 0:
                    bodies = [s for s in bodies if s.end <= venue or s.label_ == "UNION"]  # 在某小学举办的“X”: where it
                    # was held, not who held it (在某区总工会举办的“X”中: a union holds it)
                makers = self._relative_subjects(bodies, listed, start, trigger)
                if makers:
                    # 甲借鉴乙打造的“X”, 甲感谢乙组织开展的“X”, 甲对乙组织的“X”表示感谢: who made it, right
                    # before the verb, not who adopts or thanks it
                    bodies = makers
                elif bodies:
                    recipient = self._to_whom(bodies[0].end, trigger)
                    if recipient is not None:  # A对B、C开展…, A分组对B开展…, A为B职工开展…: B and C receive it
                        bodies = [s for s in bodies if s.start < recipient]
                # 记者从苏州市总工会获悉，园区总工会举办…: the source does not run it (nor alone: 从某总工会获悉，各级工会…);
                # 某区总工会：某社区联合工会开展…: the site that tells the news, whose heading names who runs it
                bodies = [s for s in bodies if not self._is_source(s) and not _GUIDES.match(text, s.end)
                          and not (text[s.end: s.end + 1] in ("：", ":") and s is not bodies[-1])]
                earlier_programs = [p.start for p in inside if p.label_ == "PROGRAM" and p.end <= trigger and p is not program]
                before_a_program = [s for s in bodies if any(s.end <= p for p in earlier_programs)]
                if before_a_program and len(before_a_program) < len(bodies):
                    # 由甲主办的“X”活动和乙主办的“Y”比赛: 甲 runs X, the program named between it and the trigger
                    bodies = [s for s in bodies if s not in before_a_program]
                clause_start = max((match.end() for match in _CLAUSE_BREAK.finditer(text, start, trigger)), default=start)
                if any(s.start >= clause_start for s in bodies):
                    # 甲区总工会开展慰问活动，乙区总工会开展“X”竞赛: the body of an earlier clause with a deed of its own
                    bodies = [s for s in bodies if s.start >= clause_start
                              or not (_OWN_UNNAMED_DEED.fullmatch(text, self._list_end(s, listed), clause_start - 1)
                                      or _SINCE_FOUNDED.match(text, self._list_end(s, listed), clause_start - 1))]
                led = [s for s in bodies if _LED_BY.search(text, start, s.start) and _THEIR_PEOPLE.match(text, self._list_end(s, listed))]
                for body in led:  # 某市总工会组织甲县、乙区总工会干部开展…: their people take part, led by the first
                    self._add(body.kb_id_, "participatesIn", program.kb_id_, program.start, "relations.people_led_to_program")
                bodies = [s for s in bodies if s not in led]
                agent = text.rfind("由", start, trigger)
                if any(s.start > agent for s in bodies) and agent >= 0:
                    # A 参加由 B 组织的…: B runs it (A承办了由B主办的…: A too)
                    bodies = [s for s in bodies if s.start > agent or _HOSTS.match(text, self._list_end(s, listed))]
                joined = max((match.end() for match in _JOINS.finditer(text, start, trigger)), default=-1)
                if joined >= 0 and not _CLAUSE_BREAK.search(text, joined, trigger):
                    if any(s.start >= joined for s in bodies):
                        bodies = [s for s in bodies if s.start >= joined]  # A组织职工参加B主办的…: B runs it, A takes part
                    elif _RELATIVE_TRIGGER.match(text, trigger):
                        bodies = []  # A组织参加在某广场举办的“X”: held by someone unnamed, A takes part
                named_places = [s for s in before if s.label_ == "REGION"]
                places = [s for s in named_places if not _GROUP_AFTER_PLACE.match(text, s.end) and not _DATELINE.match(text, s.end)]
                # (希望江西蹲点工作组结合…: the place names a team, not where the program is, nor is its actor a guess)
                if not bodies and not named_places and not any(s.label_ in ("UNION", "ORG") for s in inside) \
                        and program.kb_id_ not in self.organized and not self._generic_actor_in(start, trigger) \
                        and spoken < 0:  # (他希望，各单位开展“X”: asked for, no deed to guess an actor of)
                    referred = _BODY_REFERRED_BACK.search(text, start, trigger)
                    # a guess, for a program nobody runs yet (not 各级工会's); 同时，公司…开展了“X”: the company named before
                    bodies = self._actor_before(start) if referred is None else self._last_of_kind(start, referred.group(1))
                elif bodies and _JOINING_OPENS.search(text, max(0, start - 1), self._start_with_places(bodies[0])):
                    bodies = self._actor_before(start) + bodies  # （某县总工会）会后，联合甲、乙开展…: it runs it too
                guests_after = next((m.start() for m in _INVITES.finditer(text, start, trigger)), -1)
                if guests_after >= 0 and bodies and all(s.start > guests_after for s in bodies):
                    bodies = []  # 培训班特邀甲、乙的专家授课，…打造“X”: guests, who run nothing
                invited = max([-1, *(match.start() for match in _INVITES.finditer(text, self._clause_start(start, trigger), trigger)),
                               *(match.start() for match in _PICKS.finditer(text, start, trigger))])
                if invited >= 0 and any(s.start < invited for s in bodies):  # A邀请B、C开展…, A选定B、C作为试点，开展…: B and C take part
                    for guest in (s for s in bodies if s.start > invited):
                        self._add(guest.kb_id_, "participatesIn", program.kb_id_, program.start, "relations.invited_to_program")
                    bodies = [s for s in bodies if s.start < invited]
                if _RELATIVE_TRIGGER.match(text, trigger) and (assisting := _ASSISTING.search(text, start, trigger)) is not None:
                    for body in (s for s in bodies if s.end <= assisting.start()):  # 某区总工会配合上级工会开展的“X”活动
                        self._add(body.kb_id_, "participatesIn", program.kb_id_, program.start, "relations.assists_program")
                    bodies = [s for s in bodies if s.start >= assisting.end()]
                for body in bodies:
                    self._runs(body.kb_id_, program.kb_id_, program.start, "relations.organizer_before_trigger")
                if not bodies and places and not (venue >= 0 and text.endswith(_RESPECTIVELY, start, venue)):
                    # 重庆市万盛经开区举办…大赛: the place that holds it (甲、乙、丙等城市工会建立…: each place listed;
                    # 分别在甲、乙开展: each program's own, found with the places stated)
                    for place in self._listed_with(places):
                        self._add(program.kb_id_, "locatedIn", place.kb_id_, program.start, "relations.place_holds_program")

    def _listed_with(self, places: list[Mention]) -> list[Mention]:
        """The last of `places` and those listed right before it, joined by 、, 和, 与 or 及."""
        listed = [places[-1]]
        for place in reversed(places[:-1]):
            if place.end + 1 != listed[-1].start or self.text[place.end] not in LIST_JOINS:
                break
            listed.append(place)
        return listed[:1] if self.text.endswith("来自", 0, listed[-1].start) else listed  # (来自甲、乙: where people come from)

    def _hosts_of_events_referred_back(self) -> None:
        """大赛由A、B联合主办 after the contest is named: A and B organize the last program named before."""
        for match in _HOSTED_BY.finditer(self.text):
            reference = _EVENT_BEFORE.search(self.text, max(0, match.start() - _EVENT_BEFORE_REACH), match.start())
            if reference is None:
                continue
            if any(s.label_ == "PROGRAM" for s in self._within(reference.start(), match.end())):
                continue  # the clause names its program: the sentence-level rules read it
            programs = self._programs_referred_back(reference, match.start())
            end, after = match.end(1), match.end()
            while co_hosts := _HOSTED.match(self.text, after):  # …主办，B承办，C协办: B and C host it too
                end = after = co_hosts.end()
            span = (match.start(1), end)
            bodies = [s for s in self._within(*span) if s.label_ in ("UNION", "ORG")]
            listed = {s.start: s for s in bodies}
            hosts = self._outermost([s for s in bodies if not _GUIDES.match(self.text, self._list_end(s, listed))])
            # (由A指导，B主办, 由A、B指导，C主办: A and B guide it)
            for host in hosts:
                for program in programs:
                    self._runs(host.kb_id_, program.kb_id_, match.start(), "relations.hosts_of_event_referred_back",
                               unions_place_it=True)

    def _programs_referred_back(self, reference: re.Match, position: int) -> list[Mention]:
        """The program an event word before `position` refers back to: the last one named as that kind
        of event (此次竞赛活动, 本次大赛: however far back, not a quoted part of it), else the last named
        shortly before, in an earlier sentence or clause (…在某地举行，此次比赛由…); with those joined to it
        by 暨, held together."""
        kind = reference.group("kind")
        earlier = [s for s in self._within(position - _ACTOR_REACH, position)
                   if s.label_ == "PROGRAM" and s.start < reference.start()
                   and (kind is None or self.text.endswith(kind, s.start, s.end))]
        words = tuple(_EVENT_REFERENCE.findall(self.text, max(0, reference.start() - _REFERENCE_WORD), reference.end()))
        kind_named = [s for s in self._within(0, reference.start()) if s.label_ == "PROGRAM"
                      and words and self.text.endswith(words, s.start, s.end)]
        named = kind_named or earlier
        if not named:
            return []
        referred = [named[-1]]
        programs = [s for s in self._within(max(0, named[-1].start - _ACTOR_REACH), named[-1].start) if s.label_ == "PROGRAM"]
        for program in reversed(programs):  # 甲大赛暨乙竞赛启动仪式…本次活动由…: both events of the joint ceremony
            if self.text[program.end: referred[-1].start] != _JOINT_EVENTS:
                break
            referred.append(program)
        return referred

    def _venues_of_events_referred_back(self) -> None:
        """此次活动在某区某广场举行 after the event is named: the last program named before lies in the most
        specific places of the venue."""
        for venue in _VENUE.finditer(self.text):
            reference = _EVENT_BEFORE.search(self.text, max(0, venue.start() - _EVENT_BEFORE_REACH), venue.start())
            if reference is None or not _REFERENCE_OPENING.search(self.text, max(0, reference.start() - 2), reference.start()):
                continue
            if any(s.label_ == "PROGRAM" for s in self._within(reference.start(), venue.end())):
                continue  # the clause names its program: the sentence-level rules read it
            programs = self._programs_referred_back(reference, venue.start())
            places = [s for s in self._within(*venue.span(1)) if s.label_ == "REGION"]
            for place in (s for s in places if not any(o.start == s.end for o in places)):
                for program in programs:
                    self._add(program.kb_id_, "locatedIn", place.kb_id_, venue.start(), "relations.venue_of_event_referred_back")

    def _branch_venues(self) -> None:
        """主会场在甲区…，分会场在乙市、丙市和丁州: the event is held at each venue, the main one and its
        branches; in a sentence that names no program, the event of the last sentence that named one."""
        text = self.text
        for venue in _BRANCH_VENUE.finditer(text):
            index = self._sentence_at(venue.start())
            if index < 0:
                continue
            start, end = self.sentences[index]
            programs = [s for s in self._within(start, end) if s.label_ == "PROGRAM"]
            if not programs:
                earlier = [s for s in self._within(max(0, start - _ACTOR_REACH), start) if s.label_ == "PROGRAM"]
                last = self._sentence_at(earlier[-1].start) if earlier else -1
                programs = [s for s in earlier if self._sentence_at(s.start) == last]
            inside = [s for s in self._within(*venue.span(1)) if s.label_ == "REGION"]
            places = [s for s in inside if not any(o.start == s.end for o in inside)]  # the most specific of each chain
            for program in programs:
                for place in places:
                    self._add(program.kb_id_, "locatedIn", place.kb_id_, venue.start(), "relations.program_at_branch_venues")

    def _organizers_of_programs(self) -> None:
        """A program no sentence-level rule gave an organizer is run by the union body that last
        opened a clause before it (新疆工会…，坚持“会、站、家”一体化思路): the article's actor; or by
        the body it is said to be a measure of (“某某”是某区总工会…的一项举措)."""
        spans, first = self.spans, self.first
        bodies_by_start = {s.start: s for s in spans if s.label_ in ("UNION", "ORG")}
        for program in (s for s in spans if s.label_ == "PROGRAM"):
            if program.kb_id_ in self.organized:
                continue
            this_is = _THIS_IS.match(self.text, program.end)
            owner = bodies_by_start.get(program.end + 1) if self.text.startswith("是", program.end) else \
                bodies_by_start.get(this_is.end()) if this_is else None  # (“X”启动仪式举行，这是某总工会…的重要举措)
            if owner is not None and _MEASURE_OF.match(self.text, owner.end):
                self._runs(owner.kb_id_, program.kb_id_, program.start, "relations.measure_of_body", unions_place_it=True)
                continue
            sentence_start = self._sentence_start(program.start)
            implemented = _IMPLEMENTS.search(self.text, sentence_start, program.start)
            if implemented is not None:  # 落实省委、省政府“X”计划: they run it
                for owner in self._outermost([s for s in self._within(*implemented.span(1)) if s.label_ in ("UNION", "ORG")]):
                    self._add(owner.kb_id_, "organizes", program.kb_id_, program.start, "relations.owner_of_implemented_program")
                continue
            body = self._subject_before(program.start, ("UNION",))
            if body is None or _JOINS.search(self.text, body.end, program.start) \
                    or _ASSISTING.search(self.text, max(body.end, sentence_start), program.start):
                continue  # no actor, or one that takes part (组织选手参加…) or assists (配合…开展的…)
            if _SPEAKS_AT.match(self.text, program.end):  # 某市总工会在某培训班上作经验交流: a speaker at the event
                self._add(body.kb_id_, "participatesIn", program.kb_id_, program.start, "relations.speaks_at_event")
                continue
            if _TEAM.match(self.text, body.end):  # 某区总工会代表队在…大赛中获奖: its team competes
                self._add(body.kb_id_, "participatesIn", program.kb_id_, program.start, "relations.team_competes")
                continue
            place = self._subject_place_before(program.start)
            organisation = self._subject_before(program.start, ("ORG",))
            if place is not None and place.start >= body.end \
                    or organisation is not None and organisation.start >= max(body.end, sentence_start):
                continue  # 万盛经开区大力实施…: a later clause is about a place, not the union (该公司还设有“X”: or the
                # program's sentence is about an organisation)
            if _THEME.search(self.text, sentence_start, program.start) or self._in_evaluation(program, sentence_start) \
                    or self._generic_actor_in(max(body.end, sentence_start), program.start) \
                    or _OCCASION.match(self.text, program.end) or _SUGGESTED.search(self.text, sentence_start, program.start) \
                    or _STUDIES.search(self.text, max(body.end, sentence_start), program.start) \
                    or _TOPIC_LISTED.match(self.text, program.end):
                continue  # (同时，各地要举办…: actors in general run it; 以“X”为契机: the occasion of a deed; 代表们建议
                # 推广“X”: what someone asks for, not a deed; 讲解了…计划等内容: a topic told of)
            if _WINS.search(self.text, body.end, program.start):
                self._add(body.kb_id_, "participatesIn", program.kb_id_, program.start, "relations.winner_takes_part")
                continue
            if _SUPPORT.search(self.text, sentence_start, program.start):
                self._add(body.kb_id_, "participatesIn", program.kb_id_, program.start, "relations.supports_program")
                continue
            for partner in self._partners_naming(body, program, bodies_by_start):
                self._add(partner.kb_id_, "organizes", program.kb_id_, program.start, "relations.clause_actor_runs_program")
            self._runs(body.kb_id_, program.kb_id_, program.start, "relations.clause_actor_runs_program")

    def _listed_before(self, body: Mention, inside: list[Mention]) -> list[Mention]:
        """The bodies listed right before `body` as one subject with it (某省总工会及某省卫生工会: 某省总工会)."""
        bodies_by_end = {span.end: span for span in inside if span.label_ in ("UNION", "ORG")}
        listed: list[Mention] = []
        start = body.start
        while self.text[start - 1: start] in _BODIES_JOINED and (before := bodies_by_end.get(start - 1)) is not None:
            listed.append(before)
            start = before.start
        return listed

    def _partners_naming(self, body: Mention, program: Mention, bodies_by_start: dict[int, Mention]) -> list[Mention]:
        """The bodies listed after `body` as one subject with it, before the program (某省总工会、某省人民医院“X”
        义诊活动; 甲市总工会和乙市总工会高度重视…“X”工作): its partners in running it."""
        partners: list[Mention] = []
        end = body.end
        while self.text[end: end + 1] in _BODIES_JOINED and (partner := bodies_by_start.get(end + 1)) is not None \
                and partner.end <= program.start:
            partners.append(partner)
            end = partner.end
        return partners

    def _generic_actor_in(self, start: int, end: int) -> bool:
        """Whether actors spoken of in general (各级工会, 各地) act between `start` and `end`; not words of
        a name (省直属基层工会工作委员会)."""
        return any(not covered(self.doc, match.start(), match.start() + 1, _MENTION_LABELS)
                   for match in _GENERIC_ACTORS.finditer(self.text, start, end))

    def _clause_start(self, sentence_start: int, position: int) -> int:
        """Where the clause holding `position` starts: after the last clause mark before it."""
        return max([sentence_start] + [self.text.rfind(mark, sentence_start, position) + 1 for mark in "，；,;"])

    def _in_evaluation(self, program: Mention, sentence_start: int) -> bool:
        """Whether the program is named in a clause that says what a deed is or serves (…，这是深入推进
        某某改革的实际行动, …，旨在深入推进某某改革)."""
        return _EVALUATION.match(self.text, self._clause_start(sentence_start, program.start)) is not None

    def _opens_clause(self, mention: Mention) -> bool:
        """Whether the mention opens a clause, with the places written before it (江西省安福县总工会…);
        not a credit line's (来源：某市总工会, 作者：某局工会), which names who tells the news."""
        start = self._start_with_places(mention)
        return start == 0 or bool(_CLAUSE_START.search(self.text, max(0, start - 6), start)) \
            and not _CREDIT_LABEL.search(self.text, max(0, start - 8), start)

    def _subject_before(self, position: int, labels: tuple[str, ...]) -> Mention | None:
        """The last mention of `labels` within reach before `position` that opens a clause."""
        candidates = [s for s in self._within(position - _ACTOR_REACH, position) if s.label_ in labels]
        return next((candidate for candidate in reversed(candidates) if self._opens_clause(candidate)), None)

    def _places_of_programs(self) -> None:
        """A program with no place yet is in the place the article is talking about where it is
        named: the region that last opened a clause before it (河南省洛阳市西工区聚焦…，创新“X”)."""
        spans = self.spans
        located = {r.subject for r in self.relations if r.predicate == "locatedIn"}
        national = {r.object for r in self.relations if r.predicate == "organizes" and self._is_national(r.subject)}
        for program in (s for s in spans if s.label_ == "PROGRAM"):
            sentence_start = self._sentence_start(program.start)
            if program.kb_id_ in located or _PRACTISES.search(self.text, sentence_start, program.start) \
                    or _OCCASION.match(self.text, program.end) or _THEME_WORKED_AROUND.search(self.text, sentence_start, program.start):
                continue  # 某区总工会践行“X”: a model set elsewhere, practised here, is not placed by it (nor the occasion,
                # 以“X”为契机, of what it does, nor a theme it works around: 两地围绕“X”开展交流)
            if program.kb_id_ in national:
                continue  # 全国总工会在全国范围内开展“X”: a national campaign, placed only by a local organizer or a place stated
            place = self._subject_place_before(program.start)
            if place is not None:
                self._add(program.kb_id_, "locatedIn", place.kb_id_, program.start, "relations.program_in_clause_place")
                located.add(program.kb_id_)

    def _is_national(self, entity_id: str) -> bool:
        """Whether a body is a national one: a union of no place (中华全国总工会, a national industry's union)."""
        entity = self.registry[entity_id]
        return entity.type == "UnionBody" and self._union_region(entity, self.first) is None \
            and entity.name.startswith(NATIONAL_OPENINGS)

    def _subject_place_before(self, position: int) -> Mention | None:
        """The most specific region of the last chain within reach before `position` that opens a
        clause (广东江门恩平市…: 恩平市), not counting places inside organisation names."""
        nearby = self._within(position - _ACTOR_REACH, position)
        bodies = [s for s in nearby if s.label_ == "ORG"]
        regions = [s for s in nearby if s.label_ == "REGION" and not any(b.start <= s.start and s.end <= b.end for b in bodies)]
        by_end = {s.end: s for s in regions}
        by_start = {s.start: s for s in regions}
        for region in reversed(regions):
            opener = region
            while opener.start in by_end:  # walk back to the start of the chain
                opener = by_end[opener.start]
            if self._opens_clause(opener):
                last = region
                while last.end in by_start:  # and forward to its most specific place
                    last = by_start[last.end]
                return last
        return None

    def _participation(self) -> None:
        """Bodies and people before a participation verb (参加, 参与, 认捐, 带队, 主持 …) take part in the
        programs of the sentence, and so do the people of a later clause before a verb of their own;
        before a verb of winning or teaching (荣获, 讲授), in its events."""
        spans, text = self.spans, self.text
        verb_ends: dict[int, int] = {}  # by sentence: where its last participation verb ended
        for verb in _PARTICIPATE.finditer(text):
            index = self._sentence_at(verb.start())
            if index < 0:
                continue
            since = verb_ends.get(index)
            verb_ends[index] = verb.end()
            if since is not None and not _CLAUSE_BREAK.search(text, since, verb.start()):
                continue
            start, end = self._roster_start(index), self.sentences[index][1]
            inside = self._within(start, end)
            won = _AT_EVENT.match(text, verb.start())  # (获 is a verb of winning only before what is won)
            at_event = won is not None and won.end() == verb.end()
            placed = at_event and (verb.group(0) == _WON_FIRST or _PLACED.match(text, verb.end()) is not None)
            if since is not None:  # 甲出席开幕式并讲话，乙主持开幕式: the people of a later clause, with a verb of their own
                # (甲队获得第一名，乙队获得第二名: and the bodies of a later clause that won a place)
                labels = ("UNION", "ORG", "PERSON") if placed else ("PERSON",)
                actors = self._outermost([s for s in inside if s.label_ in labels and since <= s.start and s.end <= verb.start()])
                if not actors or placed and not self._opens_clause(actors[0]):
                    continue
            else:
                # (由甲主办，乙协办，丙冠名赞助: 丙 alone sponsors)
                clause = self._clause_start(start, verb.start()) if verb.group(0) == _SPONSORS else start
                actors = self._outermost([s for s in inside if s.label_ in ("UNION", "ORG", "PERSON")
                                          and clause <= s.start and s.end <= verb.start()])
                if not actors and _LEADS_ITS_PEOPLE.fullmatch(text, start, verb.start()):
                    actors = self._actor_before(start)  # 组织职工参加某市总工会“X”长跑活动: the article's actor, unnamed, sends them
            people = [s for s in actors if s.label_ == "PERSON"]
            # 某县人大常委会副主任、县总工会主席某某参加: the person takes part, the bodies of their posts do not
            actors = [s for s in actors if not any((person.kb_id_, "worksFor", s.kb_id_) in self.seen for person in people)
                      and not self._in_title(s, people)]
            actors = [s for s in actors if not _VENUE_BEFORE.search(text, max(0, s.start - 1), s.start)]  # 在某党校举办: where
            actors = [s for s in actors if not self._urges(s.end, verb.start()) and not self._is_source(s)]
            # (甲要求企业积极参与: 甲 urges others; 记者从甲获悉，…欢迎职工参加: 甲 tells the news)
            directives = [match.span() for match in _DIRECTIVE.finditer(text, start, verb.start())] + [
                match.span() for match in DOCUMENT_TITLE.finditer(text, start, verb.start())]
            # 贯彻某某的重要讲话精神, 根据《某省总工会关于…》: whose words or documents are followed
            actors = [s for s in actors if not _within_any(s.start, directives) and not _ISSUES_DOCUMENT.match(text, s.end)]
            # (在甲、乙下发的《关于表彰…的决定》中，丙荣获表彰: the issuers honour, they take no part)
            programs = self._outermost([s for s in inside if s.label_ == "PROGRAM"])
            if at_event:  # (a campaign whose honour was won: 被授予“X”活动先进单位; in the verb's own clause)
                clause_end = _CLAUSE_BREAK.search(text, verb.end(), end)
                programs = [s for s in programs if (_EVENT_NAME.search(text, s.start, s.end) or _HONOUR_OF.match(text, s.end))
                            and (clause_end is None or s.start < clause_end.start())]
            talk = _TALK_GIVEN.fullmatch(verb.group(0)) is not None  # (甲、乙分别进行了宣讲: at the program before)
            objectless = (_JOINS.fullmatch(verb.group(0)) is not None or verb.group(0) == _WATCHES or talk) \
                and _NO_OBJECT.match(text, verb.end()) is not None \
                and not _HOSTING.search(text, start, verb.start())  # (本场招聘会由甲主办，邀请乙参加: that unnamed event's)
            if verb.group(0) == _WATCHES:
                if not objectless:
                    continue  # 观看了某某宣传片: watching a film about a program, not taking part in it
                actors = [s for s in actors if s.label_ == "PERSON"]  # the people who watch (not 某总工会组织的…观看)
            own_event = _OWN_EVENT_OBJECT.match(text, verb.end())  # (参加安全生产月活动: an event not named before)
            meeting = _MEETING_REFERRED.search(text, start, end) is not None  # (参加了此次会议: a meeting named before)
            referred = meeting or _EVENT_REFERENCE.search(text, start, end) is not None \
                and (own_event is None or _EVENT_REFERENCE.search(own_event.group(1)) is not None) \
                and not _VISIT_AS_EVENT.match(text, verb.end())  # (陪同参加调研活动: a visit, not the program before)
            if not programs and (referred or placed or objectless):
                # 是球赛的认捐企业之一, 甲代表队获得第一名, 某某等领导出席: the event the article has been talking about
                events_only = placed or (objectless and not referred and not talk)  # (a place won or an attendance: no
                # campaign; a talk is given at any activity)
                earlier = [s for s in spans if s.label_ == "PROGRAM" and start - _ACTOR_REACH <= s.end <= start
                           and (not events_only or _EVENT_NAME.search(text, s.start, s.end))
                           and not self._in_purpose(s)
                           and (not meeting or text.endswith(_MEETING_ENDS, s.start, s.end))]
                ceremony = _CEREMONY.match(text, verb.end())
                if ceremony:  # 参加启动仪式: the program whose ceremony it was (“甲”活动启动仪式…拉开“乙”活动的序幕)
                    earlier = [s for s in earlier if text.find(ceremony.group(0), s.end, s.end + 4 + len(ceremony.group(0))) >= 0] \
                        or earlier
                programs = earlier[-1:]
            for program in programs:
                for actor in actors:
                    if (actor.kb_id_, "organizes", program.kb_id_) not in self.seen:
                        self._add(actor.kb_id_, "participatesIn", program.kb_id_, program.start, "relations.participates_by_verb")

    def _in_purpose(self, program: Mention) -> bool:
        """Whether `program` stands in the purpose its sentence opens with, before any body is named
        (为推动“五个一”机制落地，某区总工会组织开展…: what the deed serves, not the event held)."""
        sentence_start = self._sentence_start(program.start)
        return _PURPOSE_OPENING.fullmatch(self.text, sentence_start, program.start) is not None and not any(
            s.label_ in ("UNION", "ORG") for s in self._within(sentence_start, program.start))

    def _roster_start(self, index: int) -> int:
        """Where the sentence `index` starts, or the roster before it: 甲某；乙某；丙某出席, people listed in
        clauses each closed by a semicolon right after a name, attend with the last."""
        start = self.sentences[index][0]
        if index == 0 or self.text[start - 1] not in _ROSTER_BREAKS:
            return start
        person_ends = {s.end for s in self.spans if s.label_ == "PERSON"}
        while index > 0 and self.text[start - 1] in _ROSTER_BREAKS and start - 1 in person_ends:
            index -= 1
            start = self.sentences[index][0]
        return start

    def _teams_of_bodies(self) -> None:
        """前三名如下：1、甲市总工会代表队 2、乙公司代表队: a body's team, where no program is named in its
        sentence, competes in the event the article named last before it."""
        spans, text = self.spans, self.text
        linked = {subject for subject, predicate, _ in self.seen if predicate in ("participatesIn", "organizes")}
        for body in spans:
            if body.label_ not in ("UNION", "ORG") or body.kb_id_ in linked or not _TEAM_OF_BODY.match(text, body.end):
                continue
            start, end = self.sentences[self._sentence_at(body.start)]
            if any(s.label_ == "PROGRAM" for s in self._within(start, end)):
                continue  # (its contest named in the sentence: the sentence-level rules read it)
            events = [s for s in self._within(max(0, start - _ACTOR_REACH), start)
                      if s.label_ == "PROGRAM" and _EVENT_NAME.search(text, s.start, s.end)]
            if events:
                event = self._outermost(events)[-1]
                self._add(body.kb_id_, "participatesIn", event.kb_id_, event.start, "relations.team_of_body")
                linked.add(body.kb_id_)

    @staticmethod
    def _stated_places(text: str, inside: list[Mention], program: Mention, start: int, end: int) -> list[Mention]:
        """Regions the sentence says the program is in: written right before its name
        (黑龙江省首届“猎源杯”…), opening it (淮北市中职技能大赛) or after 在 before the verb of
        holding (在哈尔滨市举行)."""
        places = []
        opening_end = program.start
        inside_regions = [s for s in inside if s.label_ == "REGION"]
        for region in inside_regions:
            if _BEFORE_NAME.fullmatch(text, region.end, program.start):
                places.append(region)
            elif region.start == opening_end and region.end < program.end:
                places.append(region)
                opening_end = region.end
            elif region.start and text[region.start - 1] in "在自从于" and _HELD.match(text, region.end, end):
                places.append(region)
        in_name = [s for s in inside_regions if program.start <= s.start and s.end <= program.end]
        places += [s for s in in_name if not any(o.start == s.end for o in in_name) and s not in places]  # 2024年重庆市…比赛
        venues = [*_VENUE.finditer(text, start, end), *_ITINERARY.finditer(text, start, end)]
        if (goes := _PROGRAM_GOES_TO.match(text, program.end, end)) is not None:
            venues.append(goes)  # “送文化”活动走进某县某街道: where the program itself goes
        for venue in venues:  # 在重庆市巴南区华熙体育场举行, 深入甲县、乙市等地: the most specific places
            clause_start = start_after_last(text, venue.start(), _COMMA_OR_SEMICOLON)
            if any(s.label_ == "PROGRAM" and clause_start <= s.start < venue.start() for s in inside) \
                    and not clause_start <= program.start < venue.start():
                continue  # “甲”托管班在某区开班，“乙”夏令营在某区结营: the place of the program of its own clause
            held_in = [s for s in inside_regions if venue.start(1) <= s.start and s.end <= venue.end(1)]
            held_in = [s for s in held_in if not any(o.start == s.end for o in held_in)]
            if text.endswith(_RESPECTIVELY, start, venue.start()):
                held_in = _respective_place(text, inside, program, venue, held_in)
            places += [s for s in held_in if s not in places]
        return places

    @staticmethod
    def _trigger_for(text: str, end: int, program: Mention, verbs: list[tuple[int, int]], program_starts: set[int]) -> int | None:
        """Where the verb that puts `program` on stands in its sentence (ending at `end`, with the
        verbs of running `verbs`, and programs starting at `program_starts`): the last one before it,
        or, in the passive (“X”由 A 主办), the trigger after it (not where it qualifies another program:
        为贯彻“X”部署，由A主办的Y)."""
        last = next((verb for verb, verb_end in reversed(verbs) if verb_end <= program.start), None)
        if last is not None:
            if _JOINS.search(text, last, program.start) or _IMPLEMENTS.search(text, last, program.start) \
                    or _SUPPORT.search(text, max(0, last - _SUPPORT_BEFORE_VERB), program.start) \
                    or _WORKED_AROUND.search(text, last, program.start):
                return None  # 组织5名选手参加…大赛: a team, not the contest; 推动落实“X”, 开展…，助力“X”, 助力实施“X”, 推动…，融合“X”:
                # another's program, or a theme worked around
            return last
        passive = _PASSIVE_FORM.match(text, program.end, end)
        if passive is None:
            return None
        hosts = list(_HOSTED.finditer(text, passive.end(), end))  # …由A主办，B协办: B hosts it too
        trigger = hosts[-1].end() if hosts else passive.end()
        return None if text.startswith("的", trigger) and trigger + 1 in program_starts else trigger

    def _actor_before(self, position: int) -> list[Mention]:
        """The article's current actor: the last union body that opened a clause shortly before
        `position` (郏县总工会紧扣市总工会部署…: not 市总工会, the object), else the last union named;
        or an organisation after it that opens a clause (内蒙古职工互助保障协会成立。开展…行动)."""
        earlier = [s for s in self._within(position - _ACTOR_REACH, position) if s.label_ in ("UNION", "ORG")]
        unions = [s for s in earlier if s.label_ == "UNION" and not _DIRECTING.match(self.text, s.end)]
        unions = [s for s in unions if not any(o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start
                                               for o in unions)]  # 省总工会女职工委员会: the unit, not its federation inside
        if not unions:
            return []  # (传达了全总的部署要求。…推进“X”: whose directive is followed acts in none of it)
        subjects = [s for s in unions if self._opens_clause(s)]
        if subjects:
            unions = unions[: unions.index(subjects[-1]) + 1]
        organisations = [s for s in earlier if s.label_ == "ORG" and s.start > unions[-1].end and self._opens_clause(s)]
        return organisations[-1:] or unions[-1:]

    def _last_of_kind(self, position: int, kind: str) -> list[Mention]:
        """The organisation of a kind (公司, 医院) named last before `position`, which a clause refers back to."""
        earlier = [s for s in self._within(max(0, position - _ACTOR_REACH), position)
                   if s.label_ == "ORG" and self.registry[s.kb_id_].name.endswith(kind)]
        return earlier[-1:]

    def _relative_subjects(self, bodies: list[Mention], listed: dict[int, Mention], sentence_start: int, trigger: int) -> list[Mention]:
        """The bodies that are the subject of a relative clause whose verb is at `trigger` (乙、丙打造的“X”),
        with their partners joined right before them (甲联合乙组织的) and its hosts (甲承办了由乙主办的); none
        if the verb opens no such clause."""
        if not _RELATIVE_TRIGGER.match(self.text, trigger):
            return []
        makers = [s for s in bodies if _RELATIVE_SUBJECT_END.fullmatch(self.text, self._list_end(s, listed), trigger)]
        if not makers:
            return []
        agent = self.text.rfind("由", sentence_start, makers[0].start)
        partners = [s for s in bodies if s.end <= makers[0].start and (
            _PARTNER_JOIN.fullmatch(self.text, self._list_end(s, listed), makers[0].start)
            or _HOSTS.match(self.text, self._list_end(s, listed))  # 甲承办了由乙主办的
            or 0 <= agent < s.start)]  # 由甲牵头，乙、丙联合主办的: all the agents
        return partners + makers

    def _list_end(self, body: Mention, listed: dict[int, Mention]) -> int:
        """Where the list of bodies that `body` opens ends (省委、省政府工作部署, 市委市政府的工作大局: after 政府)."""
        end = body.end
        while True:
            if (following := listed.get(end)) is None and self.text[end: end + 1] in _BODIES_JOINED:
                following = listed.get(end + 1)  # (市委市政府: bodies written one after another, no join)
            if following is None:
                unnamed = _UNNAMED_BODY_JOINED.match(self.text, end)
                return unnamed.end() if unnamed else end  # (市委、市政府和上级工会的工作部署: one more, unnamed)
            end = following.end

    def _in_title(self, body: Mention, people: list[Mention]) -> bool:
        """Whether a body is named in the titles of a person after it (市委常委、市总工会主席某某: 市委),
        the posts running on to the name with no break but 、, or a post follows it (某人大常委会副主任、…)."""
        return body.label_ != "PERSON" and (bool(_POST_HELD.match(self.text, body.end)) or any(
            body.end <= person.start <= body.end + _TITLE_REACH and not _TITLE_BREAK.search(self.text, body.end, person.start)
            for person in people))

    @staticmethod
    def _outermost(spans: list[Mention]) -> list[Mention]:
        return [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end and
                                            (o.end - o.start) > (s.end - s.start) for o in spans)]


_LINK_RULES = {"partOf": "relations.nearest_region_above", "subOrganizationOf": "relations.next_higher_federation"}


def link_document(docs: list[Doc]) -> None:
    """partOf and a federation's place under the next higher federation are facts of the whole
    document (a page holds many articles): where the nearest region, or the higher federation,
    is named only in another article of it, the relation goes, inferred, to the article that
    names the lower one, in place of a partOf to a region farther up."""
    if len(docs) < 2:
        return
    everything = [entity for doc in docs for entity in entities_of(doc).values()]
    regions = {entity.id for entity in everything if entity.type == "Region"}
    federations = _federations(everything)
    for doc in docs:
        registry = entities_of(doc)
        wanted: list[tuple[str, str, str]] = []
        for entity in registry.values():
            if entity.type == "Region":
                nearest = _nearest_above(entity, regions)
                if nearest is not None and nearest not in registry:
                    wanted.append((entity.id, "partOf", nearest))
            elif "region" in entity.attributes and entity.attributes["region"] in registry:
                higher = _higher_federation(registry[entity.attributes["region"]], federations)
                if higher is not None and higher not in registry:
                    wanted.append((entity.id, "subOrganizationOf", higher))
        if wanted:
            _ArticleRelations(doc).link_elsewhere(wanted)


class RelationExtractor:
    """Sets doc._.kg_relations from the mentions the recognizers found."""

    def __call__(self, doc: Doc) -> Doc:
        _ArticleRelations(doc).extract()
        return doc


@Language.factory("kg_relations")
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor()
