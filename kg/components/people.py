"""PERSON: people named with a role or a speech verb (副主席李志恩, 李华说, 部长刘伟告诉记者),
another name joined to a role's name (学生张明和李华), or a name before 总书记.

A name is a common Chinese surname and one or two more characters (three only where the
third does not start the next word). It counts where a role stands right before it, where it
opens a phrase and a speech verb (or, for three characters, any verb) follows, or where 同志,
教授 or 院士 follows it. Bylines (本报记者…, 通讯员…) are skipped.
The role and, when a union or organisation is named right before the role, that body are kept.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

import ahocorasick_rs
from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import (
    ADVERB_TAGS,
    ASPECT_PARTICLES,
    CJK,
    CJK_CHAR,
    CLAUSE_MARKS,
    FORMER,
    FREQUENT_WORD,
    IDIOM_TAGS,
    NAME_CHAR,
    SENTENCE_MARKS,
    WORDS_OF_UNION_NEWS,
    Mention,
    add_mention,
    before_given_short_name,
    covered,
    drop_mention,
    entities_of,
    holds_verb,
    in_credit_line,
    longest_first,
    mentions,
    scannable,
    start_after_last,
    text_of,
)
from kg.components.unions import enterprise_union
from kg.gazetteer import common_words, default_gazetteer
from kg.model import Entity
from kg.regexes import regex
from kg.wordlists import word_list

# Surnames that are common words too (惠及, 官网, 闻声, 印发, 米, 云端, 吉林, 游客, 蒙古, 廉政, 索取, 宇宙, 解决, 冷链, 巨大,
# 封闭, 曲折, 迟到): they open a name only after a post, a mark of a list or clause, or a body (主席官某某, 甲、闻某某,
# 某某公司印某某).
_WORD_SURNAMES = "惠官闻印米权时云吉游蒙廉索宇解冷巨封曲迟"
# The most common single-character surnames (Ministry of Public Security name statistics), and those above.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
    "卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔"
    "向常汤康易乔赖文施洪辛柯庄樊温牛葛邢安齐伍易梅盛童凌霍关兰柏申宁单涂车艾鲁左包路祝耿殷翟倪欧甘聂"
    # and the less common ones of the same statistics that are seldom ordinary words
    "饶喻俞阎阮蓝岳邬褚骆滕丛晏詹邝闵鲍裴戚缪祁巫卜苟萧邰冉姬茅胥虞隋桑仇郎蔺扈邸郁臧栾穆刁尤慕朴舒厉满章寇卓麦翁管纪项甄储阚巩牟符冼揭屈傅毕楼禹瞿粟帅庞"
    "焦束尉宫雍皮柴季苗尚麻蒲商池初丘银戈佘靳郜訾庹仝窦苑裘奚鞠禤亓犹"  # (not 敖, which opens Mongolian names: 敖特根巴雅尔)
) + _WORD_SURNAMES
_WORD_SURNAME_WORDS = ("官网", "官方", "官兵")  # words such a surname opens wherever it stands
_BEFORE_WORD_SURNAME = "、，,：:；;\n "
_BODY_ENDS = ("公司", "集团", "医院", "学校", "中学", "小学", "大学", "学院", "工会", "协会", "中心", "局", "厅", "委", "厂", "站", "行")
# Two-character surnames: their first character is a surname too, which opens the name.
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "司徒", "夏侯", "皇甫", "尉迟", "公孙", "慕容", "令狐")
# Words for kinds of people (职工, 农民工, 丈夫): before a name they hold no post, but a name after them
# is read as after a post is.
KINDS_OF_PEOPLE = {"领导", "人员", "老同志", "工匠", "作家", "诗人", "画家", "书法家", "职工", "教职工", "教工", "职工代表", "劳模代表", "选手", "参赛选手", "小哥", "帮扶对象", "困难职工", "贫困户", "脱贫户", "低保户", "五保户", "困难户", "员工", "会员", "干部", "居民", "村民", "学生", "学员", "劳模", "劳动模范", "获得者", "工商户",
                    "社工", "专家", "志愿者", "奥运冠军", "世界冠军", "全国冠军", "干警", "女工", "女职工", "渔民",
                    "工作人员", "护林员", "牧民", "农牧民", "农民工", "工友", "同事", "同乡", "老乡", "丈夫", "妻子", "爱人", "老伴", "儿子", "女儿", "父亲", "母亲", "环卫工人", "骑手", "外卖员", "快递员", "司机", "教师", "医生", "护士", "律师", "徒弟", "师傅", "师父"}
_POSTS = (
    "党总支书记|党组书记|党委书记|党组副书记|党委副书记|党组成员|党委常委|党委委员|常务副主席|专职副主席|兼职副主席|副主席|主席|常务副主任|副部长|部长|书记|副局长|局长|副主任|主任|总经理|副经理|经理|"
    "董事长|行长|中队长|大队长|支队长|副厂长|厂长|副院长|院长|副校长|校长|副处长|处长|科长|班长|组长|所长|社长|秘书长|会长|理事长|负责人|队长|团长|站长|总工程师|总工|特级技师|高级技师|技师|工程师|法官|调解员|总指挥|"
    "指挥长|副总指挥|副指挥|指挥|常委|硕士|博士|传承人|技术指导|创始人|助理|省长|市长|州长|县长|区长|旗长|盟长|乡长|镇长|村长|厅长|主委|委员|教授|讲师|电工|焊工|钳工|保洁员|网格员|车工|铣工|数控车工|数控铣工|木工|瓦工|油漆工|门卫|厨师|"
    "一级巡视员|二级巡视员|巡视员|副巡视员|一级调研员|二级调研员|三级调研员|四级调研员|副调研员|调研员|高级工程师|台长|副台长|馆长|副馆长|总监|副总监|书记处第一书记|书记处书记|分党组书记|村支书|"
    "支书|带头人|主持人|督学|教研员|民警|包工头|领衔人|副委员长|委员长|副省长|副市长|副县长|副区长|常务副县长|常务副市长|副书记|清扫员|辅警|建筑工人|副总经理|总裁|副总裁|专职副部长|人大代表|"
    "党代表|机关党委书记|机关党委副书记|政委|副政委|司令员|副司令员|主任科员|副主任科员|科员|护士长|主治医师|医师|护士|教师|"
    "主任医师|副主任医师|主任护师|副主任护师|主管护师|护师|农艺师|高级农艺师|农技师|高级农技师|经济师|高级经济师|会计师|高级会计师|"
    "理事|董事|职工董事|监事|职工监事|监事长|编委|总编辑|副总编辑|主编|副主编|值长|执行院长|执行主任|执行总裁|专干|顾问|专责"
)
_PEOPLE_IN_GENERAL = "人员"  # a kind of people that opens no name (有关人员)
# Every head of a body has a deputy (厅长, 副厅长), written with 副 before the post; a kind of people
# stands before a name as a post does.
_ROLE_NAMES = {*_POSTS.split("|"), *(f"副{role}" for role in _POSTS.split("|") if role.endswith("长")),
               *(kind for kind in KINDS_OF_PEOPLE if kind != _PEOPLE_IN_GENERAL)}
_ROLE_WORDS = ahocorasick_rs.AhoCorasick(sorted(_ROLE_NAMES), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
_LONGEST_ROLE = max(map(len, _ROLE_NAMES))
# A post written after the name of the one who holds it, before the clause goes on (某某副主席出席).
_POST_AFTER_NAME = regex(scannable("常务副主席|专职副主席|副主席|主席|副书记|书记|副部长|部长|副局长|局长|副主任|主任|副县长|县长|副市长|市长|副区长|区长|"
                                         "副省长|省长|副厅长|厅长|副处长|处长|副总理|总理|"
                                         "董事长|副总经理|总经理|经理|副总裁|总裁|董事|副厂长|厂长|副院长|院长|副校长|校长|副会长|会长|副理事长|理事长|秘书长|"
                                         "副政委|政委|大队长|支队长|所长|站长|"
                                         "一级调研员|二级调研员|三级调研员|四级调研员|副调研员|调研员|一级巡视员|二级巡视员|副巡视员|巡视员") +
                              "(?=[，,、。；和与]|出席|参加|讲话|致辞|致开幕词|致闭幕词|致欢迎词|宣布|叮嘱|语重心长|发言|表示|指出|介绍|分别|在|带|率|一行|来到|到场|向|走访|深入|看望|慰问|陪同|先后|等|作|为|调研|视察|考察|主持|代表"
                              "|莅临|充分肯定|肯定|希望|要求|强调|所作|就|对|的(?:重要)?(?:讲话|报告|指示|批示)"
                              "|的(?:带领|率领|关心|关怀|关注|指导|支持|陪同|主持|邀请)[和下与、，,。；])")  # (在某某副书记的带领下)
# What may stand right before a pair of a name and its post: a verb's aspect (传达了某某部长所作的报告), 由 (由某某副书记主持).
_BEFORE_PAIRS = (*ASPECT_PARTICLES, "由", "和", "及", "以", "在")  # (以某某理事长为团长: the head of a delegation;
# 在某某副书记的带领下)
_OF = "的"  # between a body and the name and post of one of its people (某公司的某某主席)
# What separates pairs of a name and a post in a list of them (甲主席、乙副主席，丙主任).
_PAIR_MARKS = ("、", "，", ",")
# What joins pairs of a post and a name (书记甲、理事长乙, 常务副主席甲和党组成员、副主席乙).
_PAIR_JOINS = ("、", "和", "及")
HEAD_OF_PLACE = regex("[省市县区州旗盟镇乡]长$")  # a place's head (县长), who holds no post of a committee
_PARTY_OPENING = "中共"  # what opens the name of a party committee (中共某县委员会)
# Last characters of words for events (夏令营, 培训班, 运动会), some tagged as names in the word list.
_EVENT_ENDS = "营班赛会节"
# A person named after their age (45岁的某某).
_AGED = regex(f"[\\d一二三四五六七八九十]岁的(?=[{SURNAMES}])")
# Verbs of electing before a name (选举甲为主席): the name opens a phrase.
_ELECTED = regex(f"(?:选举|推选|增补|任命)(?=[{SURNAMES}])")
_SENTENCE_END = regex(f"[{SENTENCE_MARKS}!?]")
# Elected to a post: 当选为, 被选举为 (the names before it, the post after it).
_ELECTED_TO = regex("当选为?|补选为|被(?:选举|推选|补选|选)为|(?<=同志)为(?=[^了])")
# What may stand between 当选 and the post: the body, its term and its committee (公司第一届工会委员会主席).
_POST_PHRASE = regex(f"[{CJK}]{{0,14}}?(?=常务副主席|专职副主席|兼职副主席|副主席|主席|副主任|主任|委员(?!会))|")
_COMMITTEE_OF_UNION = regex("经费审查|经审|女职工|女职")
# The posts a union's congress elects, held at the union named last before when the post names none.
_UNION_POSTS = ("主席", "副主席", "常务副主席", "专职副主席", "兼职副主席", "主任", "副主任")
_ELECTING_UNION_REACH = 300  # characters
_SPEECH = regex("说|表示|介绍|告诉|坦言|笑着说|感慨|认为|指出|强调")
_SAYS = regex("(?:说|表示|介绍|坦言)[，,：:“]|告诉记者|说道")  # a name's words follow, nothing else can
_LINE_SPEAKER = regex(f"(?:在讲话中|在会上)?(?:{_SAYS.pattern}|(?:指出|强调|要求)[，,：:])")  # opening a line: a speaker
_PHRASE_END = regex(f"[，,。；;：:！？!?”’」](?=[{SURNAMES}])")
# A title after the name (习近平总书记).
_TITLE_AFTER = "总书记"
_ADDRESSED_AS = regex("同志|教授|院士|同学|师傅|老师|律师(?!事务所|协会|团|所|行业)")  # 某某同志, 某某教授, 某某师傅, 某某律师
# Another name joined to one after a role (学生张明和李华): it holds the same role.
_JOINED = regex("[和与及、]")
# Characters that end a name rather than continue it (李辉等…, 吕朝及其…, 向志雄为…).
_AFTER_NAME = set("等在和与及为说是的将也都就对向从把被让带正已曾还又很更最再才便仍却到以赴每")
_COMMITTEES_IN_ROLES = ("党委", "党组")  # a role may open with its committee's word (党委书记), which ends the body's name
_NOUN_ENDING = 500  # a noun this frequent (课堂) ends no name that no surname opens
# A note after a name in a list of those elected: the person's sex, nation or kind of post (某某(女), 某某(挂职)).
_OPENING_NO_NAME = "各副每全该其"  # each, deputy, every, all, this, its: a word after a listed name, no name
_NOTE_ON_NAME = regex(f"[（(][{CJK}]{{1,4}}[)）]")  # (甲（兼职）、乙: listed with a note on the post)
_NOTE_AFTER_NAME = regex(f"{_NOTE_ON_NAME.pattern}$")
_LONGEST_NOTE = 6
_SHARE_AFTER = regex("[一二三四五六七八九十百千万\\d.]+(?:成|%|％|倍)")  # a share or a multiple (五成, 30%)
_DEPUTY = "副"  # what opens a deputy's post
_TAKES_POST = "任兼"  # before a post right after a two-character name (某某任组长, 某某兼主任): no given part
_UNIT_SERVED = regex(f"[{CJK}]{{1,4}}?(?:村|社区|镇|乡|街道|企业|公司|车间|班组)")  # (任某某村第一书记)
_POST_REACH = 6  # how far after 任 a post may be named (任工作队队长)
_SERVING_QUALIFIERS = ("专职", "兼职", "工会")  # between 任 and a post (律师任专职调解员, 某某任工会主席)
_COUNT_OF_LISTED = regex("[\\d两三四五六七八九十]+ ?[人名位]")  # 某某、某某两人: the count of names listed
# What closes names listed before their count (甲、乙共两人, 甲等15名职工, 甲等同志).
_COUNT_AFTER_NAMES = regex("(?:共|等)(?:\\d+|[两三四五六七八九十百]+) ?[人名位]|等同志")
_COUNT_OF_PEOPLE = regex("[万千百][人名余]")  # 职工万人集中入会: a count after a kind of people, no name
_FREQUENT_WORD_TAGGED_NAME = 500  # a word the dictionary tags a name this frequent (荣获, 明白) is mostly the word
_WHILE = "边"  # 边…边…: doing two things at once (某某边走边说)
_DELIVERING = "作做致"  # verbs of delivering a report or a speech right after a name (某某作报告, 某某致辞)
# A speech or a report delivered, right after a name (某某作了题为…的报告, 某某作报告): the name ends before it,
# even where its last character and 作 make a word (杰作); 某某作致辞, 某某所作的报告 too.
_DELIVERY = regex("所?[作做]了|[作做](?:专题)?(?:报告|讲话|发言|辅导)|[作做](?=《|\\d{4}年)|[作做]?致(?:辞|词|开幕|闭幕|欢迎)|所[作做]的")
_WAYS_AFTER = regex("等(?:方式|措施|形式|举措|手段|方法|途径|模式)")  # after ways of working listed
_SKILLED_ONES = ("能手", "高手", "好手", "巧手", "达人")  # after a skill (包粽能手): those good at it, no one named
_UNIT_ENDS = "矿厂局站队所司"  # what ends a unit's name, and no given name (某某矿创新工作室: the mine's studio)
_THINGS_COUNTED = regex("\\d+(?:余|多)?[条件项份]")  # a count of things after a word (金点子122条): no name
_PROGRAM_AFTER_NAME = regex("(?:关爱|服务|帮扶|助学)?(?:计划|项目|行动|工程)")
_FACILITY_AFTER_NAME = regex(f"[{CJK}](?:驿站|小屋|书屋|小家)|之家")  # from a name's last character (温馨之家, 康乐驿站)
_GIVEN_TOO = "正才又"  # characters of _AFTER_NAME that given names also hold (张立正, 赵正武, 许又声)
_GIVEN_ENDS = _GIVEN_TOO + "和为"  # and that end them before a break or an act (王某和出席, 李大为宣布; not 王某和李某)
_CLOSING_AFTER_NAME = "说等"  # characters of _AFTER_NAME that may close a clause after a name (某某说，)
_SIDE = "方"  # a surname that is also a side to talks (职工方, 企业方)
_PHRASE_CLOSE = regex("[，。；、,;]")
_POST_PHRASE_REACH = 16  # how far a post may close the phrase that names it (为某某委员会主任)
_MEMBER_DOES = ("获", "荣获", "为", "老师", "被评为", "被授予", "被命名", "的作品", "的征文", "的摄影作品", "的书法作品", "及其",
                "分获", "凭借", "摘得", "斩获")  # what a member named right after the body does or is called (某校某某老师,
# 某公司某某被评为标兵, 某分公司某某分获二等奖, 某公司的某某凭借…摘得铜奖)
_NOTE_AFTER_POST = regex(f"[（(][^（()）]{{1,8}}[)）](?=[{CJK}])")  # （主持工作）, (挂职)
_JOINING = "和与及等"  # what joins a name to the next or closes a list of them
_BREAKS = frozenset(("", *"，,。；;、：:！!？?"))  # what closes a clause after a name (not a quote: 某某以“…”为题)
_BREAKS_OR_OF = _BREAKS | {"的"}  # and a possessive, after a quoted title (“某某工匠”某某的汇报)
# Surnames that are prepositions or verbs taking an object too (向, 祝): before a frequent plain word
# (向现场…, 祝大家…) they are the preposition or verb; given names may be such words after other
# surnames (赵家园, 张红旗).
_PREPOSITION_SURNAMES = "向祝"
_AS = "为"  # between a name and the post it is elected or appointed to (某某为副主席), or those one presents to
_PRESENTING = regex("[^，。；,;]{0,8}?(?:颁奖|颁发|授牌|授旗|颁证|佩戴|戴上|送上|赠送)")  # (主席某某为获奖者颁奖)
_OCCUPATION_ENDS = "员者师"  # after a verb, an occupation's last character (配送员, 管理者)
_OCCUPATION_MEMBER = _OCCUPATION_ENDS[0]  # 员, which ends an occupation's word (保安员, 协管员) and opens no given name
_WORD_ACROSS_ROLE = 200  # a word this frequent made by a role's last character and the next (电工) hides a name
_PRONOUNS = "他她它我你咱"  # after 向 (向他介绍): the preposition and a pronoun, no name
_NOUN_TAGS = ("n", "ns", "nz")  # a surname and a character may make a noun or place (黄家, 吴国) and still open a name
_SURNAME_WORD_TAGS = (*_NOUN_TAGS, "d")  # or an adverb (高新), after a post
_COMMON_WORD_OPENING = 1000  # a word this frequent (汇报) opening the words after a post is no name's start
_RARE_WORD = 20  # a word this rare (黄东, a place) after a post may be a name
_NAME_LIKE_WORD_TAGS = ("a", "n")  # words that given names also make (高洁, 海波), not places
_RARE_GIVEN_BEFORE_ACT = 200  # and a given part this rare (新民) before an act of attending or speaking
_WORD_AFTER_KNOWN_NAME = 200  # a word this frequent after a name the dictionary knows ends it (高强开心: not 赵国华发)
_VERB_OF_GOING = 100  # a verb of going this frequent (赶赴, 奔赴, 赶到) follows a two-character name, not a third character
_NEXT_WORD = 20  # how frequent a word opened by a name's third character must be to end the name before it
_FAR_MORE = 10  # how many times more frequent a word must be to be read before another that overlaps it
_HONORIFICS = "老总"  # after a surname: one addressed with respect (张老, 李总), not a given name
_COUNT_CHARACTERS = "一二两三四五六七八九十几多"
_COUNTED_TIMES = "次度届年"  # after a count: how many times (曾两次当选), no given name
_ADVERB_SURNAMES = "常更还"  # surnames that are adverbs too (常 "often"), before a verb or noun opening a clause
_COMMON_VERB = 5000  # a verb or noun this frequent (展开, 代表) is no given name (解放, 前进, 光明 are)
_FREQUENT_NOUN = 1000  # a noun this frequent after a "name" (行动 in 劳动者关怀行动) shows it is a noun phrase
_TIME_WORD = 50  # a word of time this frequent (赛前, 会后) is no given name
_PLAIN_WORD_TAGS = ("n", "v", "vn", "d", "p", "c", "r", "a", "ad", "f", "m", "q")
_ADDRESS_TERMS = ("师傅", "先生", "女士", "老师", "同志", "大姐", "大哥", "阿姨", "大爷", "大妈", "总", "工", "某", "姨", "姐", "哥", "叔", "婶", "嫂")
# How many characters may qualify a role between the body and the role (青年, 焊接, 就业处副).
_TERM_OF_BODY = regex("第[一二三四五六七八九十百\\d]+届(?:委员会|理事会)?")  # 某总工会第十二届委员会主席: its term
_TERM_BEFORE_POST = regex(f"(?:{_TERM_OF_BODY.pattern})$")  # 第一届工会主席某某: the term before a post
_LONGEST_TERM = 8
_QUALIFIER_LONGEST = 6
_NOT_IN_QUALIFIER = set("的和与及是为在驻邀访慰看到探")  # 驻某村第一书记: a post held elsewhere; 某工会邀请全国劳模某某: a
# guest; 某总工会走访慰问困难职工某某, 看望劳模某某, 领导来到劳模某某家中: the people a body visits
# How far back the units of a body may run before a role (某公司炼铁总厂综合管理室值班调度长), and their heads.
_UNITS_LONGEST = 16
_UNIT_OF_BODY = regex("总厂|分厂|车间|事业部|中心|[厂室段站队科处所]")
# After a role, a name whatever its surname, where a boundary closes it (县长达瓦次仁，…, 主席卯金涛介绍),
# or a name of two parts joined by · (里加提·苏里堂).
# Roles that are kinds of people, not posts: after them only a listed surname opens a name.
_LISTED_NAME_SIZES = (3, 2)  # the names of a list after a post that no listed surname opens, longest first
_ASPECT_AFTER_VERB = ("着", "著", "了")  # after a one-character verb that ends a two-character name (某某笑著说, 某某跑了一天)
# The characters that transliterate Uyghur and other Turkic names (买买提, 热合曼, 吐尔逊, 阿依古丽): a name of three or
# more of them after a post is a name, though its characters make words (买买, 热合).
_UYGHUR_SYLLABLES = frozenset("阿艾爱安巴拜班别波布才达迪多额尔法甫尕古哈罕汗合赫胡吉加江居喀卡克肯库拉来兰勒雷力丽里莉买麦曼"
                              "米莫木娜尼努帕皮普齐热如肉萨赛沙森山斯司素苏塔提铁图吐托瓦外旺维乌吾西夏先亚伊依尤玉再扎孜祖")
_STREET_WRITTEN_SHORT, _STREET_TAIL = "街", "道"  # a street opening a clause as 某某街 (某某街道)
# Words a surname opens that name no one: 戴 as a verb of wearing with its complement, 张 as verbs of posting and
# arranging (the dictionary tags 张贴 a name), 包 as wrapping festival food, a carnation (女职工康乃馨服务站), 齐 as
# gathering (职工齐聚广场).
_WORDS_OPENED_BY_SURNAMES = ("戴上", "戴着", "戴好", "戴起", "张贴", "张罗", "张挂", "包粽", "包饺", "包汤圆", "包元宵",
                             "康乃馨", "齐聚", "文旅", "文创", "马甲")  # (职工文旅消费: culture and tourism, written short;
# 身着志愿者马甲: a vest)
_VEST = "马甲"  # after a colour a surname may write (蓝, 黄, 红马甲)
_NEGATIONS = "不没无未"  # after a surname that is an adverb too (曾无法, 何不), a negated verb
LEARNERS = ("学生", "学员", "同学")  # people of a school or class, who hold no post at it
_LEADERS = ("领导",)  # a word for leaders, which opens a list of names but no single word
_LIST_MARKS = ("、", "，", ",", "等")
_LEADER_JOINS = ("及", "与")  # 区领导某某及…: a leader's name joined to the next attendee
_ITEM_BOUNDS = "、，,。；;：:\n"  # what bounds an item of a list
KINDS_OF_PEOPLE_WRITTEN = longest_first(KINDS_OF_PEOPLE)
_KIND_OF_PEOPLE_AT = regex(f"女?(?:{KINDS_OF_PEOPLE_WRITTEN})")  # (女职工)
_NAMES_JOINED = regex("[、和]")  # between the names of a list before a count
_HONOURING = regex("(?:授予|命名|表彰|推荐|选出|涌现出|的有)$")  # verbs before the honoured (授予某某等25名同志)
# What opens a list of names standing alone (成员分别是：甲、乙、丙。), three or more of them.
# A post opening a line or following a space or a bracket, then a colon (主席:某某, 】副主席：某某).
_POST_BEFORE_COLON = regex(f"(?:^|(?<=[\\s\u3000】）)]))({longest_first(_POSTS.split('|'))})[：:][ \u3000]*")
_NAMES_OPENING = regex(f"[：:](?=[{SURNAMES}])|是(?=[{SURNAMES}])")
_LONGEST_SHORT_LIST = 2  # two names after a colon may be anything; three or more are a list of people
_CLAUSE_ENDS = ("。", "；", "，", "\n", "")
# A quoted title a person is known by, ending in a word for people (“工人革新家”, “船坞劳模”, “党的好女儿”),
# right before a surname.
_QUOTED_TITLE = regex(f"“([^“”\\n]{{1,10}}[家模范匠手者儿人兵星师员工])”(?=[{SURNAMES}])")
# A studio named after the worker who leads it (某公司罗某创新工作室, 某厂安某劳模创新工作室): the name
# stands between the studio's words and the body, a unit's last character or a list's mark before it.
_STUDIO = "工作室"
# The kinds of studio written between the name and 工作室, longest first (某某技能大师工作室, 某某工作室: none).
_STUDIO_KINDS = tuple(kind + "创新" for kind in ("劳模和工匠人才", "技能大师", "劳模工匠", "劳模", "职工", "工匠", "名师", "技师")) \
    + ("创新", "技能大师", "大师", "名师", "")
_BEFORE_STUDIO_NAME = frozenset("厂矿院司局站队所心间部、，,：:和与及“在为到的是\n")  # (在某某劳模创新工作室: where; or a
# word before it: 命名某某劳模创新工作室)
_STUDIO_NAME_SIZES = (2, 3)
_PLACE_LEVELS = "省市县区镇乡村州旗"  # what ends a place, not a name, before a studio (获评高新区劳模创新工作室;
# nor does a particle: 器械严整的创新工作室)
_LINE_START = regex(f"\n(?=[{SURNAMES}])")
# What follows a body when a name before 是 is one of its people (某某是某公司的一名工人, 的职工).
_ONE_OF_ITS_PEOPLE = regex("的(?:一[名位个]|[^，。；]{0,4}(?:职工|员工|工人|干部|党员))")
_GIVEN = f"(?:(?!等)[{CJK}]){{1,2}}"  # a given name of one or two characters (甲、王芳等30名: not 芳等)
# Verbs of winning after a name that opens a clause (，某某荣获一等奖), or after a list of names (甲、乙荣获…, 甲和乙包揽…).
_WINNING = regex("荣获|获得(?![感者])|夺得|摘得|分获|分别(?:荣获|获得?|夺得|摘得)|包揽"
                      "|(?<![荣分])获(?=(?:团体|个人)?(?:[一二三四五六七八九十]等奖|第[一二三四五六七八九十]|冠军|亚军|季军|[金银铜]奖|优秀奖|前[两二三四五六七八九十]))")
_LISTED_NAME = f"[{SURNAMES}]{_GIVEN}"  # one name of a list of them, joined by 、 or 和
_WINNERS = regex(f"{_LISTED_NAME}(?:[、和]{_LISTED_NAME})+(?={_WINNING.pattern})")
_UNION_POST_IN_CHAIN = "工会"  # 某公司总经理、工会主席某某: a post at the company's union, in a chain of posts
# The party committee or government of a place (中共某镇委员会, 某县人民政府): the place's name inside it.
_PLACE_OF_ORGAN = regex(f"(?:中共)?([{CJK}]{{2,12}}?(?:[省市县区旗镇乡]|街道))(?:委员会|人民政府|党工委|工作委员会|办事处)")
_UNION_WORDS_IN_CHAIN = ("工会联合会", _UNION_POST_IN_CHAIN)  # (某街道党工委副书记、工会联合会主席某某)
_WITH_UNIONS_OF_THEIR_OWN = ("公司", "集团", "局", "厂", "医院", "学校", "大学", "学院", "银行")  # (not a party committee's)
# A line opening with a name, perhaps after its number, and a space (a roster: 某某  某某职业学院, 某某 某省总工会副主席,
# 1.某某 某省某局运动员).
_ROSTER_LINE = regex(f"(?m)^[ \t\u3000]*(?:\\d{{1,3}}[.、．]|[（(]\\d{{1,3}}[）)])?([{SURNAMES}][{CJK}]{{1,2}})[ \t\u3000]+(?=[{CJK}])")
# (钳工班的某某获得第一名: a winner after the team it is of; 体育教研部某某荣获冠军, 图书馆某某: after a unit)
_NAME_AFTER_OF = regex(f"(?:的|(?<=[{CJK}]{{2}})(?:部|馆|处|科|室|中心|代表队))(?=[{SURNAMES}]|[{CJK}]{{2,6}}·)")
_SPEAKS = regex(f"(?:笑着|激动地|高兴地|感慨地)?(?:{_SAYS.pattern})")  # (在某地做家政的某某笑着说：)
# Where someone comes from or lives, before 的 and their name (来自某省某县的某某, 家住某镇的某某): a person.
_FROM_PLACE = regex("(?:来自|家住|家在)[^，,。；;、！!？?]+$")
_LONGEST_ORIGIN = 16
_LONGEST_TEAM_BEFORE_NAME = 24  # characters from a winner's name to the next one's (和质检班的, 、某某有限公司的)
_NAME_JOINS = ("和", "与", "、")  # between the names of winners (甲公司的乙与丙、丁厂的戊)
_COMMAS = ("，", ",")
_DESCRIBED_AS = ("是一名", "是名", "是一位")  # after a name after 的: what the person is (家住某地的某某是名钢筋工)
# A name with a note in brackets before a count of people (某某(抗洪英雄)等10位): the first of those counted.
_NOTED_NAME_COUNTED = regex(f"([{SURNAMES}]{_GIVEN})[（(][^（）()，,。]{{1,10}}[）)]等 ?[\\d一二三四五六七八九十百]+ ?[名位]")
# Names listed before a count (甲某、乙某等12名劳动模范, 甲某、乙某和丙某三位劳模, 甲某、乙某2人) or before 等 and a kind of
# people (甲某、乙某等困难劳模).
_COUNTED_NAMES = regex(f"({_LISTED_NAME}(?:[、和]{_LISTED_NAME})*)(?:等? ?[\\d一二三四五六七八九十百两]+ ?[名位户]|(?:等 ?[\\d一二三四五六七八九十百]*|(?<!等)[\\d两三四五六七八九十]+) ?人(?![员民士])|"
                            f"等(?:(?![的企单公])[{CJK}]){{0,8}}?(?:{KINDS_OF_PEOPLE_WRITTEN}))")
# (等一批新时代大国工匠; not 甲、乙等企业的职工: companies)
# Verbs of going along that follow a name (某某陪同调研, 某某一同前往).
_ACCOMPANYING = regex("陪同|一同|一起|一道|一行|随同")
_EACH_COUNTED = regex("各[一二两三四五六七八九十\\d]+[名位人]")  # after posts: how many of each (各一名)
_REDUPLICATED_ADVERB = 500  # an adverb said twice this frequent (一一, 默默, 纷纷) after a two-character name
_GOING = "来到去赴回"  # a verb of going to the place named right after a name (某某来某市调研)
# 某某获评, 某某获颁, 某某获一等奖: receiving an honour or a prize right after a name
_HONOURED = regex("荣获|被(?:授予|评为|表彰|命名)|获[评得颁授奖]")  # 某某才荣获: a given name's 才 before an honour
_RECEIVING = regex("荣膺|获(?:[评得颁授聘选奖赠誉]|优秀|最佳|[一二三特]等|[金银铜]奖|第[一二三四五六七八九十\\d])")
_NAME_END = "(?=[，,、。；（(]|[：:]“|出席|参加|介绍|表示|说|带领|带队|率|携|一行|来到|前往|赴|等|主持|宣布|致辞|致(?:开幕|闭幕|欢迎|贺)[辞词]|到会|讲话|讲到|讲述|谈到|强调|指出|通报|主讲(?![人嘉])|讲授|授课|宣讲|作了?(?:专题)?(?:辅导|报告|党课|宣讲)|同志|点赞|称赞|赞叹|[\u4e00-\u9fff]{2}地(?:说|表示|介绍|讲述|回忆))"  # (某某激动地说)
_AT_NAME_END = regex(_NAME_END)
# A name of two parts joined by · (里加提·苏里堂), whatever its first character, closed as above or by a
# character that ends names (某某·某某将…, 某某·某某和她的同事, 某某·某某向记者).
_DOTTED_NAME = regex(f"[{CJK}]{{2,6}}·[{CJK}]{{1,6}}?(?:{_NAME_END}|(?=[将和与及等把向]))")  # (某某·马说: 马)
_DOTTED_BEFORE = regex(f"(?:^|(?<=[^{CJK}·]))([{CJK}]{{2,6}}·[{CJK}]{{2,6}})")  # a dotted name opening a phrase
_LONGEST_DOTTED = 14
_BOUNDED_NAME = regex(f"{_DOTTED_NAME.pattern}|[{CJK}]{{2,6}}?{_NAME_END}")  # 达瓦次仁, 敖特根巴雅尔
# The ends of occupations, posts and honours no list holds (配送员, 砌筑工; 矿长, 会计师, 董事, 工作者), before a surname.
_OCCUPATION_END = regex(f"[员工长师事者表人家](?=[{SURNAMES}])")
_PLAIN_NOUNS_OF_PEOPLE = ("国家", "大家", "个人", "人家", "家人", "动员")  # nouns ending in 人, 家 or 员 that name no occupation
_HOMES = ("国家", "大家", "小家", "全家", "老家", "娘家", "自家")  # what a word ending in 家 may end with and name no occupation
# (舍小家顾大家: a set phrase, no 顾大家)
_POST_ENDS = "长师事者表人家"  # which, unlike 员 and 工, end a post only as a noun of the dictionary (矿长, 代表,
# 工人, 歌唱家; not 增长, 发表)
# A name after a post and a space, closed as a caption or a quote closes it (副主席 某某：, 学生 某某表示).
_SPACED_NAME = regex(f"[{SURNAMES}][{CJK}]{{1,2}}(?:(?=[：:\\n]|$)|{_NAME_END})")
_MOST_SPACES = 3
# Heads of places, which no name without a listed surname holds (管理处长岭村: 处长 and a village).
_PLACE_HEADS = set("村镇乡县市区省街")
_NAME_CLOSERS = ("，", "、", "。", "；", "：", ",")
_BYLINE = regex("(记者|通讯员|实习生|摄影|摄|编辑)[ \u3000]*$")


def _place_unless_placed(found: dict[int, tuple[str, dict, str]], start: int, person: tuple[str, dict, str]) -> None:
    """Record the person found at `start`, unless a rule already found them there at a body."""
    if "org" not in found.get(start, ("", {}, ""))[1]:
        found[start] = person


_CLAUSE_MARK = regex("[，,；;：:]")
_DATE_CLAUSE = regex("\\s*[\\d一二三四五六七八九十]{1,2}月[\\d一二三四五六七八九十]{1,3}日(?:上午|下午|晚)?[，,]?")  # 3月6日，某总工会…
_BARE_UNION = "工会"
# Schools and hospitals, whose heads (校长, 院长) and posts after 学校 / 医院 (学校党委副书记, 我院副院长) are held
# at the one of the kind the article names: how their names end, their heads, and what ends the word before a
# post (校, 院). A hospital's is read so only where no other body the article names ends in 院 (a court, an academy).
_SCHOOL = (("大学", "学院", "学校", "中学", "小学", "高中"), ("校长", "副校长", "常务副校长"), "校")
_HOSPITAL = (("医院", "卫生院", "保健院"), ("院长", "副院长", "常务副院长"), "院")
# What a bare 工会 of a post follows (会议由工会主席某某主持; not the 、 of a chain of another body's posts).
_BEFORE_BARE_UNION = "由，,。；;：:和与及"
_CHAIN_MARK = "、"  # between the posts of a chain (党委副书记、工会主席某某)
_UNION_OFFICERS = ("主席", "副主席", "常务副主席", "党组书记", "党组副书记", "经审会主任")  # posts only a union has
_FAMILIAR = ("小", "老", "大")  # 小周, 老李: how people call one another, no name


def _kind_before_name(text: str, position: int) -> str | None:
    """A noun of two characters at `position` that a name follows (医师某某, 代表某某): what the person is."""
    kind = text[position: position + 2]
    if common_words().get(kind, (0, ""))[1] == "n" and text[position + 2: position + 3] in SURNAMES \
            and name_at(text, position + 2) is not None:
        return kind
    return None


def _role_at(text: str, position: int) -> str | None:
    """The role whose name starts at `position`, if any."""
    window = text[position: position + _LONGEST_ROLE]
    return next((window[:end] for _, start, end in _ROLE_WORDS.find_matches_as_indexes(window) if start == 0), None)


def role_start_before(text: str, position: int) -> int | None:
    """Where the role word (主席, 书记, 职工 …) that ends at `position` starts, if one does."""
    window_start = max(0, position - _LONGEST_ROLE)
    window = text[window_start: position]
    return next((window_start + start for _, start, end in _ROLE_WORDS.find_matches_as_indexes(window)
                 if end == len(window)), None)


def _post_closing(text: str, position: int) -> str | None:
    """The post that closes the phrase starting at `position`, a few words of its body before it
    (为公司第一届工会主席，: 主席), if one does."""
    end = _PHRASE_CLOSE.search(text, position, position + _POST_PHRASE_REACH)
    if end is None:
        return None
    start = role_start_before(text, end.start())
    return text[start: end.start()] if start is not None and start >= position else None


def _opens_phrase(text: str, position: int) -> bool:
    """Whether a name at `position` opens a phrase: no character of a name stands before it."""
    return not position or not NAME_CHAR.match(text[position - 1])


def role_ends_at(text: str, position: int) -> bool:
    """Whether a role word ends at `position`: a surname after it opens a name."""
    return role_start_before(text, position) is not None


# What joins one post to the next in a chain at one body: 、, or 、 and the body's union or party organ (党委副书记、
# 纪委书记、工会主席某某).
_CHAIN_JOINS = ("、", *("、" + organ for organ in (*_UNION_WORDS_IN_CHAIN, "纪委", "党委", "党组", "党总支")))


def _transliterates(name: str) -> bool:
    """Whether `name` has three characters or more, all of them ones that transliterate Uyghur names (买买提, 热合曼)."""
    return len(name) >= 3 and all(character in _UYGHUR_SYLLABLES for character in name)


def _transliterated_name(text: str, start: int) -> bool:
    """Whether a name closed as names are, and transliterated (买买提表示, 热合曼说), opens at `start`."""
    match = _BOUNDED_NAME.match(text, start)
    return match is not None and _transliterates(match.group(0))


def _role_chains(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, name start, last role) of each run of roles joined by 、 that a surname follows
    (党组书记、副主席邓…), also past one space (副主席 邓…, as captions write it) or a note on the post."""
    chain_start = chain_end = -1
    for _, start, end in _ROLE_WORDS.find_matches_as_indexes(text):
        if text[chain_end: start] not in _CHAIN_JOINS:  # (党组书记、工会副主席某某: the union of the same body)
            chain_start = start
        chain_end = end
        role = text[start:end]
        spaces = len(text[end: end + _MOST_SPACES]) - len(text[end: end + _MOST_SPACES].lstrip(" \u3000"))
        if spaces and _SPACED_NAME.match(text, end + spaces):
            end += spaces  # 副主席 某某：, 副主席  某某出席: spaces between the post and the name
        elif note := _NOTE_AFTER_POST.match(text, end):
            end = note.end()  # 副部长（主持工作）某某: a note on the post, then the name
        if text[end: end + 1] and (opens_with_surname(text, end) or _DOTTED_NAME.match(text, end) or _tibetan_name(text, end)
                                   or (role not in KINDS_OF_PEOPLE and _BOUNDED_NAME.match(text, end))
                                   or _transliterated_name(text, end)):
            yield chain_start, end, role


def _chain_start(text: str, start: int) -> int:
    """Where the run of posts joined by 、 that ends before `start` opens (副院长、主任医师: at 副院长)."""
    while text[start - 1: start] == "、" and (role_start := role_start_before(text, start - 1)) is not None:
        start = role_start
    return start


def _occupations(text: str, listed_ends: set[int]) -> Iterator[tuple[int, int, str]]:
    """(start, end, occupation) of each occupation or post no list holds that a surname follows: a word
    ending in 员, or in 工 of three characters or more (配送员王…, 砌筑工李…; not 务工), or a noun ending
    in 长, 师, 事 or 者 (矿长, 会计师, 董事, 先进工作者); not a byline's 通讯员."""
    words = common_words()
    for match in _OCCUPATION_END.finditer(text):
        end = match.end()
        if end in listed_ends:
            continue
        start = max(next((end - length for length in (4, 3, 2) if text[max(end - length, 0): end] in words), end - 3), 0)
        occupation = text[start: end]  # the word it ends, else its last three characters
        if occupation[-1] in _POST_ENDS and words.get(occupation, (0, ""))[1] != "n" or occupation in _PLAIN_NOUNS_OF_PEOPLE \
                or occupation.endswith(_HOMES):
            continue  # 增长, 成长: a verb, no post; 国家, 个人: no occupation
        if words.get(text[end - 1: end + 1], (0, ""))[0] >= _WORD_ACROSS_ROLE or words.get(text[end - 1: end + 3], (0, ""))[1] in IDIOM_TAGS:
            continue  # 司机师傅一起, 使活动家喻户晓: its last character opens a frequent word (师傅) or an idiom, no
            # occupation ends there
        if len(occupation) >= (3 if occupation.endswith("工") else 2) and all(CJK_CHAR.match(c) for c in occupation) \
                and not _BYLINE.search(occupation):
            yield _chain_start(text, start), end, occupation


def committee_opening_role(text: str, role_start: int, bodies: dict[int, Mention]) -> Mention | None:
    """The party committee a role at `role_start` opens with the word of (某镇党委副书记: 党委 ends the
    committee's name, 中共某镇委员会), among `bodies` by where they end; a body's own committee is the body
    (某集团党委常委: the group)."""
    if not text.startswith(_COMMITTEES_IN_ROLES, role_start):
        return None
    return bodies.get(role_start) or bodies.get(role_start + 2)


def _place_names_listed(text: str, start: int, listed: str, rule: str, found: dict[int, tuple[str, dict, str]]) -> None:
    """Each name of a list joined by 、 or 和 that starts at `start` (甲某、乙某和丙某), where it reads as a
    name there and no other rule found one."""
    position = start
    for item in _NAMES_JOINED.split(listed):
        if name_at(text, position) == item and position not in found:
            found[position] = (item, {}, rule)
        position += len(item) + 1


def _works_at(registry: dict[str, Entity], body: Mention) -> dict[str, str]:
    """A person's attributes naming the body they serve (`org`, and its id `org_id`)."""
    return {"org": registry[body.kb_id_].name, "org_id": body.kb_id_}


@cache
def _tibetan_name_parts() -> frozenset[str]:
    return frozenset(word_list("tibetan_name_parts"))


def _tibetan_name(text: str, start: int) -> str | None:
    """The Tibetan name of two parts at `start` (白玛次仁, 边巴次仁, 扎西多吉), if one is written there."""
    parts = _tibetan_name_parts()
    return text[start: start + 4] if text[start: start + 2] in parts and text[start + 2: start + 4] in parts else None


def _post_soon_after(text: str, position: int) -> bool:
    """Whether a post is named at `position` or a few characters on in the same clause (任组长,
    任工作队队长): what one is made, after 任 or 兼."""
    for at in range(position, min(position + _POST_REACH, len(text))):
        if not CJK_CHAR.match(text[at]):
            return False
        if _role_at(text, at) is not None:
            return True
    return False


def _listed_name_at(text: str, start: int, end: int) -> bool:
    """Whether a name of a list fills text[start:end], opening after a break, a post or a verb."""
    if start < 0 or text[start] not in SURNAMES or name_at(text, start) != text[start:end]:
        return False
    before = text[start - 2: start]
    return start == 0 or text[start - 1] in _BREAKS or role_ends_at(text, start) \
        or common_words().get(before, (0, ""))[1] == "v"


def _reduplicated_adverb(word: tuple[int, str] | None) -> bool:
    """Whether a character said twice is a frequent adverb or numeral word (一一, 默默, 纷纷), not a given name (丽丽)."""
    return word is not None and word[1] in ("d", "m") and word[0] >= _REDUPLICATED_ADVERB


def _dotted_name_at(text: str, start: int) -> str | None:
    """The name of two parts joined by · that starts at `start`, closed as a name is (某某·某某说)."""
    dotted = _DOTTED_NAME.match(text, start)
    return dotted.group(0) if dotted else None


def _frequent_word(form: str) -> bool:
    """Whether `form` is a frequent word the dictionary does not tag a name (申报, 推荐)."""
    frequency, tag = common_words().get(form, (0, "nr"))
    return frequency >= FREQUENT_WORD and not tag.startswith("nr")


_COMING = "来"  # after a two-character name, before a place (某某来县调研), the verb of coming, no given name's end
_PLACES_COME_TO = "省市县区州旗镇乡村我本京沪津渝"
_VERY_FREQUENT_WORD = 5000  # a plain word this frequent (整个, 全部) is no given name
_PLAIN_OR_DISTINGUISHING_TAGS = (*_PLAIN_WORD_TAGS, "b")  # and distinguishing words (整个)


def _very_frequent_plain_word(form: str) -> bool:
    """Whether `form` is a plain word (not a name, nor a place) far too frequent to be a given name (整个)."""
    frequency, tag = common_words().get(form, (0, ""))
    return frequency >= _VERY_FREQUENT_WORD and tag in _PLAIN_OR_DISTINGUISHING_TAGS


def opens_with_surname(text: str, position: int) -> bool:
    """Whether a surname, of one character or two (司马, 上官: whose first is no surname alone), starts at `position`."""
    return position < len(text) and text[position] in SURNAMES or text.startswith(_COMPOUND_SURNAMES, position)


_UNION_WORD = "工会"  # no given name


def _committee_of_union(entity: Entity) -> bool:
    """Whether a union body is a committee of another union (its audit or women workers' committee)."""
    return "parent" in entity.attributes and entity.name.endswith("委员会")


def name_at(text: str, start: int) -> str | None:
    """The two- or three-character name that begins with the surname at `start`, if any (three or
    four with a two-character surname: 欧阳某某)."""
    if text.startswith(_UNION_WORD, start + 1):
        return None  # 段工会: a railway section's union (段 is a surname), no person
    if text.startswith(_COMPOUND_SURNAMES, start):
        single = name_at("，" + text[start] + text[start + 2: start + 8], 1)  # its surname read as one character
        if single:
            return text[start: start + len(single) + 1]
        given = next((size for size in (2, 1) if all(CJK_CHAR.match(c) for c in text[start + 2: start + 2 + size])
                      and len(text) > start + 2 + size and (text[start + 2 + size] in _BREAKS
                                                            or _AT_NAME_END.match(text, start + 2 + size))), None)
        return text[start: start + 2 + given] if given else None  # 欧阳文、: a given name closed, though 欧文 is a word
    if (tibetan := _tibetan_name(text, start)) is not None:
        return tibetan  # 白玛次仁: though 白 is a surname too
    words = common_words()
    if start + 1 >= len(text) or not CJK_CHAR.match(text[start + 1]):
        return None
    if text[start] in _TAKES_POST and text.startswith(_SERVING_QUALIFIERS, start + 1) and _role_at(text, start + 3) is not None:
        return None  # 两名律师任专职调解员: serving as, not a surname (任建国主席: a name)
    if text[start] in _TAKES_POST and (unit := _UNIT_SERVED.match(text, start + 1)) and _post_soon_after(text, unit.end()):
        return None  # 选派干部任脱贫村第一书记: serving a unit as its post, not a surname
    if text[start + 1] in _AFTER_NAME and (
            text[start + 1] not in _GIVEN_TOO or words.get(text[start + 1: start + 3], (0, ""))[0] >= FREQUENT_WORD) \
            and not (CJK_CHAR.match(text[start + 2: start + 3]) and _AT_NAME_END.match(text, start + 3)):
        return None  # 张正在, 李才能: the word after a surname (赵正武, 钱正明: a given name's 正; 李为民出席:
        # three characters closed by a break or an act of attending are a name)
    if text.startswith(_WORDS_OPENED_BY_SURNAMES, start) or text.startswith(_VEST, start + 1):
        return None  # 为环卫工人戴上红围巾, 服务者张贴海报: a verb, not the surname 戴 or 张; 志愿者红马甲: a colour's vest
    if text[start + 1] in _NEGATIONS and words.get(text[start + 1: start + 3], (0, ""))[0] >= _COMMON_VERB:
        return None  # 曾无法判断, 何不: an adverb before a negated verb, not a surname
    third = text[start + 2: start + 3]
    two, three = text[start: start + 2], text[start: start + 3]
    if third == _AS and (_role_at(text, start + 3) is not None or _PRESENTING.match(text, start + 3)) \
            and (two not in words or words[two][1].startswith("nr")):
        return two  # 甲某、乙某为兼职副主席, 某某为获奖者颁奖: elected as a post or presenting, the 为 no part of a name
        # (李为民: no post after; 李强为…: a name the dictionary knows)
    if third == _DEPUTY and _role_at(text, start + 2) is not None and two not in words:
        return two  # 甲某、李某副行长: the deputy's post after a two-character name, its 副 no part of the name
    fourth, fifth = text[start + 3: start + 4], text[start + 4: start + 5]
    # 某某激动地说: the third character opens a word, far more frequent than any the fourth opens
    # (not 某利民主持: 民主 and 主持 are both common)
    after_two, after_two_tag = words.get(text[start + 2: start + 4], (0, ""))
    next_word = after_two > _FAR_MORE * words.get(text[start + 3: start + 5], (0, ""))[0] \
        and (fourth not in _AFTER_NAME or after_two_tag == "v") \
        and not _AT_NAME_END.match(text, start + 3) and not _DELIVERY.match(text, start + 3) \
        and after_two >= _NEXT_WORD and (not after_two_tag.startswith("nr") or text[start + 4: start + 5] in ASPECT_PARTICLES or (
            after_two >= _FREQUENT_WORD_TAGGED_NAME and words.get(text[start + 3: start + 5], (0, ""))[1] != "v"))
    # (林某高致开幕辞: 高致 is too rare a word to end the name before it; 魏某宝珠: 宝珠 is a given name, but
    # 武某荣获: a frequent word, or one with its aspect after it, is the next word, whatever the dictionary tags it;
    # not where the fourth character opens a verb: 陈某荣获评)
    # 党委书记张立正，: a third character closed by a break is the name's, unless it ends names (李华说，)
    closed_after_three = bool(CJK_CHAR.match(third or "，")) and third not in _CLOSING_AFTER_NAME and (
        (fourth in _BREAKS or (third in _GIVEN_ENDS and (fourth in _JOINING or bool(_AT_NAME_END.match(text, start + 3))
                                                         or bool(_HONOURED.match(text, start + 3))))
         or (fourth in _TAKES_POST and _post_soon_after(text, start + 4)))  # (刘大为任组长: 为 is the name's)
        if third in _AFTER_NAME else not CJK_CHAR.match(fourth or "，")) and not _DELIVERY.match(text, start + 2)
    # (廖某正和…, 潘某才等领导, 副主席吴某才带领: the given name's 正, 才; 主任某健作《…》: a report delivered)
    # 某某来到, 某某第一时间: the third character opens a frequent verb or numeral word (来到, 第一)
    opens_frequent = after_two >= _COMMON_VERB and after_two_tag in ("v", "m") \
        or words.get(text[start + 2: start + 5], (0, ""))[0] >= _FREQUENT_NOUN  # (某某俱乐部: a word the third opens)
    known_two = words.get(two, (0, ""))[1].startswith("nr") and after_two >= _WORD_AFTER_KNOWN_NAME \
        and not _AT_NAME_END.match(text, start + 3)  # 高强开心地: 高强, 开心 (not 黄玉生出席: 生出 overlaps 出席)
    if not closed_after_three and (not third or not CJK_CHAR.match(third) or third in _AFTER_NAME or next_word
                                   or opens_frequent or _ACCOMPANYING.match(text, start + 2)
                                   or after_two_tag == "d" and after_two >= _COMMON_VERB  # 某某亲自带队: a frequent adverb
                                   or after_two_tag == "t" and after_two >= _COMMON_VERB and text[start + 4: start + 6] in words
                                   # (某某先后来到: a frequent word of time, and a word after it)
                                   or _RECEIVING.match(text, start + 2)
                                   or third == fourth and _reduplicated_adverb(words.get(third * 2))  # 某某一一回应, 某某默默
                                   or fourth in _ASPECT_AFTER_VERB and text[start + 3: start + 5] not in words
                                   or third == fifth == _WHILE  # 某某边走边说: while doing one thing and another
                                   or (third in _DELIVERING and CJK_CHAR.match(fourth or "，") is not None
                                       and not _AT_NAME_END.match(text, start + 3))
                                   or _AT_NAME_END.match(text, start + 2) or _DELIVERY.match(text, start + 2) or known_two
                                   or after_two_tag == "v" and after_two >= _VERB_OF_GOING and fourth in _GOING  # 某某赶赴
                                   or _COUNT_OF_LISTED.match(text, start + 2)
                                   or third in _TAKES_POST and _post_soon_after(text, start + 3)
                                   or third == _COMING and text[start + 3: start + 4] in _PLACES_COME_TO):
        name = two  # 主席某强陪同调研, 某伟一同前往, 某军笑着说: the verb after a two-character name (甲某和乙某两人: a count;
        # 副主席某婷来县调研: coming to a place)
    else:
        name = three
    frequency, tag = words.get(name, (0, "nr"))
    post = role_start_before(text, start)  # (a post before a surname opens a name: 副部长黄东, 主席黄家明)
    after_post = post is not None and text[post: start] not in KINDS_OF_PEOPLE
    if name[0] in _WORD_SURNAMES and (name[:2] in _WORD_SURNAME_WORDS or not after_post and not (
            start == 0 or text[start - 1] in _BEFORE_WORD_SURNAME or text.endswith(_BODY_ENDS, 0, start))):
        return None  # 粤工惠, 志愿者闻声, 某总工会官网, 官方: the word, not a surname
    closed = text[start + len(name): start + len(name) + 1] in _BREAKS or _AT_NAME_END.match(text, start + len(name))
    acting = _SPEAKS.match(text, start + len(name)) is not None  # (司机方明说: after a kind of people, speaking)
    rare = _RARE_GIVEN_BEFORE_ACT if tag in _NAME_LIKE_WORD_TAGS and (after_post and closed or post is not None and acting) else \
        _RARE_WORD if after_post and tag.startswith(("ns", "nz")) else 0
    if not tag.startswith("nr") and frequency > rare or len(name) == 2 and frequency >= _COMMON_VERB or name in WORDS_OF_UNION_NEWS:
        return None  # a word (高度, 方式; 文明, which the dictionary tags a name), not a name (but after a post,
        # closed by a break or an act, a rare adjective or noun may be: 主席高洁出席)
    object_frequency, object_tag = words.get(text[start + 1: start + 3], (0, ""))
    # (after a post, a name's given part may be a word the dictionary calls a name or place: 主席向建国)
    preposition = name[0] in _PREPOSITION_SURNAMES and (object_tag in _PLAIN_WORD_TAGS or not role_ends_at(text, start))
    if name[0] in _PREPOSITION_SURNAMES and post is not None and not after_post and not text.startswith("家", start + len(name)):
        return None  # 职工向所属单位…, 慰问人员向环卫工…: after a kind of people, the preposition (困难职工某某家中: a name)
    if len(name) == 2 and name[1] in _PRONOUNS or preposition and (object_frequency >= _FREQUENT_NOUN
                                                                    or name[1:] in KINDS_OF_PEOPLE) \
            or name[0] in _PREPOSITION_SURNAMES and _KIND_OF_PEOPLE_AT.match(text, start + 1):
        return None  # 向他, 向大家, 向劳模学习, 成员向女职工赠送: the preposition before a pronoun, a frequent word or a
        # kind of people
    if text.startswith("们", start + len(name)):
        return None  # 向工友们: a plural noun, not a name
    if _WAYS_AFTER.match(text, start + len(name)):
        return None  # 政策兜底、干部包保等方式: a way of working listed, not a name
    if _THINGS_COUNTED.match(text, start + len(name)):
        return None  # 征集职工金点子122条: things counted, not a person
    if text.startswith(_SKILLED_ONES, start + len(name)):
        return None  # 包粽能手, 包饺子能手: a skill the able ones have, not a person
    if len(name) == 2 and tag.startswith("nr") and frequency >= _FREQUENT_WORD_TAGGED_NAME \
            and not (text[start + 2: start + 3] in _BREAKS or _AT_NAME_END.match(text, start + 2)):
        return None  # 对劳动者关怀爱护: a frequent word the dictionary tags a name, running on (主席高强出席 is one)
    if _PROGRAM_AFTER_NAME.match(text, start + len(name)) or _FACILITY_AFTER_NAME.match(text, start + len(name) - 1):
        return None  # 某某关爱计划, 女职工某某服务项目: the name of a program, not of a person; 职工温馨之家, 职工康乐驿站: of a
        # facility
    if text[start: start + 4] in words or name[0] in _PREPOSITION_SURNAMES and text[start + 1: start + 5] in words:
        return None  # 齐聚一堂, 齐心协力: an idiom that opens with a surname (向老弱病残…: or follows a preposition)
    if name[1:] in _ADDRESS_TERMS or name[1:] in _ROLE_NAMES:
        return None  # 张师傅, 黄先生: a surname and a form of address; 刘部长: a surname and a post
    if name[0] in _TAKES_POST and _role_at(text, start + 1) is not None:
        return None  # 市长任组长, 副市长任副组长: the post taken, no name (任 the surname would open one)
    if "某" in name[1:]:
        return None  # 职工乔某某, 张某: a name withheld, no one named
    if len(name) == 3 and name[0] in _PREPOSITION_SURNAMES and name[1] in SURNAMES and name[2] in _HONORIFICS:
        return None  # 主席向张老赠送…: the preposition before one addressed by surname and honorific, no name
    if len(name) == 3 and name[1] in _COUNT_CHARACTERS and name[2] in _COUNTED_TIMES:
        return None  # 曾两次当选, 曾三次获评: an adverb and a count of times, not a name
    if len(name) == 3 and words.get(two, (0, "nr"))[1][:2] not in ("nr", "") and words.get(two, (0, ""))[0] > 100 \
            and not (after_post and words.get(two, (0, ""))[1] in _SURNAME_WORD_TAGS and words.get(two, (0, ""))[0] < _COMMON_VERB
                     and words.get(name[1:], (0, ""))[0] < (_RARE_GIVEN_BEFORE_ACT if _AT_NAME_END.match(text, start + 3) else _RARE_WORD)
                     and (_AT_NAME_END.match(text, start + 3) is not None or text[start + 3: start + 4] in _AFTER_NAME)):
        return None  # (a surname and a word: but after a post, a name whose given part is no word or a rare one,
        # closed: 主席吴国华, 主席高新民出席; not 电工项目上, a word far too frequent)
    given_frequency, given_tag = words.get(name[1:], (0, "nr"))
    if len(name) == 3 and name[0] in _ADVERB_SURNAMES and not after_post and given_tag in _PLAIN_WORD_TAGS \
            and given_frequency >= FREQUENT_WORD:
        return None  # ，常遭遇…: the adverb before a frequent word, not a surname (主席常遭遇 would be one)
    if len(name) == 3 and preposition and given_tag in _PLAIN_WORD_TAGS and given_frequency >= 200:
        return None  # 志愿者向现场群众…: the preposition 向 and a plain word (现场), not 向 the surname
    if len(name) == 3 and given_tag == "t" and given_frequency >= _TIME_WORD and not _SAYS.match(text, start + 3) \
            and not (after_post and name[0] not in _PREPOSITION_SURNAMES):  # (副主席俞国庆出席: a name after a post)
        return None  # 于赛后组织, 向节前…: a preposition and a word of time, not a given name (冯明清说 is one)
    if len(name) == 3 and (given_tag == "v" and not after_post or given_tag in ("n", "r") and (
            name[0] in _SIDE or text[start - 1: start + 1] in words and start > 0)) and given_frequency >= _COMMON_VERB:
        return None  # 职工方展开协商, 职工方代表, 企业方其他, 有关领导: a surname-like character and a common
        # verb (or, after the 方 of a side to talks or ending a word, a common noun or pronoun), not a name (黄世界 is one;
        # after a post, 副主席李建成: a given name that is a verb)
    return name


class PersonRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        registry = entities_of(doc)
        bodies = {span.end: span for span in mentions(doc) if span.label_ in ("UNION", "ORG")}
        found: dict[int, tuple[str, dict, str]] = {}  # by start: name, attributes, rule
        programs = mentions(doc, "PROGRAM")
        program_starts = {span.start for span in programs}
        quoted_programs = [span for span in programs if text[span.start] == "“"]
        chains = list(_role_chains(text))
        body_of_name: dict[int, Mention] = {}  # by where a name after a post at a body ends: that body
        for start, end, role in chains + list(_occupations(text, {end for _, end, _ in chains})):
            if role in KINDS_OF_PEOPLE and text[end] in _SIDE and not (
                    (side_name := name_at(text, end)) is not None and _SPEAKS.match(text, end + len(side_name))
                    and common_words().get(side_name[1:], (0, ""))[1] != "v"):  # (员工方发言说: the side speaks)
                continue  # 职工方各9名代表: the side of the kind of people to talks, no name (司机方某说: a speaker)
            if text.endswith(_TITLE_AFTER, 0, end):
                continue  # 某某总书记殷殷嘱托: a title after the name it follows, no name after it
            if role in KINDS_OF_PEOPLE and (common_words().get(text[end: end + 2], (0, ""))[0] >= _FREQUENT_WORD_TAGGED_NAME
                                            or _COUNT_OF_PEOPLE.match(text, end)):
                continue  # 环卫工人辛勤付出, 职工关怀: a frequent word after a kind of people (辛勤, 关怀, tagged names), no
                # name; 职工万人: a count of them
            if _EACH_COUNTED.match(text, end):
                continue  # 设主任、副主任各一名: how many of each post, no name
            # (主席艾力·某某: not the 艾力 a surname opens)
            name = _dotted_name_at(text, end) or ((name_at(text, end) or self._closed_name(text, end))
                                                  if opens_with_surname(text, end) and not _transliterated_name(text, end)
                                                  else self._bounded_name(text, end))  # (艾合买提: though 艾 is a surname)
            if name is None or _BYLINE.search(text[max(0, start - 8): start]):
                continue
            if self._runs_into_word(text, end) and not (
                    _SAYS.match(text, end + len(name)) or role in _ROLE_NAMES and _AT_NAME_END.match(text, end + len(name))):
                continue  # (部长方艳说, 主任何某出席: 长方 and 任何 are words, but a name that speaks or attends after a post is one)
            if _SHARE_AFTER.match(text, end + len(name)):
                continue  # 产业工人高达五成: a verb before a share, no name
            if role + text[end] in common_words() or text[end - 1: end + 2] in common_words():
                continue  # 主席团成员, 代表团: the role word opens a longer noun, no name follows it (总监票人: its
                # last character opens one)
            if role.endswith("者") and self._qualifies_noun(text, end + len(name)):
                continue  # 劳动者关怀行动: a kind of people qualifying a noun phrase, no name
            if covered(doc, start, end + len(name), ("REGION",)) or any(span.start < end < span.end for span in quoted_programs) \
                    or covered(doc, end, end + len(name), ("ORG", "UNION")):
                continue  # 西安市长安区: no 市长 inside a place's name; 代表文登区参加: no name that is a place;
                # “工会主席听你说”机制: none inside a program's quoted name; 某某合家康农产品有限公司: none inside a body's
            if end in program_starts:
                continue  # 慰问职工夏送凉茶活动: no name where a program's name opens
            if role in _LEADERS and text[end + len(name): end + len(name) + 1] not in _LIST_MARKS + _LEADER_JOINS \
                    and not _AT_NAME_END.match(text, end + len(name)):
                continue  # 县领导包案化解: only a list of names (领导甲某、乙某), a name closed (县领导某某出席) or joined to
                # others (区领导某某及区总工会负责人) follows leaders
            attributes = {"role": role}
            body = self._body_before(text, start, bodies)
            chained_union = next((word for word in _UNION_WORDS_IN_CHAIN if text.endswith(word + role, start, end)), None)
            if body is not None and body.label_ == "ORG" and chained_union is not None and "、" in text[start: end] \
                    and not CJK_CHAR.match(text, body.end, start):  # (某院某所副所长、工会主席: the unit's union, not named)
                body = self._union_in_chain(doc, registry, body, end - len(role) - len(chained_union), chained_union) or body
            if body is not None and HEAD_OF_PLACE.search(role) and registry[body.kb_id_].name.startswith(_PARTY_OPENING) \
                    and "、" in text[start: end]:
                body = None  # 县委副书记、县长某某: the head of the place is no post of the committee (the chain's posts keep it)
            if body is None and text[start - 1: start] in _PAIR_JOINS and not HEAD_OF_PLACE.search(role):
                body = body_of_name.get(start - 1)  # 某协会书记甲、理事长乙: the next post and name, at the same body
                # (县委书记甲、县长乙: a place's head holds no post of the committee)
                if body is not None and body.label_ == "UNION" and role not in _UNION_POSTS:
                    body = self._owner_of_union(bodies, body) or body  # 某集团工会主席甲、总经理乙: 乙 is the company's
            if text[start - 1: start] == FORMER or body is not None and text[body.start - 1: body.start] == FORMER:
                attributes = {"role": FORMER + role}  # 某总工会原副主席某某, 原市总工会主席某某: a post held no longer
                body = None
            if body is not None and not role.endswith(LEARNERS):  # (某中学学生某某: a pupil holds no post there)
                attributes.update(_works_at(registry, body))
                body_of_name[end + len(name)] = body
            found[end] = (name, attributes, "people.after_role")
            joined = _JOINED.match(text, end + len(name) + self._note_after(text, end + len(name)))
            while joined and (partner := self._partner(text, joined)) \
                    and not covered(doc, joined.end(), joined.end() + len(partner), ("REGION",)):
                # 副主席甲、乙、丙: each holds the role (not 职工甲、某某镇…: a place, no partner)
                found[joined.end()] = (partner, dict(attributes), "people.joined_to_role")
                partner_end = joined.end() + len(partner)
                joined = _JOINED.match(text, partner_end + self._note_after(text, partner_end))
        for winners in _WINNERS.finditer(text):  # 甲某、乙某荣获一等奖: each a person
            _place_names_listed(text, winners.start(), winners.group(0), "people.listed_winners", found)
        for counted in _COUNTED_NAMES.finditer(text):  # 授予甲某、乙某、丙某等30名同志: each a person
            listed = counted.group(1)
            if not _NAMES_JOINED.search(listed) and (
                    CJK_CHAR.match(text[counted.start() - 1: counted.start()] or "，")
                    and not _HONOURING.search(text, max(0, counted.start() - 3), counted.start())
                    or not text.startswith("等", counted.end(1))):
                continue  # one name only where it opens a phrase or follows a verb of honouring, and 等 follows
                # (，某某等230名职工, 授予某某等25名同志), not a word's tail nor a preposition before a count (向每一位)
            if text[counted.start() - 1: counted.start()] == "、" and text[
                    start_after_last(text, counted.start() - 1, _ITEM_BOUNDS): counted.start() - 1] in common_words():
                continue  # 物业、消防、交警、林草、文旅等一线职工: the tail of a list of words, no names (not 窦在林、张清本等)
            _place_names_listed(text, counted.start(), listed, "people.listed_before_count", found)
        for noted in _NOTED_NAME_COUNTED.finditer(text):  # 遴选出某某(抗洪英雄)等10位代表: a name, its note, a count
            if name_at(text, noted.start(1)) == noted.group(1):
                found.setdefault(noted.start(1), (noted.group(1), {}, "people.listed_before_count"))
        title = text.find(_TITLE_AFTER)
        while title != -1:
            if (name := self._name_ending_at(text, title, dictionary_names=True)) is not None:
                found.setdefault(title - len(name), (name, {}, "people.before_title"))
            title = text.find(_TITLE_AFTER, title + 1)
        for address in (match.start() for match in _ADDRESSED_AS.finditer(text)):
            # 某某同志当选为主席, 某某教授作报告: a name, then the word it is addressed by
            name = self._name_ending_at(text, address)
            if name and (name[-2:] in _ROLE_NAMES or _OCCUPATION_MEMBER in name[:-1]):
                continue  # 网约车司机师傅: an occupation before the address, no name; 保安员许师傅: an occupation (…员), then
                # a surname alone
            if name and len(name) == 3 and role_ends_at(text, address - 2):
                name = text[address - 2: address] if name_at(text, address - 2) else None  # 主任某某同志: not 任某某
            start = address - len(name or "")
            body = bodies.get(start)  # 某大学某某教授: a name between its body and the address, held there
            if name is None or not (len(name) == 3 or _opens_phrase(text, start) or role_ends_at(text, start) or body is not None):
                continue  # not 金坡 of 局长黄金坡同志
            frequency, tag = common_words().get(text[start - 1: start + 1], (0, ""))
            if tag == "v" and (text[start] in _TAKES_POST or frequency >= FREQUENT_WORD) \
                    or tag.startswith("nr") and frequency >= _FREQUENT_WORD_TAGGED_NAME:
                continue  # 担任授课老师, 兼任美术老师, 感谢工会律师, 谢谢法援律师: a verb ends on the surname's character
            found.setdefault(start, (name, _works_at(registry, body) if body is not None else {}, "people.before_address"))
            listed = self._listed_before(text, start - 1) if text[start - 1: start] == "、" else []
            if listed and _opens_phrase(text, listed[-1][0]):  # 甲某、乙某、丙某同志获一等奖: each of the list
                for item_start, item in listed:
                    found.setdefault(item_start, (item, {}, "people.before_address"))
        body_of_pairs: dict[int, Mention] = {}  # by where a pair of name and post ends: the body the pairs follow
        for post in _POST_AFTER_NAME.finditer(text):  # 某某、某某副主席分别讲话, 某县总工会某某主席出席
            listed = self._listed_before(text, post.start())
            opening = listed[-1][0] if listed else 0
            # 某总工会甲主席、乙副主席，丙主任: a pair after a pair takes the body the first one follows
            body = bodies.get(opening) or (body_of_pairs.get(opening - 1) if text[opening - 1: opening] in _PAIR_MARKS else None) \
                or (bodies.get(opening - 1) if text[opening - 1: opening] == _OF else None)  # 某公司的某某主席
            if listed and (_opens_phrase(text, opening) or body is not None or text[opening - 1: opening] in _BEFORE_PAIRS
                           or common_words().get(text[opening - 2: opening], (0, ""))[1] in ("v", "a")):  # (落实某某书记…的要求)
                attributes = {"role": post.group(0)}  # (传达了某某部长所作的报告: after a verb's aspect)
                if body is not None:
                    attributes.update(_works_at(registry, body))
                    body_of_pairs[post.end()] = body
                for start, name in listed:
                    found.setdefault(start, (name, dict(attributes), "people.before_post"))
        self._elected(doc, text, bodies, found)
        self._from_bodies(text, registry, [*bodies.values(), *mentions(doc, "REGION")], found)
        self._studio_leaders(doc, text, bodies, found)
        self._after_quoted_titles(doc, text, found)
        for body_end, body in bodies.items():  # 某某公司王某某、某某小学李某获一等奖: a member named after the body
            members = self._members_after(text, body_end + text.startswith("的", body_end))  # (某救援队的甲、乙在…)
            for start, name in members:
                if start not in found and not (name[0] in _PREPOSITION_SURNAMES and covered(doc, start + 1, start + len(name), ("REGION",))):
                    found[start] = (name, _works_at(registry, body), "people.after_body")  # (某总工会向某市、…: to places)
        self._named_after_de(text, registry, bodies, found)
        bodies_at = {span.start: span for span in bodies.values()}
        self._roster_lines(text, registry, bodies_at, found)
        self._posts_before_colons(text, found)
        for names_opening in _NAMES_OPENING.finditer(text):  # 成员分别是：甲、乙、丙: a list of three names or more
            for start, name in self._names_listed(text, names_opening.end()):
                found.setdefault(start, (name, {}, "people.listed_names"))
        self._listed_before_a_count(text, found)
        for aged in _AGED.finditer(text):
            if (name := name_at(text, aged.end())) is not None:
                found.setdefault(aged.end(), (name, {}, "people.after_age"))
        taken = [(span.start, span.end) for span in mentions(doc)]
        phrase_starts = [match.end() for match in _PHRASE_END.finditer(text)] + [
            match.end() for match in _ELECTED.finditer(text)]
        line_starts = [match.end() for match in _LINE_START.finditer(text)]  # (only for a name described: 是…的一名)
        elected_body: tuple[int, Mention | None] = (0, None)  # where the last name elected to a body's post stands
        for start in sorted({*([0] if text and text[0] in SURNAMES else []), *phrase_starts, *line_starts}):
            name = name_at(text, start)
            if name is None or start in found or any(s < start + len(name) and start < e for s, e in taken):
                continue  # (，向全总申请: the body named there, no 向全总)
            if start in line_starts and text[start + len(name): start + len(name) + 1] != "是" \
                    and not (_LINE_SPEAKER.match(text, start + len(name)) and name[1:] not in _ROLE_NAMES):
                continue  # 楼宇内汇聚…: a line opening with a word the surnames open, read as a name only when described
                # or speaking (某某表示，…; 某某在讲话中指出)
            if len(name) == 3 and name[-1] in _EVENT_ENDS and name in common_words():
                continue  # 夏令营旨在…: a word naming an event opens the clause, no person (王建会 is one)
            if name.endswith(_STREET_WRITTEN_SHORT) and default_gazetteer().candidates(name + _STREET_TAIL):
                continue  # 龙穴街开展…: a street written short (龙穴街道), as Guangdong writes it, no person
            listed = [(start, name)]  # 选举甲为主席，乙为副主席，丙、丁为专职副主席: each list of names before 为
            while text[(position := listed[-1][0] + len(listed[-1][1])): position + 1] == "、" \
                    and (following := name_at(text, position + 1)) is not None:
                listed.append((position + 1, following))
            after_list = listed[-1][0] + len(listed[-1][1])
            after = text[start + len(name): start + len(name) + 4]
            verb = common_words().get(after[:2], (0, ""))[1]
            if text[after_list: after_list + 1] == "为" and (
                    elected_to := _role_at(text, after_list + 1) or _post_closing(text, after_list + 1)):
                body = bodies_at.get(after_list + 1)  # 选举甲为某某总工会主席: the body of the post, and of the posts after
                if body is not None or _SENTENCE_END.search(text, elected_body[0], start):
                    elected_body = (start, body)  # (a body carried on within the sentence only)
                attributes = {"role": elected_to, **(_works_at(registry, elected_body[1]) if elected_body[1] else {})}
                for listed_start, listed_name in listed:
                    if listed_start not in found:
                        found[listed_start] = (listed_name, dict(attributes), "people.elected_to_role")
            elif _SPEECH.match(after) or (len(name) == 3 and after[2:3] not in _OCCUPATION_ENDS and (
                    verb == "v" or verb in ADVERB_TAGS and name[:2] not in common_words())) \
                    or _WINNING.match(after):  # (，向外卖配送员致以问候: the verb opens an occupation, 配送员)
                found[start] = (name, {}, "people.speaker_or_actor")  # (，某某荣获一等奖: a winner)
            elif after[:1] == "是" and (body := bodies_at.get(start + len(name) + 1)) is not None \
                    and ((officer_post := _role_at(text, body.end)) is not None or _ONE_OF_ITS_PEOPLE.match(text, body.end)):
                # 某某是某某集团的一名普通工人: one of the body's people, described; 某某是某市总工会副主席: its officer
                found[start] = (name, {**({"role": officer_post} if officer_post else {}), **_works_at(registry, body)}, "people.one_of_a_body")
        found = {start: person for start, person in found.items() if not in_credit_line(text, start)}  # (作者：…: a byline)
        place_starts = {span.start for span in mentions(doc, "REGION")}
        for start, (name, attributes, rule) in list(found.items()):
            if len(name) == 3 and name[2] in _GOING and start + 3 in place_starts:
                found[start] = (name[:2], attributes, rule)  # 某某来某市调研: a two-character name, then going to a place
        self._officers_of_the_subject(doc, text, found)
        self._officers_of_the_article_union(doc, text, found)
        self._officers_of_the_article_school(doc, text, found)
        known: dict[str, dict] = {}  # each name's attributes: those naming the body it serves, where one does
        for name, attributes, _ in sorted(found.values(), key=lambda item: "org" not in item[1]):
            known.setdefault(name, attributes)
        for start, (name, _, rule) in sorted(found.items()):
            add_mention(doc, start, start + len(name), "PERSON",
                        Entity(id=f"person:{name}", type="Person", name=name, attributes=known[name]), rule)
        found_spans = [(start, start + len(name)) for start, (name, _, _) in found.items()]
        for span in mentions(doc):
            if span.label_ != "PERSON" and any(start < span.start < end or span.label_ == "REGION" and start == span.start
                                               and span.end <= end for start, end in found_spans):
                drop_mention(doc, span)  # 张海南副主席: the name, no 海南 inside it (nor a body read from inside it)
        places = mentions(doc, "REGION")
        for name in known:
            position = text.find(name)
            while position != -1:
                if position not in found:
                    add_mention(doc, position, position + len(name), "PERSON", registry[f"person:{name}"],
                                "people.named_again")
                    for place in (p for p in places if position <= p.start and p.end <= position + len(name)):
                        drop_mention(doc, place)  # 刘南京分析: the person named again, no 南京
                position = text.find(name, position + len(name))
        return doc

    @staticmethod
    def _owner_of_union(bodies: dict[int, Mention], union: Mention) -> Mention | None:
        """The organisation a union is named after, written inside its name (某集团 of 某集团工会), if any."""
        owner = bodies.get(union.end - len(_UNION_POST_IN_CHAIN))
        return owner if owner is not None and owner.label_ == "ORG" and owner.start == union.start else None

    @staticmethod
    def _union_in_chain(doc: Doc, registry: dict[str, Entity], body: Mention, position: int, word: str) -> Mention | None:
        """The union whose `word` (工会, 工会联合会) a chain of posts writes at `position` after `body`: a company's
        own (某集团党委副书记、工会主席某某: the one the article names, or one of the company's name), or the
        federation of the place whose party committee, government or street's committee the body is (某镇党委副书记、
        工会主席某某, 某街道党工委副书记、工会联合会主席某某: where the article names it, 某县某镇总工会)."""
        name = registry[body.kb_id_].name
        union: Entity | None = None
        if name.endswith(_WITH_UNIONS_OF_THEIR_OWN):
            union_name = name + word
            union = next((entity for entity in registry.values() if entity.type == "UnionBody" and entity.name == union_name),
                         None) or enterprise_union(union_name)
        elif (place := _PLACE_OF_ORGAN.fullmatch(name)) is not None:
            union = next((entity for entity in registry.values() if entity.type == "UnionBody"
                          and entity.name.endswith((place.group(1) + "总工会", place.group(1) + word))), None)
        return None if union is None else add_mention(doc, position, position + len(word), "UNION", union, "people.union_in_chain")

    @staticmethod
    def _roster_lines(text: str, registry: dict[str, Entity], bodies_at: dict[int, Mention],
                      found: dict[int, tuple[str, dict, str]]) -> None:
        """A line of a roster or a list of winners, a name and a space before the body it is of or its
        post (某某  某某职业学院, 某某 某省总工会副主席): a person, serving that body (`bodies_at`: by start)."""
        for line in _ROSTER_LINE.finditer(text):
            start, after, name = line.start(1), line.end(), line.group(1)
            if start in found:
                continue
            body = bodies_at.get(after)
            role = _role_at(text, body.end if body is not None else after)
            if body is None and role is None:
                continue  # (a name and a word: no roster)
            attributes = {"role": role} if role else {}
            if body is not None:
                attributes.update(_works_at(registry, body))
            found[start] = (name, attributes, "people.roster_line")

    @staticmethod
    def _named_after_de(text: str, registry: dict[str, Entity], bodies: dict[int, Mention],
                        found: dict[int, tuple[str, dict, str]]) -> None:
        """钳工班的甲获得第一名，装配班的乙和质检班的丙分获二、三名, 在某地做家政的丁笑着说: a name after the
        team, unit or clause it is of and 的, before a verb of winning or of speaking, or joined by 和, 与 or 、
        to such a one in the same clause, or after where one comes from (来自某县的某某); and the names listed
        with it (甲公司的乙与丙、丁厂的戊分别获得), who serve the body named before 的 (`bodies`: by where they end)."""
        after_of = [(match.start(), match.end(), name[:-1] if len(name) == 3 and text.startswith("来说", match.end() + 2) else name)
                    for match in _NAME_AFTER_OF.finditer(text)
                    if (name := _dotted_name_at(text, match.end()) or name_at(text, match.end())) is not None]
        # (对于…的某某来说: 来说 closes the phrase, no part of the name)
        following: int | None = None  # where the nearest such name after the one looked at starts
        for of, start, name in reversed(after_of):
            from_place = text[of] == _OF and _FROM_PLACE.search(text, max(0, of - _LONGEST_ORIGIN), of) is not None \
                and not common_words().get(name, (0, ""))[0]
            if from_place and len(name) == 3 and common_words().get(text[start + 2: start + 4], (0, ""))[1] == "v":
                name = name[:2]  # 家在某县的某某走到…: the third character opens the verb
            end = start + len(name)
            joined = following is not None and end < following <= end + _LONGEST_TEAM_BEFORE_NAME and (
                text[end: end + 1] in _NAME_JOINS and not _CLAUSE_MARK.search(text, end, following)
                or text[end: end + 1] in _COMMAS and not _CLAUSE_MARK.search(text, end + 1, following))
            # (甲队的某某，乙队的某某获得一等奖: a list of such names, the last one winning)
            if _WINNING.match(text, end) or _SPEAKS.match(text, end) or text.startswith(("来说", *_DESCRIBED_AS), end) or joined \
                    or from_place:
                following = start
                body = bodies.get(of)
                attributes = _works_at(registry, body) if body is not None and text[of] == _OF else {}
                found.setdefault(start, (name, attributes, "people.after_de"))
                while text[end: end + 1] in _NAME_JOINS and (other := name_at(text, end + 1)) is not None and (
                        text[end + 1 + len(other): end + 2 + len(other)] in _NAME_JOINS or _WINNING.match(text, end + 1 + len(other))):
                    found.setdefault(end + 1, (other, dict(attributes), "people.after_de"))
                    end += 1 + len(other)

    @staticmethod
    def _members_after(text: str, position: int) -> list[tuple[int, str]]:
        """The names (with their starts) of a list joined by 、 at `position`, closed as a name is or
        before what a member does (甲、乙在现场救援, 甲获一等奖); none if it is not closed so."""
        def closed(at: int) -> bool:
            return bool(_AT_NAME_END.match(text, at)) or text.startswith(_MEMBER_DOES, at)

        members: list[tuple[int, str]] = []
        while text[position: position + 1] in SURNAMES and (name := name_at(text, position)) is not None \
                and name[1:] not in _ROLE_NAMES:  # (某县总工会王主席率队: a surname and a post, no name)
            members.append((position, name))
            position += len(name)
            if text[position: position + 1] != "、":
                break
            position += 1
        if not members:
            return []
        if text[position - 1] != "、" and (closed(position) or len(members) > 1 and text[position: position + 1] in ("在", "于")):
            return members  # (甲、乙在现场救援: a list of names is closed by where or when they act too)
        first_start, first = members[0]  # 甲公司某某、乙医院某某获奖: one name a body
        return members[:1] if closed(first_start + len(first)) else []

    @staticmethod
    def _listed_before_a_count(text: str, found: dict[int, tuple[str, dict, str]]) -> None:
        """甲、乙、丙共三人获评…, 确定甲等15名职工…, 授予甲等同志…: names listed before their count, or
        before 等 and a count of people or 同志, each opening after a break, a post or a verb."""
        for count in _COUNT_AFTER_NAMES.finditer(text):
            end = count.start()
            while (start := next((end - size for size in (3, 2) if _listed_name_at(text, end - size, end)), None)) is not None:
                found.setdefault(start, (text[start:end], {}, "people.listed_before_count"))
                if text[start - 1: start] != "、":
                    break
                end = start - 1

    @staticmethod
    def _posts_before_colons(text: str, found: dict[int, tuple[str, dict, str]]) -> None:
        """A roster that writes each post, a colon and its holders (主席:甲某  副主席:乙某、丙某), as lists of a
        union's new officers do: each name holds the post."""
        for post in _POST_BEFORE_COLON.finditer(text):
            position = post.end()
            while text[position: position + 1] in SURNAMES and (name := name_at(text, position)) is not None:
                found.setdefault(position, (name, {"role": post.group(1)}, "people.post_before_colon"))
                position += len(name)
                if text[position: position + 1] not in ("、", "，", ","):
                    break
                position += 1

    @staticmethod
    def _names_listed(text: str, position: int) -> list[tuple[int, str]]:
        """The names (with their starts) of a list of three or more joined by 、 at `position` and closed
        by a clause's end; none otherwise."""
        listed: list[tuple[int, str]] = []
        while text[position: position + 1] in SURNAMES and (name := name_at(text, position)) is not None:
            listed.append((position, name))
            position += len(name)
            if text[position: position + 1] not in ("、", "和"):
                break
            position += 1
        return listed if len(listed) >= _LONGEST_SHORT_LIST + 1 and text[position: position + 1] in _CLAUSE_ENDS else []

    @staticmethod
    def _officers_of_the_subject(doc: Doc, text: str, found: dict[int, tuple[str, dict, str]]) -> None:
        """某市总工会召开学习会，副主席某某作动员: a union officer whose post alone opens a clause is an officer
        of the union the sentence opens with, where no other body comes between."""
        registry = entities_of(doc)
        bodies = [span for span in mentions(doc) if span.label_ in ("UNION", "ORG")]
        for start, (name, attributes, rule) in list(found.items()):
            role = attributes.get("role", "")
            if "org" in attributes or role not in _UNION_OFFICERS or not text.endswith(role, 0, start) \
                    or text[start - len(role) - 1: start - len(role)] not in ("，", ","):
                continue  # (…、工会主席某某: a post of another body's union, in a list of guests)
            sentence_start = start_after_last(text, start, SENTENCE_MARKS)
            before = [span for span in bodies if sentence_start <= span.start and span.end <= start]
            if len(before) == 1 and before[0].label_ == "UNION" and (
                    not _CLAUSE_MARK.search(text, sentence_start, before[0].start)
                    or _DATE_CLAUSE.fullmatch(text, sentence_start, before[0].start)):  # (3月6日，某市总工会…)
                found[start] = (name, {**attributes, **_works_at(registry, before[0])}, rule)

    @staticmethod
    def _officers_of_the_article_union(doc: Doc, text: str, found: dict[int, tuple[str, dict, str]]) -> None:
        """某公司工会召开大会。会议由工会主席某某主持: an officer of a bare 工会, in an article that names one
        union of an enterprise and no other union, serves that union; 选举产生了某行业工会联合会第一届委员会，新当选的
        工会主席某某: so does one after the one such union its sentence names before the post."""
        registry = entities_of(doc)
        spans = mentions(doc, "UNION")
        unions = {span.kb_id_: span for span in spans}

        def own_union(span: Mention) -> bool:  # not a federation or a unit, whose bare 工会 may be another's
            return "region" not in registry[span.kb_id_].attributes and "parent" not in registry[span.kb_id_].attributes

        article_union = next(iter(unions.values())) if len(unions) == 1 else None

        def bare_post_before(opening: int) -> bool:  # the chain before the 、 is a post alone, of no unit named
            chain_start = start_after_last(text, opening - 1, CLAUSE_MARKS)
            post = _role_at(text, chain_start)
            return post is not None and chain_start + len(post) == opening - 1

        for start, (name, attributes, rule) in list(found.items()):
            role = attributes.get("role", "")
            word_start = start - len(role) - len(_BARE_UNION)
            if "org" in attributes or role not in _UNION_OFFICERS or not text.startswith(_BARE_UNION, word_start):
                continue
            term = _TERM_BEFORE_POST.search(text, max(0, word_start - _LONGEST_TERM), word_start)
            opening = term.start() if term else word_start  # 首先，第一届工会主席某某: the union's term before it
            before = text[opening - 1: opening]
            union: Mention | None = None
            if article_union is not None and own_union(article_union) and start > article_union.end \
                    and (opening == 0 or before in _BEFORE_BARE_UNION or before == _CHAIN_MARK
                         and bare_post_before(opening)):  # (党委副书记、工会主席某某: bare posts of one body)
                union = article_union
            elif before in _BEFORE_BARE_UNION + _OF:
                sentence_start = start_after_last(text, word_start, SENTENCE_MARKS)
                in_sentence = {span.kb_id_: span for span in spans if sentence_start <= span.start and span.end <= word_start}
                union = next(iter(in_sentence.values())) if len(in_sentence) == 1 else None
            if union is not None and own_union(union):
                found[start] = (name, {**attributes, **_works_at(registry, union)}, rule)

    @staticmethod
    def _officers_of_the_article_school(doc: Doc, text: str, found: dict[int, tuple[str, dict, str]]) -> None:
        """某师范学院举办运动会。学校党委副书记某某出席，校长某某致辞; 某县人民医院召开职代会，副院长某某致辞: a
        head of a school or hospital, or a post after 学校 / 校 / 我校 (医院 / 院 / 我院), held at the one school or
        hospital the article names."""
        registry = entities_of(doc)
        organisations = {span.kb_id_: span for span in reversed(mentions(doc, "ORG"))}  # by entity: its first mention
        for name_ends, heads, own in (_SCHOOL, _HOSPITAL):
            institutions = [span for key, span in organisations.items() if registry[key].name.endswith(name_ends)]
            if len(institutions) != 1 or own == _HOSPITAL[2] and any(
                    registry[key].name.endswith(own) for key in organisations if key != institutions[0].kb_id_):
                continue
            institution = institutions[0]
            for start, (name, attributes, rule) in list(found.items()):
                role = attributes.get("role", "")
                if "org" not in attributes and role and text.endswith(role, 0, start) and start > institution.end and (
                        role in heads or text.endswith(own, 0, start - len(role))):
                    found[start] = (name, {**attributes, **_works_at(registry, institution)}, rule)

    @staticmethod
    def _from_bodies(text: str, registry: dict[str, Entity], origins: list[Mention],
                     found: dict[int, tuple[str, dict, str]]) -> None:
        """来自某某公司的刘某是…, 来自某医院的护士王某说: a person of the body they come from; 来自某市的刘某获得…:
        of the place they come from (no body then). `origins`: the bodies and places mentioned."""
        for body in origins:
            if not text.endswith("来自", 0, body.start) or text[body.end: body.end + 1] != "的":
                continue
            role = _role_at(text, body.end + 1) or _kind_before_name(text, body.end + 1)  # (的医师某某, 的代表某某)
            start = body.end + 1 + len(role or "")
            name = name_at(text, start) if text[start: start + 1] in SURNAMES else None
            if name is None and not text.startswith(_FAMILIAR, start):  # (来自某公司的小周: what one is called, no name)
                name = PersonRecognizer._bounded_name(text, start)  # 来自某区总工会的靳某某(右): a rarer surname
            if name is not None:
                body_attributes = _works_at(registry, body) if body.label_ != "REGION" else {}
                _place_unless_placed(found, start, (name, {**body_attributes, **({"role": role} if role else {})}, "people.from_body"))

    def _elected(self, doc: Doc, text: str, bodies: dict[int, Mention], found: dict[int, tuple[str, dict, str]]) -> None:
        """甲当选为工会主席，乙为副主席; 丙、丁同志当选为某某总工会第一届委员会副主席: each holds the post, at
        the union named in it, or else at the union named last before (the one whose congress elects them);
        a post of its audit or women's committee names no union."""
        unions = mentions(doc, "UNION")
        union_ends = [span.end for span in unions]
        registry = entities_of(doc)
        for elected in _ELECTED_TO.finditer(text):
            names_end = elected.start() - 2 if text.endswith("同志", 0, elected.start()) else elected.start()
            listed = self._listed_before(text, names_end)
            post = _POST_PHRASE.match(text, elected.end())  # (it matches, empty where no post follows)
            role = _role_at(text, post.end()) if post is not None else None
            if not listed or post is None or role is None or elected.group(0) == "为" and role in KINDS_OF_PEOPLE:
                continue  # (某某同志为职工办实事: for the workers, no post)
            body = next((span for span in bodies.values() if span.start == elected.end() and span.end <= post.end()), None)
            if body is None and role in _UNION_POSTS and not _COMMITTEE_OF_UNION.search(post.group(0)):
                before = bisect.bisect_right(union_ends, elected.start())
                electing = [span for span in unions[:before] if elected.start() - span.end <= _ELECTING_UNION_REACH]
                body = next((span for span in reversed(electing) if not _committee_of_union(registry[span.kb_id_])), None)
                # (…工会第五届委员会和经费审查委员会，甲当选为工会主席: the union's chair, not its audit committee's)
            attributes = {"role": role}
            if body is not None:
                attributes.update(_works_at(registry, body))
            for start, name in listed:
                _place_unless_placed(found, start, (name, dict(attributes), "people.elected"))
            position = post.end() + len(role)
            while text[position: position + 1] in ("，", ",", "；", ";") and (next_name := name_at(text, position + 1)) \
                    and text.startswith(("为", "任"), position + 1 + len(next_name)) \
                    and (next_role := _role_at(text, position + 2 + len(next_name))) is not None:  # …，乙为副主席, 丙任…
                found[position + 1] = (next_name, dict(attributes, role=next_role), "people.elected")
                position += 2 + len(next_name) + len(next_role)

    @staticmethod
    def _studio_leaders(doc: Doc, text: str, bodies: dict[int, Mention], found: dict[int, tuple[str, dict, str]]) -> None:
        """某公司罗某创新工作室, 某中心郭某某劳模创新工作室, 某厂某某技能大师工作室, 某厂某某工作室: the worker
        a studio is named after, who works at the body named right before."""
        registry = entities_of(doc)
        position = text.find(_STUDIO)
        while position != -1:
            kind = next(kind for kind in _STUDIO_KINDS if text.endswith(kind, 0, position))
            studio_start, position = position - len(kind), text.find(_STUDIO, position + len(_STUDIO))
            for size in _STUDIO_NAME_SIZES:
                start = studio_start - size
                name = text[start: studio_start]
                if start < 0 or name[0] not in SURNAMES or not all(map(CJK_CHAR.match, name)) or start in found \
                        or not (start in bodies or start == 0 or text[start - 1] in _BEFORE_STUDIO_NAME
                                or text[start - 2: start] in common_words() and start - 1 not in bodies) \
                        or common_words().get(name, (0, ""))[1] in _PLAIN_WORD_TAGS or name[-1] in _PLACE_LEVELS + _UNIT_ENDS \
                        or _frequent_word(name) or len(name) == 3 and _very_frequent_plain_word(name[1:]) \
                        or name[-1] in _AFTER_NAME or text[start - 1: start + 1] in common_words() and start not in bodies \
                        or covered(doc, start, studio_start, ("REGION", "UNION", "ORG", "PROGRAM")):
                    # (集体协商指导工作室: 协商 is a word, no name opens in it; 某工会申报创新工作室: a frequent word;
                    # 某某梁矿劳模创新工作室: a mine's, a unit's name ends there;
                    # 贯穿于整个工作室: a preposition and a word of the clause; not 某公司马某某: a body ends before the name)
                    continue
                body = bodies.get(start) or (bodies.get(start - 1) if text[start - 1: start] == "“" else None)
                attributes = _works_at(registry, body) if body is not None else {}  # (某公司“某某创新工作室”)
                found[start] = (name, attributes, "people.studio_leader")
                break

    @staticmethod
    def _after_quoted_titles(doc: Doc, text: str, found: dict[int, tuple[str, dict, str]]) -> None:
        """“工人革新家”某某、“船坞劳模”某某, “最美职工”某某扎根一线: a name right after the quoted title people
        know the person by, closed by a break, an act or a word of the clause."""
        for title in _QUOTED_TITLE.finditer(text):
            start = title.end()
            name = name_at(text, start)
            if name is None or start in found or covered(doc, start, start + len(name), ("REGION", "UNION", "ORG", "PROGRAM")):
                continue
            end = start + len(name)
            if text[end: end + 1] in _BREAKS_OR_OF or _AT_NAME_END.match(text, end) or (
                    len(name) == 3 and text[end: end + 2] in common_words()):  # (a word of the clause after a full name;
                # “主理人”齐聚现场: no name of two characters)
                found[start] = (name, {"role": title.group(1)}, "people.after_quoted_title")  # (…某某的汇报, …某某扎根一线)

    @staticmethod
    def _closed_name(text: str, start: int) -> str | None:
        """A three-character name after a role whose second character also ends names (为, 在, 和:
        副主席陈为华表示), where a speech verb or punctuation closes it."""
        name = text[start: start + 3]
        if len(name) == 3 and name[1] in _AFTER_NAME and CJK_CHAR.match(name[2]) and (
                _SPEECH.match(text, start + 3) or text[start + 3: start + 4] in _NAME_CLOSERS):
            return name
        return None

    def _listed_before(self, text: str, end: int) -> list[tuple[int, str]]:
        """The names of a list joined by 、 that ends at `end`, the last first, with their starts."""
        listed = []
        while True:
            note = _NOTE_AFTER_NAME.search(text, max(0, end - _LONGEST_NOTE), end)
            end = note.start() if note else end  # 某某(女)、某某(兼职)、: a note on the person after the name
            if (name := self._name_ending_at(text, end)) is None:
                break
            listed.append((end - len(name), name))
            if text[end - len(name) - 1: end - len(name)] != "、":
                break
            end -= len(name) + 1
        return listed

    @staticmethod
    def _note_after(text: str, end: int) -> int:
        """The length of a bracketed note on a post right after a name ending at `end` (（兼职）), else 0."""
        note = _NOTE_ON_NAME.match(text, end)
        return note.end() - end if note else 0

    def _partner(self, text: str, joined: re.Match[str]) -> str | None:
        """The name listed after `joined` (a 、 or 和 after a name that holds a post): one a listed surname
        opens, or after 、 any two or three characters a break, 等 or an act closes, other than a word
        (甲、吉某某、乙: a rarer surname; not 各港领队, 副席某某)."""
        start = joined.end()
        if text[start: start + 1] in SURNAMES and ((name := name_at(text, start)) is not None or joined.group(0) != "、"):
            return name  # (省领导甲、吴某某、乙: a surname and a word, 吴国, open a name the list closes)
        if joined.group(0) != "、" or text[start: start + 1] in _OPENING_NO_NAME:
            return None
        bounded = self._bounded_name(text, start)
        if bounded is not None:
            return bounded if self._list_goes_on(text, start + len(bounded)) else None
        words = common_words()
        for size in _LISTED_NAME_SIZES:
            name = text[start: start + size]
            if all(CJK_CHAR.match(c) for c in name) and len(name) == size and name not in words \
                    and (self._list_goes_on(text, start + size)
                         or _AT_NAME_END.match(text, start + size + self._note_after(text, start + size))) \
                    and not holds_verb(name, rarest=_COMMON_VERB) and _role_at(name, 0) is None:
                return name  # (游某新: a given name the dictionary calls a verb; not 博世（中国）投资: a company)
        return None

    def _list_goes_on(self, text: str, end: int) -> bool:
        """Whether a listed name ending at `end`, past a note on its post, is closed by a break or 等."""
        end += self._note_after(text, end)
        return text[end: end + 1] in _BREAKS or text.startswith("等", end)

    @staticmethod
    def _bounded_name(text: str, start: int) -> str | None:
        """A name right after a role that no listed surname opens, closed by punctuation or a verb of
        attending or speaking (县委常委、常务副县长达瓦次仁，…): not a word of the dictionary."""
        if (tibetan := _tibetan_name(text, start)) is not None:
            return tibetan  # (边巴次仁表示: whatever follows)
        match = _BOUNDED_NAME.match(text, start)
        if match is None:
            return None
        name = match.group(0)
        if "·" in name or _transliterates(name):
            return name  # (副主席买买提表示: a name written in the characters that transliterate Uyghur names)
        words = common_words()
        rare = words.get(name, (0, ""))[0] < _RARE_WORD  # (边巴: a name the dictionary holds as a rare word)
        if not rare or any(c in _AFTER_NAME or c in "会中了有或吧吗呢啊呀" for c in name) or holds_verb(name) \
                or _role_at(name, 0) == name or name[0] in _TAKES_POST and _role_at(name, 1) is not None:
            return None  # (人大常委副主任，: a second post, no name; 副主席兼秘书长: one taken too; 主席问吧: a particle
            # ends a word, no name)
        if len(name) > 4 and any(words.get(name[i: i + 2], (0, ""))[0] >= FREQUENT_WORD for i in range(len(name) - 1)):
            return None  # 要做好服务工作: a clause of common words, not a long name (敖特根巴雅尔)
        if any(c in _PLACE_HEADS for c in name):
            return None  # 管理处长岭村村民: a village's name after a role inside a word (处长), not a person
        ending, ending_tag = words.get(name[-2:], (0, ""))
        if ending >= _COMMON_VERB and ending_tag in ("a", "ad", "d", "v", "n", "vn") or ending >= _NOUN_ENDING and ending_tag == "n":
            return None  # 主席作重要讲话, 负责人列问题, 工匠微课堂: a frequent adjective, verb or noun ends it, no name
        opening, opening_tag = words.get(name[:2], (0, "nr"))
        if not opening_tag.startswith(("nr", "ns", "nz")) and not (rare and len(name) == 2):
            return None  # 包案, 补短板: words, not a name (扎西 is a proper name)
        if opening >= _COMMON_WORD_OPENING and not opening_tag.startswith("nr"):
            return None  # 负责人汇报后: a frequent word opens it (汇报), no name
        return name

    @staticmethod
    def _name_ending_at(text: str, end: int, dictionary_names: bool = False) -> str | None:
        """The two- or three-character name that ends at `end`, if one does (see `_name_before_title`), or a
        dotted one opening a phrase (，古丽娜尔·买买提主席)."""
        dotted = _DOTTED_BEFORE.search(text, max(0, end - _LONGEST_DOTTED), end)
        if dotted is not None and dotted.end() == end:
            name = dotted.group(1)
            frequency, tag = common_words().get(name[:2], (0, "nr"))
            opening_word = name.index("·") > 2 and not tag.startswith("nr") and frequency >= _FREQUENT_WORD_TAGGED_NAME
            return name[2:] if opening_word else name  # (会上阿依努尔·某某: the word opening the clause is not the name's)
        return next((text[start:end] for start in (end - 3, end - 2)
                     if start >= 0 and PersonRecognizer._name_before_title(text, start, end, dictionary_names)), None)

    @staticmethod
    def _name_before_title(text: str, start: int, title: int, dictionary_names: bool = True) -> bool:
        """Whether text[start:title] is a name: a surname and a name, or (with `dictionary_names`) a
        three-character name of the dictionary (习近平, whose surname is too rare for the list)."""
        if text[start] in SURNAMES and (name_at(text, start) or "") in (text[start:title], text[start:title + 1]):
            return True  # (王红总经理: the title's first character read as the name's is the title's)
        return dictionary_names and title - start == 3 and common_words().get(text[start:title], (0, ""))[1].startswith("nr")

    @staticmethod
    def _qualifies_noun(text: str, position: int) -> bool:
        """Whether a frequent noun follows at `position`: what came before it qualifies that noun."""
        frequency, tag = common_words().get(text[position: position + 2], (0, ""))
        return tag in ("n", "vn") and frequency >= _FREQUENT_NOUN

    @staticmethod
    def _runs_into_word(text: str, role_end: int) -> bool:
        """Whether the role's last character and the next one make a common word (机电工程有限公司
        holds no 电工 before a name); place and family names do not count (部长安静, 处长孙伟), nor
        rare words (部长程某某, 副市长史某某: 长程, 长史)."""
        frequency, tag = common_words().get(text[role_end - 1: role_end + 1], (0, "nr"))
        return tag[:2] not in ("nr", "ns") and frequency >= _WORD_ACROSS_ROLE

    @staticmethod
    def _body_before(text: str, role_start: int, bodies: dict[int, Mention]) -> Mention | None:
        """The union or organisation named right before a role, or before a few words that
        qualify it (胶州市总工会青年干部, 淮北职业技术学院就业处副处长), or before its units
        (某公司炼铁总厂综合管理室值班调度长); a party committee whose name the role opens with (某镇党委书记:
        中共某镇委员会)."""
        if (committee := committee_opening_role(text, role_start, bodies)) is not None:
            return committee
        role_start = before_given_short_name(text, role_start)  # 某工会联合会（以下简称某某）主席
        for end in range(role_start, max(role_start - _UNITS_LONGEST, 0) - 1, -1):
            body = bodies.get(end)
            if body is not None and (role_start - end <= _QUALIFIER_LONGEST or _UNIT_OF_BODY.search(text, end, role_start)
                                     or _TERM_OF_BODY.fullmatch(text, end, role_start)):
                return body  # 某公司炼铁总厂综合管理室调度长: past the units of the body, too
            if end < 1 or not CJK_CHAR.match(text[end - 1]) or text[end - 1] in _NOT_IN_QUALIFIER:
                return None
        return None


@Language.factory("kg_people")
def make_person_recognizer(nlp: Language, name: str) -> PersonRecognizer:
    return PersonRecognizer()
