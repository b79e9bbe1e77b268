"""PROGRAM: named initiatives, by four kinds of pattern.

1. A quoted name followed by a program head: “体育+公益”模式, “安康杯”竞赛, “暖新保”项目.
   The canonical name is the quoted text; the written form with its head is an alias.
2. A quoted name with no head that still reads as a program: it ends in a program word
   (“百千万工程”, “工匠讲堂”) or joins parts with + (“家+站+点”).
3. Unquoted named events and campaigns: 首届…论坛, 第七届…集体婚礼, 2023年…培训班,
   …提升行动, …工程, after a verb, a place, a union or a phrase boundary.
4. A name found by these, written again elsewhere without its quotes (某某助学 … “某某助学”活动).

Slogans, honour titles and figures of speech (“娘家人”, “握指成拳”) have neither a head nor
a program word and are left out.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import (
    CJK,
    CJK_CHAR,
    CLAUSE_MARKS,
    COMING_TO,
    COMING_WHEN,
    DOCUMENT_TITLE,
    EDITION,
    FREQUENT_WORD,
    HELD_BY_OWNER,
    IDIOM_TAGS,
    LIST_JOINS,
    QUOTED_BRANDS,
    SENTENCE_MARKS,
    WORKFORCE_REFORM,
    Mention,
    add_mention,
    after_count,
    after_date,
    covered,
    entities_of,
    first_characters,
    VISIT_VERBS,
    WHOLE_SCOPES,
    holds_verb,
    is_route,
    mentions,
    named_by_given_short_name,
    named,
    program_id,
    repoint_mention,
    repoint_to_fuller,
    scannable,
    splits_into_words,
    start_after_last,
    text_of,
)
from kg.components.people import KINDS_OF_PEOPLE_WRITTEN, SURNAMES, name_at, role_ends_at
from kg.components.regions import ONE_CHARACTER_NAMES
from kg.gazetteer import common_words
from kg.model import Entity
from kg.regexes import regex

# Nouns of events (…飞盘比赛, …健身运动会, …游园会, …夏令营): what a named event ends in (not the
# 市集 of 全市集体合同: its 集 opens 集体).
_EVENT_NOUNS = (
    "入会仪式|关爱月|服务月|行动月|活动月|宣传月|比赛|联赛|系列赛(?!事)|公开赛|挑战赛|争霸赛|友谊赛|龙舟赛|自行车赛|越野赛|登山赛|钓鱼赛|活动周|相亲大会|相亲会|交友会|邀请赛|球赛|棋赛|拔河赛|赛事|运动会|游园会|游园|茶话会|音乐会|晚会|文艺汇演|汇演|展演|摄影展|书画展|展览|读书节|"
    "读书月|推介会|分享会|交流会|交流大会|展示会|洽谈会|恳谈会|笔会|夏令营|冬令营|讲堂|大课堂|课堂|读书班|接力跑|健步走|徒步走|徒步大会|毅行|马拉松|集市|市集(?!体)|文艺演出|专场演出|慰问演出|文艺秀|颁奖盛典|文艺联欢|大联欢|文艺会演|会演|文艺调演|演唱会|作品展(?!演)|国画展|美术展|油画展|书法展|联展|展评|"
    "书画大展|汇报演出|讲坛|训练营|研讨营|交流营|讲座|巡讲|技术比武(?!竞赛|大赛)|技能比武(?!竞赛|大赛)|大比武(?!竞赛|大赛)|工作室联盟|电影节|电影周|观影季|消费季|消费节|购物季|购物节|美食节|相亲节|交友节|音乐节|啤酒节|风筝节|灯会|联欢会|鹊桥会|团拜会|年货节|展销会|对接会"
)
# A kind of people, or their day, opening a description of what is done for them (快递员专项慰问, 环卫工人节关爱).
_KIND_OF_PEOPLE_OPENING = regex(f"(?:{KINDS_OF_PEOPLE_WRITTEN})节?")
_CAMPAIGN_WORD = "行动"  # a campaign's head, which a quoted verb right before it may name (“保暖”行动)
_THROUGH_TRAIN = "直通车"  # right after a quote, part of the name it ends (“点对点”直通车: 点对点直通车)
_HOTLINE = "热线"  # a service by telephone: a quoted name before it may be its brand, a number no name
# What ends the name of an event held without quotes (…技能竞赛, …劳动竞赛大会战).
_EVENT_HEAD_WORDS = "劳动竞赛大会战|大会战|论坛|大赛(?!道)|劳动和技能竞赛|技能竞赛|培训[（(][^）)，。]{1,6}[）)]班|培训班|托管班|暑托班|培训会|研讨班|研修班|轮训班|专修班|集体婚礼|联谊会|运动会|招聘会|推进会|劳动竞赛|成果展(?![现开区演])|博览会"
_HEADS = (
    "专项工作|工作模式|工作方式|工作机制|工作品牌|工作方法|推进机制|对话机制|对话平台|沟通平台|服务项目|系列活动|主题活动|"
    "专项行动|读书活动|征集活动|劳动和技能竞赛|劳动竞赛|技能竞赛|竞赛活动|服务圈|一体化|活动|模式|机制|项目|行动|竞赛|比赛|球赛|"
    f"大赛|品牌|制度|平台|工程|计划|实践|思路|{_HOTLINE}|工作格局|服务格局|工作法|方法|普惠日|互动角|留言板|议事会|直通车|APP|App|app|小程序|商城|客户端|"
    f"文化节|艺术节|服务月|宣传月|嘉年华|{_EVENT_HEAD_WORDS}|{_EVENT_NOUNS}|演出|专场|专列|"
    "全国示范宣讲|示范宣讲|宣讲会"  # (“X”全国示范宣讲: a quoted lecture tour's head)
)
# Parts of speech of common words (not of names: 安康杯 is nz; 暑期 and 青年 are words of time): an event of only these is a kind.
_COMMON_TAGS = ("n", "vn", "v", "a", "t")
# What a facility's name ends in (the guidelines annotate no facility): 女职工关爱室, 职工之家.
_FACILITY_NAME = regex("(?<!\\+)(?:(?<![一二两三四五六七八九十])室|之家|小家|屋|(?<!连)队)$")  # (a named 驿站 may be a brand of service;
# “红星队”: a team; 书屋, 小屋, “职工暖心屋”: a room; not “五师一室”, “一庭两室”: a model counting its parts)
# The topics of talks or courses listed in quotes (“慢性病防治”“中医养生”等健康讲座).
_TOPICS_OF_TALKS = regex(f"等[{CJK}]{{0,4}}?(?:讲座|课程)")
# A quoted union's name, before what one does with a union (开展“某某货运工会”入会宣传): no program (“法院+工会”: one).
_UNION_NAMED = regex("(?<![+＋])(?:工会|工会联合会|工联会)$")
_UNION_DEED = regex("入会|成立|揭牌|换届")
_MASCOTS = ("形象大使", "吉祥物", "代言人")  # before a quote: the name of a mascot
_MANY_BEFORE = regex("(?:更多|一批|多个|一系列|各类|各种|许多|若干)$")
# After a headless quote: kinds listed (“乡村风貌”“城市变迁”等方面), a facility or a team it names (“文明+”邻里中心,
# “法援+心援”服务团队), a document it nicknames (“1+9”文件), industries (“3+3”重点产业, “2+1+N”产业集群) or days that
# mark the year (“三八”妇女节、“世界读书日”等重要时间节点), fields of work (“两新”领域) or the mood one sets (营造“…”浓厚氛围).
_FIELD = "领域"  # after a quote, a field of work (“两新”领域), no program
_BY_MEANS_OF = ("通过", "借助", "采取", "采用")  # before a formula of how a deed is done (通过“甲+乙”提升…)
_NOT_A_PROGRAM_AFTER = regex(f"(?:“[^“”\n]{{1,20}}”)*等(?:方面|类别|领域|题材|内容|类型|门类)|等[{CJK}]{{0,4}}?(?:意识形态|宣传|舆论|网络)阵地|{_FIELD}|[{CJK}]{{0,4}}?(?:中心|驿站|服务站|之家|馆|团队|服务队|志愿队|队伍)|功能"
                                  "|(?:重点|主导|特色|优势)?产业(?:集群|链群|链|体系)?(?!工人)|等(?:重要)?(?:时间)?节点|个"
                                  "|(?:系列)?(?:文件|方案|意见|办法|规划)|(?:浓厚|良好|浓郁)?氛围|示范(?:村|单位|点|企业|基地|社区|乡镇)|(?:荣誉)?称号|(?:先进)?(?:职工|个人|集体|家庭)(?:以及|及|和|、|等|代表|[，。；])")
# A place named after a head: “职工之家”活动区域, 活动中心 (no program).
_PLACE_AFTER_HEAD = "区域|场所|场地|阵地|空间|中心|室"
# The games or parts of an event its quoted items name (“某某”“某某”等活动环节, “某某”游戏, “某某”“某某”3个竞赛项目).
_PARTS_OF_AN_EVENT = regex("等?(?:活动)?环节|游戏|等[^，。；！？“”\n]{0,16}?(?:游戏|互动(?!活动)|环节)"
                                "|等[^，。；！？“”\n]{0,6}?(?:趣味|团体|竞技)[^，。；！？“”\n]{0,4}?项目"
                                "|等[^，。；！？“”\n]{0,16}?(?:比赛|竞赛|竞技|游戏|体育|趣味)项目|等?[\\d一二三四五六七八九十两]+(?:个|大|项)(?:竞赛|比赛|趣味|竞技|团体)?(?:项目|赛项|工种)"
                                "|等?[\\d一二三四五六七八九十两]+个(?:活动|比赛)中")  # (“甲”“乙”“丙”三个活动中展开比拼: games)
# Before a run of quotes: the games of an event (竞技项目“甲”“乙”, 比赛项目包括“丙”; not 某工程项目“丁”劳动竞赛).
_GAMES_BEFORE = regex("(?:(?:竞技|竞赛|比赛|趣味|游戏|体育|团体|个人)项目(?:有|包括|包含|设有|为|是)?[：:]?"
                      "|[\\d一二三四五六七八九十两]+个项目)$")  # (最后两个项目“甲”和“乙”: games counted)
_GAMES_REACH = 6
_QUOTED_RUN_END = regex("(?:[、 ]?“[^“”\n]{1,20}”)*")  # the quotes that follow one another from here (or listed with 、)
# A quoted name and its head: a few words apart (a space too: “某某” 活动), or for an activity, a
# campaign or an event further (“送温暖献爱心”慰问劳模和困难职工活动, “某某”职工子女暑期爱心托管班).
_HEAD_START = first_characters(_HEADS)  # a lookahead that rejects most places a head cannot start at
_FAR_HEADS = "系列活动|主题活动|活动|行动|比赛|竞赛|大赛|作品展|演出|托管班|暑托班|夏令营|运动会|联谊会|讲座|讲堂"
# A quotation holding names in single quotes (“…开展‘某某’行动…”), and those names.
_QUOTATION_WITH_INNER_QUOTES = regex("“[^“”\n]*‘[^‘’“”\n]{2,30}’[^“”\n]*”")
_INNER_QUOTE = regex("‘[^‘’“”\n]{2,30}’")
_SPOKEN_ENDS = "。！？!?…"  # how words spoken end, inside their quotation marks
_QUOTED = regex(
    f"“([^“”\\n]{{2,60}})”(?:[ \u3000]?((?:{EDITION.pattern})?(?:的(?=(?:工作)?(?:机制|模式)|制度))?[^\\s，。；：、“”,.;:!?的为在将把和与对向暨]{{0,6}}?)"
    f"{_HEAD_START}({_HEADS})(?!{_PLACE_AFTER_HEAD})"
    f"|(?![和与及])((?:\\d{{4}}年)?[^\\s，。；：、“”,.;:!?\\d的为在将把对向届们]{{7,16}}?){first_characters(_FAR_HEADS)}({_FAR_HEADS}))?"
)
# Phrases each opened by a quoted character or two, two or more (“暖”心相伴“梅”好童年, “护”航“新”程): one
# name, its phrases all of four characters or all of two; and the head of a program after it. (Every branch
# opens with the quote, which lets the scan jump from one quote to the next.)
_PUN_PHRASE = f"(?:[{CJK}]”[{CJK}]{{3}}|[{CJK}]{{2}}”[{CJK}]{{2}})"  # a four-character phrase after its opening quote
_PUN_NAME = regex(f"“(?:{_PUN_PHRASE}(?:“{_PUN_PHRASE})+|[{CJK}]”[{CJK}](?:“[{CJK}]”[{CJK}])+)")
_PUN_HEAD = regex(f"[{CJK}]{{0,8}}?(?:{_HEADS}|班)")  # (a head, far on as well: 暑期托班)
# The verbs that launch a campaign right before its name (开展送温暖活动).
_DAY_S_GREETING = regex("[节日](?:走访)?(?:慰问|庆祝)$")  # (中国医师节慰问, 护士节走访慰问: a day's greetings)
_CAMPAIGN_LAUNCH_VERBS = "开展|深化|启动|组织|实施|推进|举办"
# A quote of one or two characters glued to the word it ends, after a launch verb (开展送“温暖”活动,
# 启动助“新”行动): the program is the whole word.
_SHORT_QUOTE = regex(f"“([{CJK}]{{1,2}})”([^\\s，。；：、“”,.;:!?的]{{0,4}}?){_HEAD_START}({_HEADS})")
_GLUED_AFTER_VERB = regex(f"(?:(?:{_CAMPAIGN_LAUNCH_VERBS}|推出)了?([{CJK}]{{1,3}})|”([{CJK}]))$")  # (“某某”送“清凉”: after a theme;
# 开展了暖“新”: the verb's aspect no part of the word)
_FIELD_LISTED = regex(f"[{CJK}]{{2,4}}")  # a field an event is of, listed with 、 before its head (书法、摄影大赛)
_LISTED_AFTER_HEAD = regex(f"(?:{_HEADS})$")  # 某交流会、某推介会: events listed, not one event's fields
_LONGEST_LISTED_HEAD = 8  # how far back from a 、 a head is looked for
_SEASON_OF_CAMPAIGN = regex(f"[{CJK}]{{0,3}}[季月周]$")  # 暖“新”服务季活动: the season the campaign is named for, in its name
_LONGEST_GLUED = 5  # the verb and three characters
# Verbs that start a new predicate: a head after them is not the quoted name's (“X”开展系列活动).
# A quoted formula of parts (“甲+乙+丙”, “甲—乙—丙”) and the model it names, after a few words (的…推进新模式).
_FORMULA = regex("[+＋—]")
_SEASONS = "春夏秋冬"  # 夏送清凉, 冬送温暖: a gift campaign's season
_FORMULA_MODEL = regex(f"的?[{CJK}]{{0,10}}?(模式|机制)")
_PREDICATE = regex("开展|展开|举办|举行|组织|推出|启动|实施|打造|推进|参加|参与|融入|融合")
_BUILDING_SITE = regex("(?:[和与及、]“[^“”\n]{1,30}”)*(?:项目)?(?:工地|施工现场|建设现场)")  # after quoted names: works
# being built
_COMES_TO = regex(f"{COMING_WHEN}(?:{COMING_TO})(?![了“])")  # (深入人心, 走进了…大家庭: no place)
# “夏送清凉”是一项…活动: a quoted name defined as a kind of program.
_SELECTED_AS_A_CASE = regex("入选[^，。；“”]{0,20}?(?:案例|品牌|典型)")  # after a quote: a practice held up as a model
_ELLIPSIS = "…"  # after a run of quotes: remarks quoted one after another (“真开心”“很实用”……)
_DEFINED_AS = regex("(?:是|已成为|成为)(?:一项|一个)[^，,。；;！!？?“”]{0,16}?(?:活动|工作|品牌|工程|项目|行动|竞赛)[，,。；;]")
# What closes a list of measures (…、…等具体举措, 等特色项目).
_MEASURES_CLOSING = regex("等(?:具体|特色|系列|多项|[一二三四五六七八九十\\d]+项)?(?:举措|措施|服务项目|项目)")
_LAST_PUNCTUATION = regex("(?s:.*)[，。；：！？\n,;:!?]")
# An idea, call or way of working spoken of after a quote (“互联网+”的概念, “工匠精神”的理念, “X”工作思路,
# “X”这个平台, “线上+线下”融合开展, 以“X+Y”为工作理念, “X+Y”联动, “X+Y+Z”的乘数效应), a party day's theme (“纪念某某”主题党日活动), a strategy of the
# state (“一带一路”沿线, “一带一路”倡议), a focus of work (突出“三大两小”工作重点) or a study's topic (开展“某某”专题调研).
_THEME_WORD = "主题"
_THEME_BEFORE = ("主题", "主题为", "主题是", "口号", "口号为")  # what declares the quote after it a theme or slogan
_CAMPAIGN_CALLS = ("要求", "号召")  # what a campaign that is carried out asks (落实“X”工作要求)
_DIRECTIVE_WORDING = regex("[、，,；;]|^把")  # clauses, or a clause of 把, quoted: a directive's wording, no campaign's name
_IDEA = regex("(?:工作|发展)?的?(?:工作)?(?:概念|理念|思路|思想(?![^，,。；;“”]{0,6}行动)|精神|要求|号召|倡议|口号|标语|内涵|导向|原则|方针)"
                   "|的(?:安排部署|重要指示|方式|形式|作用)"  # (“X”思想政治引领行动: a campaign of thought work, no idea)
                   "|(?:这个|这一)平台|(?:相)?结合|融合|为主题|为(?:工作|服务)?(?:理念|主线|宗旨)|主题党日|沿线|倡议"
                   "|联动(?!机制)|的?(?:乘数|叠加|倍增)?效应|(?:工作)?重点(?!工作|项目|工程)|(?:专题|课题)?调研(?![^，,。；;“”]{0,6}(?:活动|行动))")
# A day or festival drawing near (“国际护士节”来临之际, “世界读书日”前夕): a public one, no program, unless
# unions keep it (“工会服务户外劳动者日”来临之际).
# Awards and honours: a quoted name ending in a prize (“鲁班奖”), or given by a verb of honouring before it.
_GIFT = regex("(?:礼包|福袋|礼品)$")  # (“清凉大礼包”, “新春福袋”: gifts handed out, no initiative)
_HONOUR_TITLES = "先锋号|文明号|文明岗|标兵岗"  # (“工人先锋号”, “巾帼文明岗”: titles of honour)
_HONOUR_TITLE = regex(f"(?:{_HONOUR_TITLES})$")
# A title people are given (“某某工匠”, “养路标兵”, “岗位能手”, “最美之星”): no program, nor the work of choosing or
# learning from its holders; an event named after it is one (第三届“某某工匠”论坛).
_PEOPLE_S_TITLE = regex("(?:工匠|标兵|能手|之星|先锋|名匠|状元|楷模)$")
_TITLE_HOLDERS_WORK = regex("等?[^，。；！？“”]{0,2}?(?:学习|选树|评选|推选|候选)")  # (not “某某工匠”培育行动: a campaign)
_SELECTION = regex("评选|评比|选树|推选|评定|选拔")  # after a quoted title (“优秀女职工”评选): who is chosen, no program
_AWARD = regex(f"(?:奖|奖章|奖状|{_HONOUR_TITLES})$")
_ROUNDS = "(?:个人|团体|团队|小组|男子|女子|初|复|半决|决|预|淘汰|积分|抢答|必答|风险)[赛题]"
_POLICY = regex(f"政策$|^关于|^{_ROUNDS}$|^[^“”]{{1,3}}式$|^一带一路$|群体$|标准$|规范$|细则$|条例$|^[两三四][癌病高]$")
# “三孩政策”: a policy; “关于加强…工作”: a document's title; “团队赛”, “风险题”: a contest's round or part;
# “菜单式”, “一站式”: a manner; “一带一路”: the state's initiative; “新就业群体”: a group of people; “某某评价标准”:
# a standard or a rule; “两癌”筛查, “三高”: diseases counted; no program
# 第59个“学雷锋纪念日”: a public day counted by its years, no program.
_NTH_DAY = regex("第[\\d一二三四五六七八九十百]+个$")
_HONOURED_BEFORE = regex("(?:获评|荣获|被评为|评为|被授予|授予|获得)[^，。；！？“”]{0,8}$")
_HONOUR_REACH = 10
_STRIVING_FOR = regex("创建[^，。；！？“”]{0,4}$")  # before a quoted title a place or a unit strives for
_TITLED_KIND = regex("(?:城市|单位|示范[州县市区村镇点校单位]|先进[州县市区村镇])$")  # (文明城市, 示范州)
_CONTEST_HEAD = regex("竞赛|比赛|大赛|评选|活动")  # (荣获“安康杯”竞赛优胜单位, “某某奖”评选活动: a contest named)
_MECHANISMS = ("机制", "工作机制", "模式", "工作模式", "制度")  # named right after 的 (“你点单·我服务”的机制)
_DAY_DRAWING_NEAR = regex("(?:来临|到来)之?际|(?:来临|到来)?前夕")
_KEPT_BY_UNIONS = regex("工会|职工|劳动者")
# What closes a list of unions' quoted brands (甲总工会“X”、乙总工会“Y”等工作品牌).
_BRANDS_CLOSED = regex(f"等(?:[一二三四五六七八九十\\d]+个|一批)?[{CJK}]{{0,6}}?(?:品牌|项目|模式)")  # (等一批帮扶救助品牌)
_BRANDS_JOINED = ("、", "和")  # between the items of a list of unions' brands
_LONGEST_BRAND = 22  # a quote and up to twenty characters
# Verbs of handing something out before a quote (准备了“X”, 送上“X”): a gift, not a program.
# A call on people before a quote in its clause (号召外地职工“留信过年”, 倡议广大职工“…”).
_CALL_ON = regex("(?:号召|倡议|呼吁|鼓励|动员)[^，,。；;：:“”]*$")
_CALL_REACH = 12
_GIFT_BEFORE = regex("(?:准备|送上|送去|发放|赠送|带来)了?$")
# The last characters of verbs of being (是, 成为, 被评为) before a quote: what follows is a figure.
_COPULAS = ("是", "为")
# What something is made into or is, a few words before a quoted figure (是一项…的“X”, 打造成…的“X”“Y”).
_FIGURE_FRAME = regex("(?:是一[项个件种条]|打造成|建设成|建成|成为)[^，,。；;：:“”]*的(?:“[^“”]{1,12}”)*$")
_FIGURE_REACH = 40
# What a plan or a goal is named by after its quoted name (“…”城市发展战略, “…”奋斗目标).
_LONGEST_STRATEGY = 12  # characters from a quote's end to the end of the word that calls it a plan
_PLAN_WORDS = ("战略", "目标", "规划", "格局", "都市圈", "经济圈", "城市群", "经济带")  # the last words of what _STRATEGY finds
# (and the regions a plan draws: “1+6”都市圈, 某某经济圈, 某某城市群)
_STRATEGY = regex("([^，,。；;：:、“”\\s]{0,8}?)(?:战略|目标|规划|(?:发展|产业|空间|城市)格局|都市圈|经济圈|城市群|经济带)")
_PROGRAM_HEAD = regex(f"{_HEAD_START}(?:{_HEADS})")
_COUNTED_BIG = regex("[一二三四五六七八九十两几]大赛$")  # 四大赛(项): four big contests
_AFTER_COUNTED_CONTESTS = ("项", "事", "场", "区")  # 四大赛项, 两大赛事, 两大赛场, 两大赛区
# “春风行动”“平台企业公益就业服务”“工会直播带岗”等活动, “在线解决”“线上诉求”工作机制: a run of
# quoted names that ends in a head; after 等 a few words may come first (“X”等一系列面向职工的活动),
# and 工作 is a head too (“X”等工作).
_QUOTED_RUN_TAIL = regex(
    f"(?:(?:(?:以及|[、和与及暨])?“[^“”\\n]{{2,60}}”)+[^，。；：“”,;:]{{0,4}}?{_HEAD_START}(?:{_HEADS})"
    f"|暨“[^“”\\n]{{2,60}}”[^，。；：、“”,;:]{{0,8}}?{_HEAD_START}(?:{_HEADS})"  # (“甲”暨“乙”单身职工联谊活动)
    f"|(?:(?:以及|[、和与及])?“[^“”\\n]{{2,60}}”)*、?等(?![^，。；：“”,;:]{{0,4}}?(?:重点|重要|各项|日常))"
    f"[^，。；：“”,;:]{{0,12}}?(?:{_HEAD_START}(?:{_HEADS})|工作))"  # (not 等工会重点工作: kinds of work)
)
# “六个工程”, “三项任务”, “四大优势”: counted categories or qualities, not names (“五大行动” is a bundle's name).
_SUM = regex("[\\d+＋]+[>＞=＝<＜][\\d+＋]+")  # a sum compared in figures (“1+1>2”), a figure of speech (“1+3”: a name)
_COUNTED = regex("^[\\d一二三四五六七八九十两百千万]+(?:[个项条种类套]|大(?:优势|作用|功能|特点|特色|亮点|法宝|难题|短板|关系|理念)$)"
                 "|^[\\d一二三四五六七八九十两]+[天日][\\d一二三四五六七八九十两]+[晚夜]$")  # (“六天五晚”: how long a stay lasts)
# “两性两化”, “三区两带”, “一会两站”: paired numbered names are how programs are branded.
_NUMBERED = regex("^[一二三四五六七八九十两百千万双][^一二三四五六七八九十两百千万双][一二三四五六七八九十两百千万双][^一二三四五六七八九十两百千万双]$")
# “两区两县”, “一市三县”: numbered places are a geography, not a brand.
_DIVISIONS = set("省市县区州旗镇乡村城")
_TIME_ENDINGS = ("年", "日", "节")  # endings of a campaign's time (某某提升年, 某某服务日, 某某文化节)
_PROGRAM_WORD = regex(f"(行动|工程|计划|讲堂|学堂|课堂|论坛|夜校|服务圈|服务月|服务日|关爱日|经验|杯|年|赛|行|课|活动|项目|频道|"
                           f"日|节|{_EVENT_NOUNS})$")
# “五一”, “两节”, “三八”: a date or a holiday, not a program.
# Dates, festivals and plan periods: “五一”, “两节”, “三八妇女节”, “春节”, “重阳节”, “十四五”, “12月4日”; not “二三四”.
_DATE = regex("^(?:(?:国际)?[一二三四五六七八九十两双](?:[·.．]?[一二三四五六七八九十两双])?(?:国际)?(?:劳动妇女|妇女|劳动|儿童|青年)?节?|十[一二三四五六七八九]五|元旦|春节|"
                   "(?:中秋|国庆|端午|元宵|重阳|清明|七夕)节?|国际(?:劳动)?(?:妇女|劳动|儿童|护士)节|[春夏秋冬]季?|(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日"
                   f"|\\d{{1,2}}[·.．]\\d{{1,2}}(?:[{CJK}]{{2,8}}[日节])?)$")  # (“3·15”, “12.4”, “4·23世界读书日”: a day written in figures)
# Verbs whose quoted object is a program whatever follows it (开展“党史学习教育”, 落实“五大行动”“十件实事”,
# 推出新就业群体“友好医院”), and 以“X”为抓手: a few words may qualify the name first.
_LONGEST_QUALIFIER = 8  # 推出新就业群体“友好医院”: words between the verb and the quote
_BROUGHT_OUT = regex(f"(?:推出|启用)了?[{CJK}]{{0,{_LONGEST_QUALIFIER}}}$")  # what a union or a trader may bring out
# A launch verb that opens a noun and a place after it (启动仪式在某片区“某某驿站”举行): the quote is the place.
_PLACE_IN_QUALIFIER = regex("^仪式|在(?![职线岗])")
# The launch verb nearest before a quote, and the words between them (the greedy .* finds the nearest).
_TOWARDS = "对"  # after a launch verb's characters, what is cared for (工会组织对“城市美容师”的关怀), no program launched
_LAUNCH_BEFORE = regex(f"(?s:.*)(?=[开实启推落发举承组])(开展|开办|实施|启动|启用|推行|推出|落实|发起|举办|承办|(?<!各级工会)(?<!基层工会)组织)了?"
                           f"([{CJK}]{{0,{_LONGEST_QUALIFIER}}})$")
# The ceremony of a program, after its quoted name and a few words: …助学金发放仪式, …启动会 (not
# 揭牌仪式, which unveils a facility).
_CEREMONY = regex(f"[{CJK}]{{0,6}}?(?:发放|启动|颁奖|捐赠|表彰|总结|动员|推进|发车|开营|开班|开幕|出征|(?<!新闻)发布|揭晓|欢送)(?:仪式|典礼|大会|会)")
# After a quote, where and that it starts or is held (“集中行动季”在某市启动, “某某”正式启幕, 联谊活动——“某某”在某湖畔
# 举行): a campaign or event launched; no slogan is held.
_NO_QUOTES = str.maketrans("", "", "“”")  # a name is written without the quotes around a part of it
_QUOTE_STARTED = regex("(?:在[^，。；、“”\\n]{1,10}?)?(?:正式|隆重)?(?:启动|开幕|启幕|拉开帷幕|举行|举办|落幕|闭幕)")
_LONGEST_VENUE_BEFORE = 11  # 在 and ten characters
_AT_VENUE = regex("在[^，。；！？、“”\\n]{0,10}$")  # before a quote: the place it names (仪式在城东“暖心驿站”举行)
_QUOTED_ITEM = regex("“([^“”\n]{2,40})”(?:以及|[、和及与 ])?")
_MEANS = regex("(?:活动|工作|行动|品牌)?为(?:主要|重要)?(抓手|载体|依托|平台|牵引|切入点|手段)")
_THEME_MARKS = regex("[ ‘’·•・‧—]")  # (the middle dot written •, ・ or ‧ too)
_SLOGAN_PARTS = regex(f"{_THEME_MARKS.pattern}|[，,、]")  # between the parts of a slogan (“甲乙 丙丁”, “甲乙，丙丁”)
_DOTTED_BRAND = regex(f"[{CJK}]·[{CJK}]{{1,4}}")  # “云·体检”, “智·交友”: one character and a service, a brand
# What ends the words for people of a kind (书画家, 工作者, 退休人): before 联谊会, an association of them.
_PEOPLE_ENDS = "家者人"
# 劳动竞赛委员会, 劳动竞赛活动领导小组: a body named after the event, not the event.
_BODY_AFTER_EVENT = "委员会|组委会|(?:活动)?(?:领导小组|工作专班|办公室)|副?会长|党组|秘书长"  # (某联谊会会长: an association)
_CAMPAIGN_HEAD_WORDS = "提升行动|保障行动|服务行动|圆梦行动|就业行动|春风行动"
# 2030年末, 2024年以来, 2024年5月1日: a point or span of time, not the year an event is of.
_NOT_A_YEARS_EVENT = "(?![末底初内起前后以]|\\d{1,2}月|[一二三四五六七八九十]{1,3}月)"
_PAPERS_ON_EVENTS = "(?:实施|工作|活动)?(?:文件|方案|通知|办法|细则|章程|规程)"  # after an event's head: papers on events of a kind (传达劳动竞赛文件精神)
_EVENT = regex(
    f"((?:首届|第[一二三四五六七八九十百\\d]+届|\\d{{4}}年{_NOT_A_YEARS_EVENT})?[{CJK}·]{{2,16}}?"
    f"(?:{_EVENT_HEAD_WORDS}))(?![{CJK}]{{0,4}}?基地|中心|{_BODY_AFTER_EVENT}|{_PAPERS_ON_EVENTS})"
)
_EVENT_HEADS = regex(_EVENT_HEAD_WORDS)
_CAMPAIGN_HEADS = regex(_CAMPAIGN_HEAD_WORDS)
# Verbs after which a name may itself open with a verb (举办构建和谐劳动关系短视频大赛).
_LAUNCH_VERB = regex("举办|举行|开展|启动|召开|承办|主办|开办")
_IDIOM_LENGTH = 4  # a set phrase of four characters (形式多样, 丰富多彩) that may open an unquoted event's run
_HOLDING_VERB = regex("开办|开设|创办|举办|举行|开展|召开")  # inside a run before an event's head: the name starts after it
# 夏送清凉, “两节”送温暖活动, 开展送岗位行动, 开展送温暖走访活动: bringing something to workers, by
# season or launched.
_HOLIDAYS = ("两节", "双节", "元旦春节", "春节")  # before 送: when the campaign runs, no part of its name
_SEASON_WORDS = "季日"  # after a season's character, before 送 (夏季送清凉): the season written in full
_DESTINATIONS = ("基层", "企业", "工地", "社区", "一线", "农村", "乡村", "车间", "园区", "校园", "家庭")  # where things are brought
_GIFT_CAMPAIGN = regex(f"(?=[“两双新元春夏秋冬送])(?:“(两节|双节|元旦春节|春节)”|(两节|双节|新春|元旦春节|(?<![今去明入隆严寒新])[春夏秋冬]"
                            f"(?:[{_SEASON_WORDS}](?=送))?))?(?<![赠欢护发传递接])送([{CJK}]{{2}})((?:系列)?(?:走访)?(?:慰问|帮扶)?(?:活动|行动|工程))?")
# (赠送群众, 欢送, 护送: 送 ends another verb, no gift campaign; 春运送温暖 is one)
# 开展金秋助学活动, 2024年金秋助学, 暖冬行动: a campaign named by a season of poetry and an act, launched,
# of a year, or with its head.
_GIFT_ITEM = regex(f"[{_SEASONS}]?送[{CJK}]{{2}}")  # an item of a quoted list of gift campaigns (夏送清凉, 送法律)
_SEASON_CAMPAIGN = regex(f"(?:(?:金秋|暖冬|春风)(?:迎[{CJK}]{{2}}|[{CJK}]{{2}})|就业援助[月季])")  # (金秋迎重阳: a festival welcomed;
# and the jobs campaign of the new year)
# A month named after a campaign's topic, launched unquoted (开展安全生产月活动, 启动消防宣传月系列活动).
_CAMPAIGN_MONTH = regex(f"(?:开展|启动|举办|组织|推进|深化|参加)了?(?:[{CJK}]{{1,10}}?的)?([{CJK}]{{2,6}}月)(?=(?:系列|主题|宣传)?活动)")
# (开展一系列形式多样的安全生产月活动: what the activities are like, between the verb and the month)
_TOPIC_TAGS = ("n", "vn", "v", "nz", "an", "a", "j")  # the words of a month's topic: nouns, verbs, adjectives, abbreviations
_COUNTED_TIME = regex("^[本每当上下同该这一二三四五六七八九十两几数]|个")  # (本月, 每月, 三个月: a time, no campaign's topic)
_SEASON_CAMPAIGN_HEAD = regex("活动|行动|工程|项目")
_ACTIVITY = "活动"  # the head a launched gift campaign is read with (夏送清凉慰问 + 活动)
# The rest of a list of campaigns closed by the kind they are (…、金秋助学等帮扶活动).
_LISTED_CAMPAIGNS_CLOSE = regex(f"(?:[、和及与][^，。；、\n]{{2,8}})*等[{CJK}]{{0,4}}?(?:活动|行动)")
_SEASON_CAMPAIGN_BEFORE = ("年", "开展", "启动", "实施")
# A gift or season campaign right after a quote (“情系职工”夏送清凉活动, “X Y”2023年夏季“送清凉”活动,
# “X”金秋助学活动): the quote is its slogan, the campaign the program.
_CAMPAIGN_AFTER_SLOGAN = regex(f"(?:\\d{{4}}年度?)?(?:(?:[{_SEASONS}][{_SEASON_WORDS}]?)?“?送[{CJK}]{{2}}”?(?:活动|行动)"
                                    f"|{_SEASON_CAMPAIGN.pattern}(?:{_SEASON_CAMPAIGN_HEAD.pattern}))")
_SHORTEST_SLOGAN = 4  # (“两节”送温暖: the holidays it runs for, no slogan)
# An office written short and quoted after its place (某市“产改办”): an organisation, no program.
_QUOTED_OFFICE = regex(f"[{CJK}]{{2,3}}办")
_PLACE_LAST_CHARACTERS = "省市县区州旗盟"
_CLAUSE_ADVERBS = "均已都很也还又"  # before a verb inside a would-be name: a clause (某地均已开设托管班)
_CLAUSE_TIMES = ("当时", "此时", "现在", "如今")  # the same for a time (当时得知工会托管班)
_FESTIVAL = "节"
_SPENDING_A_FESTIVAL = ("共度", "欢度", "同度", "共庆", "喜迎")  # before a quoted festival (共度“传统佳节”): no program
# 对口援疆工作, 工会援藏项目: paired assistance to Xinjiang, Tibet or Qinghai, as work, a project or a campaign.
_PAIRED_ASSISTANCE = regex("((?:对口|工会)援[疆藏青])(?=工作|项目|行动)")
# 开展送温暖活动, 本次送温暖活动: launched, or the article's own, referred back to.
# (开展了送温暖活动; 某某开放暨送清凉活动: launched with the event before it)
_LAUNCH_VERB_BEFORE_GIFT = regex(f"(?:(?:{_CAMPAIGN_LAUNCH_VERBS})了?(?:\\d{{4}}年度?)?(?:系列)?|本次|此次|暨|(?:主办|承办|协办|举办)的)$")  # (开展2025年送清凉活动)
_BODY_AFTER_GIFT = regex("公司|有限|集团|局|处")  # 送变电工程公司: a company, no campaign
# who a gift is brought to, before it in its clause: an act described (not 以“X”为主题的送清凉活动: what it is about)
_GIFT_RECEIVER = regex("为(?!主题|抓手|载体|契机|依托)|(?<!面)向|给")
_GIFT_LAUNCH_REACH = 10  # characters before 送 a launch verb may end (开展了2025年度系列送温暖活动)
_COINED_STEM = 6  # characters of the shortest coined name launched with no qualifier
_QUALIFIED_STEM = 4  # and with a year or a place before it
_LONGEST_NAME = 24  # an ordinal prefix and a 16-character stem
_LOOKAHEAD = 6  # what _EVENT looks at after its head (…委员会, …实训基地)
_CAMPAIGN = regex(f"([{CJK}]{{2,10}}?(?:{_CAMPAIGN_HEAD_WORDS}))")
# 实施提升职工生活品质百企行动, 开展劳模助力脱贫攻坚行动: a campaign launched by name, whatever its words.
_WORKS = "工程"  # a campaign's head (书香赋能工程) and works built (某某引水工程)
_CAMPAIGN_END = regex(f"行动|活动月|攻坚战|{_WORKS}")
_NAME_GOES_ON = regex(f"(?![的和及与并中上等相])[{CJK}\\d]")  # after a name's head: a longer name runs on
# (实施两年一度的某某培树行动: how often it runs, no part of the name)
_LAUNCHED_CAMPAIGN = regex(f"(?s:.*)(?=[实开启深推发组结])(?:实施|开展|启动|深化|推进|推行|发起|组织|结合)[了好]?(?:此次|这次|本次)?"
                                f"(?:[一两每][年季月]一[度次]的)?([{CJK}]{{4,14}}(?:专项行动|行动|活动月|攻坚战|工程))$")
_COUNT = regex("[一二三四五六七八九十百千万]")  # 全市10家…, 全省三家…: a count of units after a whole level
_LONGEST_PLAIN_CAMPAIGN = 4  # a launched campaign's words this short that are plain words (防汛救灾) name no campaign
# The workers' medical mutual-aid scheme, before the word for its year's round (…活动, …计划).
# (its workers left out after a round or in a list of a union's services: 第九期医疗互助活动, 做优职工医疗互助、…等项目)
# What a mutual-aid scheme covers, written before its name (重大疾病互助保障, 意外伤害互助保障, 住院医疗互助).
_COVERAGE = "(?:住院|大病|重病|重大疾病|特殊疾病|特种重病|意外伤害|意外)"
# What a scheme named by its coverage alone follows: a mark, a verb, a joining word, a year or a round
# (not 某某劳动者专项意外互助保障: the scheme of a group, named whole by `_launched`).
_AFTER_VERB_OR_MARK = "|".join(f"(?<={before})" for before in (f"[^{CJK}]", "开展", "参加", "参与", "赠送", "实施", "推出", "启动",
                                                                 "办理", "购买", "推进", "组织", "[的和及与期年]"))
_MUTUAL_AID = regex(f"(?:(?:在职|退休|女)?(?:职工|员工){_COVERAGE}?(?:医疗互助(?:保障|保险)?|互助(?:保障|保险|互济(?:保障)?))"
                    f"|(?:{_AFTER_VERB_OR_MARK}){_COVERAGE}(?:医疗)?互助(?:保障|保险)|(?:(?<=期)|(?<=会员)|(?<=开展)|(?<=参加))医疗互助(?:保障)?)"
                    "(?=活动|计划|项目|工作|、|等[^，,。；;]{0,4}?项目)")  # (工会会员医疗互助活动: the members';
# 女职工互助保障计划, 退休职工住院医疗互助保障: the scheme of women or retired workers; 员工医疗互助活动: of employees;
# 开展医疗互助活动: the workers'; 职工互助互济活动, 女职工大病互助保险: the same schemes by other words)
_CENTRE_OF_SCHEME = regex("(?:活动|工作)?(?:指导|服务|管理)?中心")
_WORKERS_OF_SCHEME = "职工"
_EMPLOYEES_OF_SCHEME = "员工"
_LEADING_YEAR = regex("\\d{4}年度?")  # a program's year, opening its name (2024年某市…竞赛)
_ROUND_BEFORE = regex("(?:\\d{4}年度?|第[\\d一二三四五六七八九十]+期)$")  # the year or round of a scheme
_LONGEST_ROUND = 6
# 以县级工会加强年为契机, 开展能力作风建设年活动: a year of work named by what it strengthens, launched or
# taken as the occasion, unquoted.
_YEAR_OF_WORK = regex("(?:加强|建设|提升|攻坚|规范|巩固|作风)年")  # the head, rare: where to look from
_THEMED_YEAR = regex(f"(?:{_CAMPAIGN_LAUNCH_VERBS}|以)([{CJK}]{{2,10}}(?:{_YEAR_OF_WORK.pattern}))"
                          "(?=为|专项|活动|工作|行动|[，。、；]|的)")
# The last news dateline inside a line up to a position (中国网武汉3月4日讯, 中新网昆明11月22日电 (记者某某)),
# which no event's name runs over.
_LAST_NEWS_DATELINE = regex("(?s:.*)(?:[\\d０-９]{1,2}月[\\d０-９]{1,2}日(?:讯|电)|讯(?=[ \u3000]))"
                                 "[ \u3000]*(?:[（(][^（）()\\n]{1,12}[)）])?[ \u3000]*")  # (某地讯 …: a dateline without its date)
# 某省总工会关爱留岗职工专项活动启动: a union's special campaign whose launch the sentence reports (after
# the union's verb: 某总工会举行某某行动启动仪式).
_VERB_AFTER_UNION = regex(f"{_CAMPAIGN_LAUNCH_VERBS}|举行")
_STARTED_CAMPAIGN = regex(f"([{CJK}]{{4,16}}?(?:专项活动|专项行动|行动))(?=(?:正式)?(?:启动|拉开帷幕|开幕|启幕))")
_EVENT_NOUN_WORDS = f"{_EVENT_NOUNS}|大赛(?!道)|竞赛|运动会|论坛|培训班|研修班|轮训班|集体婚礼|联谊会|招聘会|成果展(?![现开区演])|成果交流活动|艺术节|文化节|嘉年华|事迹报告会|宣讲会|大合唱|春晚"
_EVENT_NOUN_AT_END = regex(f"(?:{_EVENT_NOUN_WORDS})$")
_EVENT_NOUN = regex(scannable(_EVENT_NOUN_WORDS) + "(?:(?<=展)览)?"  # (某某作品展览: the 展 of 作品展 runs on)
                         f"(?!主题|公园|[{CJK}]{{0,4}}?基地|中心|场馆|馆|{_BODY_AFTER_EVENT})")  # (技能竞赛实训基地: a facility)
# Areas of several divisions an event of theirs is named after (海峡职工茶艺论坛, 粤港澳职工文化节), as by a place.
_AREA_OF_DIVISIONS = regex("(?:海峡)?两岸|海峡|闽台|粤港澳(?:大湾区)?|大湾区|京津冀|长三角|川渝|成渝")
# An event's head joined to another event by 和 (…技能大赛和2023年…劳动竞赛): the two are two events.
_JOINED_EVENT = regex(f"(?:{_EVENT_NOUN_WORDS})[和及与](?=\\d{{4}}年|第|首届|全[国省市区县]|职工|{_AREA_OF_DIVISIONS.pattern})")
# Words that refer back to an event already named (此次大赛, 本届运动会): no name of one.
_BACK_REFERENCE = regex("此次|本次|这次|该次|该(?=赛事|活动|比赛|大赛|竞赛|项目)|此届|本届|这届|上届|上述|历届|往届|每届|各届|这场|此场|本场|上一?年度")
_LEAD_WORDS = "举办|举行|开展|组织|启动|实施|推进|推出|打造|深化|开启|利用|借助|依托|抓住|参加|参与|出席|宣布|观摩|观看|召开|承办|主办|联合|共同|成立|加大|包含|包括|主持|回顾|总结|形成|了|的|在|是|为|向|对|并|以|到|、|暨"
_EVENT_LEAD = regex(".*" + first_characters(_LEAD_WORDS) + f"({_LEAD_WORDS})")
# The routines of a party branch's life (支部主题党日, “三会一课”, 组织生活会): kinds of meeting, no program.
_PARTY_ROUTINE = regex("(?:联合)?(?:支部)?主题党日|三会一课|(?:民主|组织)生活会|党课|党风廉政建设|全面从严治党")  # (the party's own work)
_GENERIC_STEM = regex("^(今年|去年|明年|这|该|此|本|各|全|每|部分|相关|有关|一系列|[又另]?一[场次则个项届]|多项|系列|专项|各类|各项|一批|技能|职业技能|劳动|大型|小型|[项个场次届名位]|常态化|仪式|主题|多层次|多种|各种)"
                           "|.*(?:多|几|[一二三四五六七八九十两\\d]+)[个项场次类种]$")  # (线上线下多个活动: a count of them)
_CLAUSE_GOES_ON = regex("[将把被让使已正]")  # after a place or year: a clause's adverb or preposition, no name
# What makes a verb a trade or its people (快递行业, 外卖骑手, 快递员): a name goes on, no clause.
_TRADE_OF_VERB = regex("行业|业|员|小哥|骑手|司机|企业|平台")
_MANY_KINDS = regex("各[类级种项]|[一二三]类")  # 各类技能大赛: events of many kinds; 国家二类技能大赛: a class of them
_LIST_CLOSED = regex("等(?:系列|多项|[\\d一二三四五六七八九十]+[项个场类])")  # 甲大赛、乙大赛等系列赛事
_UNITS_COUNTED = regex("[\\d一二三四五六七八九十百]+[家所]")  # 某市24家创新工作室联盟: units counted, none named
_AND = "和"  # between two kinds of event named as one (岗位练兵和劳动竞赛)
_MAKES_A_QUALITY = "性式型化"  # after a verb, these make it a quality (引领性劳动竞赛), no verb
_ERAS = ("新时代", "新时期", "新形势下")
_SLOGAN = regex("[，,！!？?；;]")
_MEASURE_OF_CAMPAIGN = regex("的(?:重要|具体|有力|实际)?(?:举措|行动)")  # 是“X”的重要举措: X, a campaign served
_JOINING_INSIDE = regex("[在对向为给与和及]")  # a preposition or conjunction inside words unquoted: a description
_MOST_PARTS_OF_A_NAME = 5  # a formula of more parts joined by + lists the parties to a piece of work
_SHORTEST_CLAUSE = 3  # the clauses of a slogan in a list hold a verb and its object (比进度)
_LONGEST_SHORT_CLAUSE = 4
_SPEECH = regex("[。！？!?]")
_HEAD_AT_END = regex(f"({_EVENT_HEAD_WORDS}|行动)$")
# Verbs of carrying a reform out, before its name or its short form.
_REFORM_VERBS = ("推进", "深化", "推动", "实施", "落实", "抓好", "助力", "促进", "围绕")
_REFORM = regex(f"(?:{'|'.join(_REFORM_VERBS)}|开展)([{CJK}]{{4,14}}?改革)$")
# 就产业工人队伍建设改革…, …改革成效: a reform named by a long name needs no verb before it.
# What a reform's name does not hold: a clause's preposition or copula before it (某工会在…改革方面).
_CLAUSE_INSIDE_REFORM = regex(".*(?:[在是为把将对]|纳入|涉及)")
# The reform of the industrial workforce by its short form, after a verb of carrying it out or a break, and
# not opening a longer word (产改造; 产改办: the office).
_WORKFORCE_REFORM_WRITTEN = ("产业工人队伍改革", "产业工人队伍建设改革")  # (a 建设 left out: the same reform)
_REFORM_WRITTEN_SHORT = regex("产改(?![造进良变善制办])")
_BEFORE_REFORM_WRITTEN_SHORT = (*_REFORM_VERBS, "聚焦", "全面", "做实", "深入", "打造", *"，。；、“：\n和与及")
# The scope a reform is run in, written before its name (县域, 非公有制企业, 全省).
_REFORM_SCOPE = regex("(?:县域|市域|省域|区域|全[省市县区州]|(?:非公有制|非公|国有|民营)?企业|[省市县区]{2,4}(?=产业)|今年|当前|目前|今后)(?=..)")
_REFORM_IN_A_PHRASE = regex("发展|红利|开放")  # (共享改革发展成果, 围绕改革发展: reform in general)
_AGENCY_AFTER_REFORM = "委局办司处"  # after …改革, an agency of reform (发展改革委, 改革办)
_NAMED_REFORM = regex(f"(?:^|[，。；：、“”\\s,;:就对把将在与和及])([{CJK}]{{8,14}}?改革)$")
# Where an unquoted name may start after a year, an edition or a place: qualifiers of a named event.
# (Its first character is one class, so that the scan jumps between them: see `scannable`.)
_WHOLE_SYSTEM = regex(f"全[国省市区县州][{CJK}]{{2,6}}?(?:系统|行业)")  # 全省交通系统, 全市建筑行业
_OWNER_BEFORE_EVENT = regex(f"[{CJK}]{{2,10}}?(?:大学|学院|公司|集团|医院|学校|机关|系统)")  # (市直机关第九届…)
_YEAR_OR_EDITION = regex(f"[\\d首第](?:(?<=\\d)\\d{{3}}年{_NOT_A_YEARS_EVENT}|(?<=首)届|(?<=第)[一二三四五六七八九十百\\d]+届)")
_WORKERS = "职工"
_KIND_OF_SHOW = 2  # the words of an event after 暨, 职工 aside, this short (文艺演出) name a kind, not one event
_THEME_DASH = "——"  # between a theme and the event it heads (技能强企——2023年某市电工技能大赛)
# A quoted title and a dash before an event (“甲乙 丙丁”——2023年某市…联谊会): the name of the event.
_LONGEST_TITLE = 30
_TITLE_BEFORE_DASH = regex(f"“([^“”\n]{{2,{_LONGEST_TITLE}}})”{_THEME_DASH}$")
_LONGEST_TITLE_BEFORE_DASH = _LONGEST_TITLE + 2 + len(_THEME_DASH)  # with its quotes and the dash
# After a quote, a dash and what the activity it titles is (“春风有约·情定某地”——2024年某县青年职工交友联谊活动).
_DESCRIBED_AFTER_DASH = regex(f"{_THEME_DASH}[^，。；！？“”\n]{{2,30}}?(?:活动|{_EVENT_NOUN_WORDS})")
_LAST_CLAUSE_MARK = regex(f"(?s:.*)(?:[，。；：！？、“”《》（）()【】\\n,;:!?暨]|{_THEME_DASH})")  # (【某地】: a headline's tag)
# A festival, week, month or activity after its edition (第四届某某节, 首届某某交流展示活动), which no holiday
# has; not 节日, 节点, 节约, a jubilee (五周年), a month's name (十月) or a place (活动中心).
_EDITION_EVENT = regex(f"(?:首届|第[一二三四五六七八九十百\\d]+届)[{CJK}]{{2,14}}?"
                            f"(?:节(?![日假前后气点约能目奏])|活动周|活动月|周(?!年|边|末|期)|(?<![一二三四五六七八九十正腊])月(?![份底初末度])"
                            f"|活动(?!中心|室|阵地|场|基地|站))")
_LONGEST_EVENT = 26
_OPENING_OF = {"”": "“", "）": "（", ")": "("}  # the closing marks a name may hold, and what opens each
_NAME_NOTE = regex(f"[{CJK}、]{{1,6}}")  # in brackets inside a name: (街道), (市、区)
_LONGEST_KIND_OF_EVENT = 5  # 举办的职工篮球比赛 is a kind of event; a longer name after 举办的 names one
_LONGEST_KIND_OF_WHOLE_LEVEL_EVENT = 7  # 全区职工职业技能比赛 is a kind; 全省交通运输行业工会干部培训班 names one
# Words a name does not open with: particles and complements left by the verb (开展好…, 开展了…),
# and levels that make it a kind of event (市级示范性劳动竞赛).
_YEAR = regex("\\d{4}年")
_SHORTEST_LAST_WORDS = 4  # a program written again by its last words in quotes: this many at least (“百日行动”)
_PARTS_JOINED = " \u3000·•—-"  # between the parts of a name of two (“某某 某某”, “某某·某某”)
_LONGEST_CUP_EVENT_HEAD = 8  # what a cup's event is after the cup (技能大赛, 职工篮球比赛)
# A cup held, unquoted, before its contest (举办金城杯职工篮球赛, 承办第三届某某杯大赛).
_FREQUENT_CUP = 50  # a cup this frequent in the dictionary is a word (世界杯), no union's contest
_UNQUOTED_CUP = regex(f"(?<=举办|举行|开展|承办|主办|启动|参加|参与)((?:首届|第[一二三四五六七八九十\\d]{{1,3}}届)?)([{CJK}]{{2,4}}杯)"
                           f"[{CJK}]{{0,{_LONGEST_CUP_EVENT_HEAD}}}?(?:赛|运动会)")
_WON = regex("荣获|获得|获")  # inside a contest's name found backwards: the name starts after it
_INNER_BREAKS = "就对把将在是"  # prepositions and the copula, which end a clause's words before a reform's name
_OBJECT_VERB = regex("进行|开展|推进|推动|实施|落实|深化|加强|做好|抓好|培育|参观|宣传|学习|调研|举行|破解|助推")
# 开展为环卫工人送温暖活动: a description; 开展了三届某某评选活动: a count of editions (no 第), not the name
_LEFT_OVER = regex("^(?:了|好|着|过|的|地|得|为|向|对(?!口)|给|[一二三四五六七八九十两]+届|(?:[多数几一二三四五六七八九十两]+|若干)[场次项期批轮]"
                   "|连续[一二三四五六七八九十两数几多]+个?[年月周天日])+")  # (对口帮扶: a word; 多场某某活动, 连续两个月某某活动:
# how many times or how long, no part of the name)
_LEVEL_KIND = regex("^[省市县区州]级.{0,8}$")  # short: 县级工会干部能力素质提升研讨班 is a name
_LISTED = regex(
    f"(?:开展|举办|组织|启动|举行|实施|推进)((?:[{CJK}]{{2,6}}?(?:竞赛|活动|工程)[、和及与])+[{CJK}]{{2,6}}?(?:竞赛|活动|工程)"
    f"|(?:[{CJK}]{{2,10}}?(?:行动|工程)、)+[{CJK}]{{2,10}}?(?:行动|工程)(?=等(?:“|[一二三四五六七八九十\\d]+[大项个])))"
)
# 开展全省工会最美户外劳动者站点推树活动: a long unquoted name between the verb and 活动.
_LAUNCHED = regex(f"(?:开展|举办|启动|组织开展|推出)[了的]?(?:以“[^“”\n]{{2,30}}”为主题的)?(\\d{{4}}年|第[\\d一二三四五六七八九十]+期)?([{CJK}·]{{4,18}}?)"
                       "(主题活动|系列活动|活动|专项行动|行动)"
                       "(?!中心|室|场|阵地|基地|周|月|日)")
# 2023年某某疗休养活动启动仪式在某地举行: an activity of a year opening a sentence whose verb holds it
# (the groups as in _LAUNCHED).
_YEAR_LED = regex(f"((?:[{CJK}]{{2,9}}?(?:省|自治区|市|州|县|区|盟|旗))?\\d{{4}}年)"
                       f"([{CJK}·]{{4,18}}?)(主题活动|系列活动|活动)"
                       "(?=(?:启动仪式|启动会|开幕式|仪式)?(?:暨[^，。；\n]{2,30}?)?(?:在[^，。；\n]{2,30}?)?"
                       "(?:隆重|正式|顺利|热烈|盛大)?(?:举行|举办|启动|开幕|开展|拉开帷幕))")
_CLAUSE_OPENING = "，。；！？,;!?"  # what a clause opens after (and a space or a line's start)
# 某市总工会2024年送健康进企业活动: a union's activity of a year, named right after the union.
_YEARLY_ACTIVITY = regex(f"\\d{{4}}年([{CJK}·]{{3,14}}?)(?:主题活动|系列活动|活动)(?!中心|室|场|阵地|基地)")
# 建立农民工网格员制度, 建立了多维评绩工作机制: a coined name set up as a standing rule or way of working.
# 创新性地采用…模式: the verb before was half a word, and its stem opens with the word's end.
_WORD_ENDS = "性地的得化了着过"  # characters that close a word or clause, opening no name
_SHORT_COINED = 4  # the longest quoted name of common words that names a way of working (“三级对话机制”)
_INSTITUTED_HEADS = "(?:工作机制|工作制度|工作模式|制度|机制|模式)"
# (quoted with its head inside, a name of two characters or more: 探索“工助模式”, 打造“三联模式”)
_INSTITUTED = regex(f"(?:建立|探索|推行|实行|创新|首创|打造|形成|构建)(?:[和与及]?(?:健全|完善))?[了出起]?"
                         f"(?:“([{CJK}\\d]{{2,10}}?){_INSTITUTED_HEADS}”|([{CJK}\\d]{{4,10}}?){_INSTITUTED_HEADS})")
_JOINED = regex("[的和与及]")  # a phrase, not a name
_DESCRIBED = regex("期间|对(?![口接])")  # when and to whom a deed is done: a description of it, not its name
_LEADING_COUNT = regex("[一二三四五六七八九十百千万两几余多\\d]+[项个场届次类期](?=[^，,。；;]{4})")
# Predicates and their adverbs, which no event's name holds (到某区指导职工集市, 进一步扩大…劳动竞赛,
# 某局荣获团体竞赛, 能顺利完成大赛, 积极投身劳动竞赛, 在工地掀起劳动竞赛热潮, 把…, 某中学代表队获…比赛第三名):
# the words before an event's head say what is done, or who wins.
_PREDICATE_INSIDE = regex("指导(?!员|中心|站)|调研(?!员)|荣获|获得|夺得|勇夺|代表队|参赛队|完成|扩大|发挥|致力|不断|进一步|顺利"
                               "|积极|主动|踊跃|投身|掀起|纷纷|表示|尽情|享受|着|^[把将被]|(?<=[区市县镇们])[把将被]|既要|代表和"
                               f"|(?:主席|书记|部长|局长|主任|经理)(?=[{SURNAMES}][\u4e00-\u9fff])")
# (副主席某某寄语培训班, 某公司行政经理某某作竞赛经验介绍: a person; 既要保留…运动会的: a clause; 参赛代表和…竞赛代表: people)
_LARGE_NUMBERS = "万千百"  # after digits, the count a name may open with (10万职工…竞赛)
# 要重视…, 将举办…, 我觉得…: a clause, not a name (a person speaking opens it; 我市 is a place).
_MODAL_START = regex("[要应需将能可都也还就并则再又且](?![会议业])|[我你他她](?![市县区省州镇乡村])")
# 全省工会…, 全市…: the scope an unquoted name is run in, not part of the name.
_SCOPE = regex("^(全[国省市区县州旗]|各级)?(工会系统|工会)?")
_LIST_ITEM = regex(f"([{CJK}]{{2,10}}?)(竞赛|活动|工程|行动)")
_HEADS_KEPT_IN_LISTS = ("工程", "行动")  # a listed project or campaign keeps its head (百千万工程, 春风行动)
# Parts of speech an unquoted name does not start with.
_NOT_A_NAME_TAGS = ("v", "p", "c", "d", "ad", "r")
_ACT_TAGS = (*_NOT_A_NAME_TAGS, "vn", "a")  # and a verbal noun or an adjective
_LEADING_FUNCTION_CHARACTERS = "要在把将对从向为与和及就"
# Names looked for again where written without quotes: Chinese characters only; what they may not
# overlap; and what must follow them (a quote, a clause's end, 和 or a program head; not 集团 in 某某建工集团).
_PLAIN_NAME = regex(f"[{CJK}]+")
_NAMED_LABELS = ("PROGRAM", "UNION", "ORG")
_AFTER_NAMED_AGAIN = regex(f"[“”，。；、！？,;!?\n和与及]|{_HEAD_START}(?:{_HEADS})")


class _Spans:
    """The disjoint spans of the text that patterns have taken, by start: a later pattern reads
    none of them again."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps no span taken (the last one starting before `end`)."""
        before = bisect.bisect_left(self.starts, end)
        return before == 0 or self.ends[before - 1] <= start

    def add(self, start: int, end: int) -> None:
        position = bisect.bisect_left(self.starts, start)
        self.starts.insert(position, start)
        self.ends.insert(position, end)


# What follows an activity named in title marks: a few words of its form, then its head (《某某》线上展示活动).
_LAW = "法"  # what a law's title ends with, before its closing mark
_LAW_WEEK = regex("宣传(?:周|月)")  # a campaign of publicity for a law, after its title
_TITLED_ACTIVITY = regex(f"[{CJK}]{{0,6}}?(?:活动|行动|大赛|竞赛)")
# What an event named in title marks is held by, right after them (《某某讲堂》正式开讲, 《某某》晚会举行).
_HELD_TITLE = regex("(?:正式|顺利|隆重|圆满)?(?:开讲|开课|开班|开幕|开赛|启动|举行|举办|落幕|闭幕)")
# What the title of a document or a book opens or ends with (《关于…的通知》, 《某某实施方案》, 《某某论述摘编》).
_DOCUMENT_NAME = regex("《关于|(?:通知|意见|办法|方案|条例|法|法典|章程|规定|决定|纲要|报告|规划|细则|准则|指引|公告|倡议书?|标准|摘编|选编|"
                            "汇编|读本|文选|文集)》")
# A law or a charter quoted (开展“民法典”宣讲活动, “宪法”进企业): a document, no program.
_LAW_QUOTED = ("法典", "章程", "条例", "宪法")


# A union's app of member benefits, named after its province or place and 工惠 (粤工惠, 齐鲁工惠, 某州工惠).
_UNION_APP = "工惠"
_PROVINCE_LITERARY_NAMES = ("齐鲁",)  # a province's literary name an app is named after (Shandong's)


class ProgramRecognizer:
    """Finds programs; runs after kg_regions and kg_unions, whose mentions bound unquoted names.
    The patterns, in order (a span one of them takes is not read again): quoted names, reforms,
    quoted objects of launch verbs, launched campaigns, qualified events, launched activities,
    instituted ways of working, listed contests, headed events and campaigns; last, the names these
    found, written again without their quotes."""

    def __call__(self, doc: Doc) -> Doc:
        text = _inner_quotes_read_as_quotes(text_of(doc))
        taken = _Spans()
        for title in DOCUMENT_TITLE.finditer(text):  # 《关于开展某某行动的通知》: a document, and nothing in it a program
            if text[title.end() - 2] == "杯" and title.end() - title.start() > 3:  # 《某某杯》运动会: a cup, named so
                add_mention(doc, title.start(), title.end(), "PROGRAM", named("program", text[title.start() + 1: title.end() - 1]),
                            "programs.titled_cup")
            elif (week := _LAW_WEEK.match(text, title.end())) and text[title.end() - 2] == _LAW:
                # 《职业病防治法》宣传周: the week of publicity for a law, named by the law and the week
                add_mention(doc, title.start(), week.end(), "PROGRAM",
                            named("program", text[title.start() + 1: title.end() - 1] + week.group(0)), "programs.law_week")
            elif (head := _TITLED_ACTIVITY.match(text, title.end())) and not _DOCUMENT_NAME.search(text, title.start(), title.end()):
                # 开展《某某打卡》线上展示活动: an activity named in title marks, not a document
                add_mention(doc, title.start(), head.end(), "PROGRAM", named("program", text[title.start() + 1: title.end() - 1]),
                            "programs.titled_activity")
            elif (_HELD_TITLE.match(text, title.end()) or HELD_BY_OWNER.search(text, max(0, title.start() - 5), title.start())) \
                    and _EVENT_NOUN_AT_END.search(text, title.start() + 1, title.end() - 1):
                # 《某区职工心理健康公益讲堂》正式开讲, 某某承办的《某区职工心理健康公益巡讲》: an event named in title marks, held
                add_mention(doc, title.start(), title.end(), "PROGRAM", named("program", text[title.start() + 1: title.end() - 1]),
                            "programs.titled_event")
            taken.add(*title.span())
        self._pun_names(doc, text, taken)
        self._glued_quotes(doc, text, taken)
        self._quoted(doc, text, taken)
        self._union_brands_listed(doc, text, taken)
        self._reforms(doc, text, taken)
        self._reform_written_short(doc, text, taken)
        self._launched_quotes(doc, text, taken)
        self._launched_campaigns(doc, text, taken)
        self._themed_years(doc, text, taken)
        self._mutual_aid(doc, text, taken)
        self._started_campaigns(doc, text, taken)
        self._qualified_events(doc, text, taken)
        self._edition_events(doc, text, taken)
        self._launched(doc, text, taken)
        self._yearly_activities(doc, text, taken)
        self._gift_campaigns(doc, text, taken)
        self._season_campaigns(doc, text, taken)
        self._campaign_months(doc, text, taken)
        self._paired_assistance(doc, text, taken)
        self._instituted(doc, text, taken)
        self._listed(doc, text, taken)
        self._union_apps(doc, text, taken)
        self._listed_measures(doc, text, taken)
        self._headed_events(doc, text, taken)
        self._unquoted_cups(doc, text, taken)
        self._named_again(doc, text, taken)
        self._named_without_place(doc, text)
        self._cups_named_in_full(doc, text)
        self._gifts_named_with_their_season(doc)
        self._quoted_by_last_words(doc, text)
        repoint_to_fuller(doc, "PROGRAM", _head_quoted_too, longest=False)  # “求学圆梦行动” … “求学圆梦”行动: one program
        named_by_given_short_name(doc, "PROGRAM", "programs.abbreviation")  # “甲、乙、丙”（简称“X”）
        return doc

    @staticmethod
    def _quoted_by_last_words(doc: Doc, text: str) -> None:
        """“扩面建会百日行动” … “百日行动”: a quoted name written again later, in quotes, by its last
        words is that program (where one program named before ends in them; not the last part of a name
        of two: “夏日送清凉 某某行动”)."""
        registry = entities_of(doc)
        programs = mentions(doc, "PROGRAM")
        names = {span.kb_id_: registry[span.kb_id_].name for span in programs}
        first_start: dict[str, int] = {}
        for span in programs:
            first_start.setdefault(span.kb_id_, span.start)
        for span in programs:
            short = names[span.kb_id_]
            if text[span.start] != "“" or len(short) < _SHORTEST_LAST_WORDS:
                continue
            fuller = {entity_id for entity_id, name in names.items()
                      if first_start[entity_id] < span.start and name.endswith(short) and len(name) > len(short)
                      and name[-len(short) - 1] not in _PARTS_JOINED}
            if len(fuller) == 1 and (entity_id := fuller.pop()) in registry:
                repoint_mention(doc, span, entity_id)

    @staticmethod
    def _gifts_named_with_their_season(doc: Doc) -> None:
        """“送清凉”活动 … 夏送清凉活动: a campaign of bringing something, written with and without its
        season, is one campaign, named with its season (where one season alone is written)."""
        registry = entities_of(doc)
        programs = mentions(doc, "PROGRAM")
        seasonal: dict[str, set[str]] = {}
        for span in programs:
            name = registry[span.kb_id_].name
            if len(name) > 2 and name[0] in _SEASONS and name[1] == "送":
                seasonal.setdefault(name[1:], set()).add(span.kb_id_)
        for span in programs if seasonal else ():
            season = seasonal.get(registry[span.kb_id_].name, set())
            if len(season) == 1:
                repoint_mention(doc, span, next(iter(season)))

    @staticmethod
    def _cups_named_in_full(doc: Doc, text: str) -> None:
        """第三届海河工匠杯技能大赛 … “海河工匠杯”技能大赛: an event named in full by its year, edition,
        cup and head is the cup the article names by itself."""
        programs = mentions(doc, "PROGRAM")
        registry = entities_of(doc)
        cups = {name: span.kb_id_ for span in programs
                if text[span.start] == "“" and (name := registry[span.kb_id_].name).endswith("杯")}
        for program in programs if cups else ():
            rest = text[program.start: program.end]
            while (opening := _YEAR_OR_EDITION.match(rest)) is not None:
                rest = rest[opening.end():]
            cup = rest[: rest.find("杯") + 1]
            if cup in cups and cups[cup] != program.kb_id_ and len(rest) - len(cup) <= _LONGEST_CUP_EVENT_HEAD:
                repoint_mention(doc, program, cups[cup])

    @staticmethod
    def _named_without_place(doc: Doc, text: str) -> None:
        """秦皇岛市2022年劳动和技能竞赛 … 全市2022年劳动和技能竞赛, 2022年某市医药行业技能大赛 … 2022年医药行业
        技能大赛: a program named after its place, written again without it (or with the whole level instead, or
        without its year), is that program (where one program alone is named so, a whole level written for the
        place is the place's, and a year written with both is one); so is one named by its quoted brand and
        what it is (“某某”教师读书分享周活动), written again by what it is alone."""
        programs = mentions(doc, "PROGRAM")
        places = {span.start: span for span in mentions(doc, "REGION")}
        by_rest: dict[str, dict[str, tuple[str, str]]] = {}  # the name without year and place: its programs' years and places
        for program in programs:
            year, start = _year_opening(text, program.start, program.end)
            place = places.get(start)
            rest_start = place.end if place is not None else None
            if rest_start is None and text.startswith("“", program.start):
                start, rest_start = program.start, text.find("”", program.start, program.end) + 1 or None
            if rest_start is not None and not year:
                year, rest_start = _year_opening(text, rest_start, program.end)  # (某市2022年…: the year after the place)
            if rest_start is not None and program.end - rest_start >= 4:
                by_rest.setdefault(text[rest_start: program.end], {})[program.kb_id_] = (year, text[start: rest_start])
        for program in programs if by_rest else ():
            year, start = _year_opening(text, program.start, program.end)
            whole_level = text[start: start + 2] if text.startswith(WHOLE_SCOPES, start) else text[program.start - 2: program.start]
            if text.startswith(WHOLE_SCOPES, start) and not year:
                year, start = _year_opening(text, start + 2, program.end)  # (全市2022年…)
            elif text.startswith(WHOLE_SCOPES, start):
                start += 2
            named = by_rest.get(text[start: program.end], {})
            if len(named) != 1 or program.kb_id_ in named or program.start in places:
                continue
            named_year, named_place = next(iter(named.values()))
            if whole_level in WHOLE_SCOPES and not named_place.endswith(whole_level[1]) or year and named_year and year != named_year:
                continue  # (not 全省… for 某市…: the province's own; nor 2023年… for 2024年某市…: another year's)
            repoint_mention(doc, program, next(iter(named)))

    def _listed_measures(self, doc: Doc, text: str, taken: _Spans) -> None:
        """推出“友好医院”、小哥学堂、技能培训“大篷车”等具体举措: the items of a list of measures are
        programs, by their quoted names or by names that read as one."""
        for closing in _MEASURES_CLOSING.finditer(text):
            clause = _LAST_PUNCTUATION.match(text, max(0, closing.start() - 80), closing.start())
            position = clause.end() if clause else max(0, closing.start() - 80)
            listed = text[position: closing.start()]
            opening = listed.rfind("“")
            if listed.endswith("”") and "、" in listed[opening:]:
                continue  # 通过“开展宣传宣讲、深入走访调研、专项温暖行动…”等举措: one quoted slogan of measures
            first_quote = position + listed.find("“") if "“" in listed else position
            if _GAMES_BEFORE.search(text, max(0, first_quote - _GAMES_REACH), first_quote):
                continue  # 趣味比赛项目是“甲”、“乙”等项目: the games of an event, no measures
            for item in re.finditer("[^、]+", listed):
                start, end = position + item.start(), position + item.end()
                quotes = list(_QUOTED_ITEM.finditer(text, start, end))
                names = [(m.start(), m.start() + len(m.group(1)) + 2, m.group(1)) for m in quotes  # whatever the words
                         if not (_SLOGAN.search(m.group(1)) or _SPEECH.search(m.group(1)) or _DATE.match(m.group(1)))]
                if not quotes and 3 <= end - start <= 10 and self._reads_as_program(item.group(0)) \
                        and not holds_verb(item.group(0)):
                    names = [(start, end, item.group(0))]
                for name_start, name_end, name in names:
                    if taken.free(name_start, name_end):
                        add_mention(doc, name_start, name_end, "PROGRAM", named("program", name), "programs.listed_measure")
                        taken.add(name_start, name_end)

    @staticmethod
    def _unquoted_cups(doc: Doc, text: str, taken: _Spans) -> None:
        """举办金城杯职工篮球赛, 承办第三届某某杯钳工大赛, 参与安康杯竞赛: a cup held or joined, written without
        quotes before its contest, is the program, named by the cup (not 世界杯: a word)."""
        for match in _UNQUOTED_CUP.finditer(text):
            cup = match.group(2)
            if common_words().get(cup, (0, ""))[0] >= _FREQUENT_CUP or not taken.free(match.start(2), match.end()):
                continue  # (世界杯, 冠军杯: words; 安康杯, rare in the dictionary, is the unions' contest)
            add_mention(doc, match.start(2), match.end(), "PROGRAM", named("program", cup), "programs.unquoted_cup")
            taken.add(match.start(2), match.end())

    def _named_again(self, doc: Doc, text: str, taken: _Spans) -> None:
        """举行2021年春晖助学“三个一”活动 … 本次“春晖助学”活动: a program's name of four or more
        characters, found by a pattern, is a mention of it wherever else the article writes it
        before a quote, a clause's end, 和 or a program head."""
        known = {entity.id.removeprefix("program:"): entity for entity in entities_of(doc).values()
                 if entity.type == "Program"}
        for name in sorted((key for key in known if len(key) >= 4 and _PLAIN_NAME.fullmatch(key)), key=len, reverse=True):
            start = text.find(name)
            while start >= 0:
                end = start + len(name)
                if taken.free(start, end) and _AFTER_NAMED_AGAIN.match(text, end) \
                        and (text[start - 1: start] == "年" or text[start - 1: start + 1] not in common_words()) \
                        and not covered(doc, start, end, _NAMED_LABELS):  # (今冬送岗位: 今冬 is a word; 年金 after a year is not)
                    add_mention(doc, start, end, "PROGRAM", known[name], "programs.named_again")
                    taken.add(start, end)
                start = text.find(name, end)

    def _quoted(self, doc: Doc, text: str, taken: _Spans) -> None:
        """“体育+公益”模式, “安康杯”竞赛, “百千万工程”, “技能提升年、服务质量提升年”活动: a quoted name
        with a program head after it, or one that reads as a program by itself."""
        union_spans = {(union.start, union.end) for union in mentions(doc, "UNION")}
        place_starts = {place.start for place in mentions(doc, "REGION")}
        for match in _QUOTED.finditer(text):
            quoted, middle, head = match.group(1), match.group(2) or match.group(4) or "", match.group(3) or match.group(5)
            after_quote = match.start(1) + len(quoted) + 1  # where the text goes on after the closing quote
            if head and (EDITION.search(middle) or (_YEAR.match(middle) or after_quote in place_starts) and _EVENT_NOUN.search(head)) \
                    and not quoted.endswith("杯"):
                taken.add(match.start(), after_quote)
                continue  # “某某”第二届职工运动会, “某某”2023年某省劳动竞赛, “某某”某市职工摄影大赛: the theme of an event named
                # by its edition, year or place, no program itself (programs.qualified_event; “某某杯”第二届职工篮球赛: the
                # cup names it; “某某”2024年某县职工交友活动: the name)
            if head and "的" in middle and "+" not in quoted and not (middle == "的" and head in _MECHANISMS):
                head = None  # “…”的工作思路: a slogan described, not a program named (“…”的机制 is one named)
            elif head and _PREDICATE.search(middle):
                head = None  # “建家、强家”开展系列活动: the head belongs to another phrase
            elif head and len(middle) == 1 and self._head_splits_words(text, *match.span(3 if match.group(3) else 5)):
                head = None  # 对“某率”进行动态考核: the head's characters end a word before it (进行) and open one after it
                # (动态), no head
            elif head and middle and text[after_quote] in " \u3000" and text[match.start() - 1: match.start()] not in (" ", "\u3000"):
                head = None  # “某某” 首届职工摄影展: past a space only the head itself (“某某” 活动) joins the quote (not
                # 以 “某某” 创新模式: a quote spaced on both sides, as some pages write every quote)
            verb = common_words().get(quoted, (0, ""))[1] == "v" and not (head == _CAMPAIGN_WORD and not middle)
            if _DATE.match(quoted.strip()) or verb or is_route(quoted) or head == _HOTLINE and quoted.isdigit():
                continue  # “五一”劳动节, “点亮”…, “广州到黔南”专列, “12345”热线: a date, a verb, a route or a number to call
                # (“保暖”行动: a verb naming the campaign it heads)
            if text.endswith(_THEME_BEFORE, 0, match.start()) or _names_no_program(text, quoted, match.start(), after_quote):
                continue  # 开展主题“爱岗敬业 清凉一夏”送清凉活动, 主题为“X”: a theme, the event its (_names_no_program)
            if len(quoted) <= 2 and self._glued_before(text, match.start()):
                continue  # 送“温暖”活动: the word the quote ends (programs.glued_quote)
            if _selected(text, [match], after_quote):
                continue  # “最美女职工”评选活动: the title chosen, no program
            if _FACILITY_NAME.search(quoted) or _POLICY.search(quoted) or _HONOUR_TITLE.search(quoted) \
                    or _PEOPLE_S_TITLE.search(quoted) and (not head or _TITLE_HOLDERS_WORK.match(text, after_quote)):
                continue  # “女职工关爱室”, “职工之家”App, “爱心妈咪小屋”: a facility, not a program; “三孩政策”: a policy;
                # “工人先锋号”创建活动: a title of honour striven for (a prize may name a contest: “金梭奖”技能竞赛);
                # 向“养路标兵”学习活动, “大国工匠”“某某工匠”等培育选树活动: a title people are given, and the work of
                # choosing or learning from its holders (not “茶乡工匠”系列主题活动, 第三届“某某工匠”论坛: named after it)
            if quoted.endswith(("日", "节")) and _NTH_DAY.search(text, max(0, match.start() - 6), match.start()) \
                    and not _KEPT_BY_UNIONS.search(quoted):
                continue  # 第59个“学雷锋纪念日”: a public day (not 第二个“全国工会服务户外劳动者日”)
            if _STRIVING_FOR.search(text, max(0, match.start() - _HONOUR_REACH), match.start()) and _TITLED_KIND.search(quoted):
                continue  # 创建“全国文明城市”, 创建“民族团结进步示范州”: a title striven for, no program
            if (_AWARD.search(quoted) or _HONOURED_BEFORE.search(text, max(0, match.start() - _HONOUR_REACH), match.start())) \
                    and not (head and _CONTEST_HEAD.search(head)):
                continue  # 荣获“鲁班奖、国家优质工程奖”, 获评全国工会“最具创新型”平台: an award or an honour (not
                # 荣获“安康杯”竞赛优胜单位: the contest is named)
            if _DAY_DRAWING_NEAR.match(text, after_quote) and not _KEPT_BY_UNIONS.search(quoted):
                continue  # 在“国际护士节”来临之际: a public day, the time of the clause
            if (match.start(1), match.start(1) + len(quoted)) in union_spans:
                continue  # “某市总工会”微信小程序: a union's name, that of its channel, no program
            formula = _FORMULA.search(quoted)
            model = _FORMULA_MODEL.match(text, after_quote) if not head and formula else None
            if model is not None:
                head = model.group(1)  # “甲+乙+丙”的某某推进新模式, “甲—乙—丙”的某某发展模式: a model's formula
            run_end = _QUOTED_RUN_END.match(text, after_quote)
            if run_end and text.startswith(_ELLIPSIS, run_end.end()):
                continue  # “今天玩得真开心”“年货很实用”……: remarks quoted one after another, no programs
            if (_IDEA.match(text, after_quote) and not (formula and head)) or run_end and (
                    _PARTS_OF_AN_EVENT.match(text, run_end.end()) or _TOPICS_OF_TALKS.match(text, run_end.end())
                    or not head and _IDEA.match(text, run_end.end())):
                continue  # “互联网+”的概念, “X”工作思路: an idea spoken of; “X”“Y”等活动环节: parts of an event;
                # “X”“Y”等健康讲座: the topics of talks
            if _names_a_plan(text, after_quote) or (run_end and _names_a_plan(text, run_end.end())):
                continue  # “一主两翼”城市发展战略, “两个率先”奋斗目标, 建设“甲”、推进“乙”目标: a plan's name, no program
            run_start = _quote_run_start(text, match.start())
            if _GAMES_BEFORE.search(text, max(0, run_start - _GAMES_REACH), run_start):
                continue  # 竞技项目“齐心协力”“勇往直前”和“滚雪球”: the games of an event, no programs
            if _MANY_BEFORE.search(text, max(0, match.start() - 3), match.start()):
                continue  # 打造更多“金字”品牌, 培育一批“金牌”工匠: a figure for many, not one program's name
            if QUOTED_BRANDS.match(text, match.start()):
                continue  # “某某外卖”“某某快送”等平台: companies by their brands (organizations.quoted_brand)
            if not head and _NOT_A_PROGRAM_AFTER.match(text, after_quote):
                continue  # “乡村风貌”等方面: a kind of thing; “文明+”邻里中心: a facility's name; “专业+公益”教师队伍: a team
            if not head and formula and text.endswith(_BY_MEANS_OF, 0, match.start()) \
                    and common_words().get(text[after_quote: after_quote + 2], (0, ""))[1] == "v":
                continue  # 通过“内引+外培”释放功能: a formula of how a deed is done, its verb after it, no program's name
            if _BUILDING_SITE.match(text, after_quote):
                continue  # 在“某某安置房”和“某某扩建工程”项目工地: works being built, no programs
            serves_campaign = _MEASURE_OF_CAMPAIGN.match(text, after_quote) is not None  # (是“X”的重要举措)
            if not head and (text[match.start() - 1: match.start()] in _COPULAS
                             or _FIGURE_FRAME.search(text, max(0, match.start() - _FIGURE_REACH), match.start())) \
                    and not serves_campaign:
                continue  # 工会始终是职工的“娘家人”, 是一项惠及职工的“民生工程”: a figure of what something is (not
                # 此次体检是“我为群众办实事”的重要举措: a campaign a deed serves)
            if not head and _GIFT_BEFORE.search(text, max(0, match.start() - 4), match.start()):
                continue  # 为职工准备了“暖心水杯”: a gift handed out, not a program
            if not head and _CALL_ON.search(text, max(0, match.start() - _CALL_REACH), match.start()):
                continue  # 号召外地职工“留信过年”: what people are called on to do, no program
            if not head and text.startswith("暨", after_quote) and _THEME_MARKS.search(quoted) \
                    and not (text.startswith("暨“", after_quote) and not _THEME_MARKS.search(quoted.replace("·", ""))):
                continue  # “奋进新时代 工会在行动”暨某某招聘会: the theme of the events joined after it (not
                # “山海·同心”暨“溪谷”交友活动: two quoted names of one event, P186)
            headed = bool(head) or bool(_QUOTED_RUN_TAIL.match(text, match.end())) or bool(
                _DEFINED_AS.match(text, after_quote)) or (text[match.start() - 1: match.start()] in _COPULAS and serves_campaign) \
                or bool(_SELECTED_AS_A_CASE.match(text, after_quote)) \
                or bool(_COMES_TO.match(text, after_quote)) and text[match.start() - 1: match.start()] != "从"
            # (“X”入选全省工会工作创新案例: a practice; “X”开进某公司: a service that comes to a place, not 从“甲”走进“乙”)
            if not headed and not self._reads_as_program(quoted):
                continue
            if (not headed and _SLOGAN.search(quoted)) or _SPEECH.search(quoted) or _PARTY_ROUTINE.fullmatch(quoted):
                continue
            end = model.end() if model else match.end() if head else after_quote
            pair = match.start() > 0 and text[match.start() - 1] == "双"  # 双“百千万”: 双百千万
            start = match.start() - pair
            items = self._enumerated(quoted)
            if items:
                offset = match.start(1)
                for item in items:
                    position = text.index(item, offset)
                    add_mention(doc, position, position + len(item), "PROGRAM", named("program", item), "programs.quoted_list")
                    offset = position + len(item)
            else:
                # “某某”杯: 某某杯; “点对点”直通车: a head that is part of the name (a through train, 直通车)
                kept = next((word for word in ("杯", _THROUGH_TRAIN) if head and text.startswith(word, after_quote)), "")
                add_mention(doc, start, end, "PROGRAM", named("program", "双" * pair + _without_inner_head(quoted) + kept),
                            "programs.quoted_with_head" if headed else "programs.quoted_name")
            taken.add(start, end)

    @staticmethod
    def _head_splits_words(text: str, start: int, end: int) -> bool:
        """Whether the head at [start, end), one character after a quote, is read across words: its
        first character ends a word with that character, its last opens one."""
        words = common_words()
        return words.get(text[start - 1: start + 1], (0, ""))[0] >= FREQUENT_WORD \
            and words.get(text[end - 1: end + 1], (0, ""))[0] >= FREQUENT_WORD

    @staticmethod
    def _union_brands_listed(doc: Doc, text: str, taken: _Spans) -> None:
        """甲区总工会“X”、乙区总工会“Y”等工作品牌: each union's quoted brand in a list closed by a
        program head (the last one is read with its head by `_quoted`)."""
        union_after = {span.start: span.end for span in mentions(doc, "UNION")}
        for union_end in set(union_after.values()):
            close = text.find("”", union_end + 1, union_end + _LONGEST_BRAND) if text.startswith("“", union_end) else -1
            if close < 0 or not text.startswith(_BRANDS_JOINED, close + 1):
                continue
            position = close + 1
            while text.startswith(_BRANDS_JOINED, position) and text.startswith("“", after := union_after.get(position + 1, -1)):
                following = text.find("”", after + 1, after + _LONGEST_BRAND)
                if following < 0:
                    break
                position = following + 1
            if position > close + 1 and _BRANDS_CLOSED.match(text, position) and taken.free(union_end, close + 1):
                quoted = text[union_end + 1: close]
                add_mention(doc, union_end, close + 1, "PROGRAM", named("program", quoted), "programs.union_brand_listed")
                taken.add(union_end, close + 1)

    @staticmethod
    def _union_apps(doc: Doc, text: str, taken: _Spans) -> None:
        """粤工惠, 齐鲁工惠APP, 某州工惠平台 written without quotes: a union's app of member benefits, named
        after the province's one character or literary name or the place written right before 工惠."""
        place_at_end = {span.end: span.start for span in mentions(doc, "REGION")}
        position = text.find(_UNION_APP, 1)  # (its place before it)
        while position > 0:
            literary = next((name for name in _PROVINCE_LITERARY_NAMES if text.endswith(name, 0, position)), "")
            start = position - len(literary) if literary else place_at_end.get(position)
            if start is None and text[position - 1] in ONE_CHARACTER_NAMES:
                start = position - 1
            end = position + len(_UNION_APP)
            if start is not None and taken.free(start, end) and not _in_quote(text, start):
                add_mention(doc, start, end, "PROGRAM", named("program", text[start: end]), "programs.union_app")
                taken.add(start, end)
            position = text.find(_UNION_APP, end)

    @staticmethod
    def _glued_before(text: str, quote: int) -> re.Match | None:
        """The start of the word a short quote at `quote` ends, after a launch verb or a theme's quote: a
        verb or a quality taking the quote as its object (开展送“温暖”, 启动助“新”, “某某”送“清凉”), not a
        noun (职工“五小”) nor a date (庆“五一”)."""
        glued = _GLUED_AFTER_VERB.search(text, max(0, quote - _LONGEST_GLUED), quote)
        if glued is None or _DATE.match(text[quote + 1: text.find("”", quote)]):  # (the pattern opens with ^)
            return None
        words = common_words()
        last, pair = words.get(text[quote - 1], (0, ""))[1], words.get(text[quote - 2: quote], (0, ""))[1]
        return glued if last in ("v", "a") and not (len(glued.group(glued.lastindex or 1)) > 1 and pair.startswith("n")) else None

    @staticmethod
    def _pun_names(doc: Doc, text: str, taken: _Spans) -> None:
        """“暖”心相伴“梅”好童年暑期托班, 实施“护”航“新”程专项行动: a name of phrases each opened by a quoted
        character or two (a pun on a place or a body), before a program's head: the phrases, without the quotes."""
        for match in _PUN_NAME.finditer(text):
            start, end = match.span()
            if not _PUN_HEAD.match(text, end) or not taken.free(start, end):
                continue
            add_mention(doc, start, end, "PROGRAM", named("program", match.group(0).translate(_NO_QUOTES)),
                        "programs.pun_name")
            taken.add(start, end)

    def _glued_quotes(self, doc: Doc, text: str, taken: _Spans) -> None:
        """开展送“温暖”活动, 启动助“新”专项行动: a short quote glued to the word it ends, after a launch
        verb and before a program head: the program is that word, without its quotes."""
        for match in _SHORT_QUOTE.finditer(text):
            glued = self._glued_before(text, match.start())
            if glued is None:
                continue
            word = glued.lastindex or 1  # (the group of the word after a verb or after a theme's quote)
            if not taken.free(glued.start(word), match.end()):
                continue
            season = match.group(2) if _SEASON_OF_CAMPAIGN.fullmatch(match.group(2)) else ""
            add_mention(doc, glued.start(word), match.end(), "PROGRAM",
                        named("program", glued.group(word) + match.group(1) + season), "programs.glued_quote")
            taken.add(glued.start(word), match.end())

    def _reforms(self, doc: Doc, text: str, taken: _Spans) -> None:
        """深化新就业形态劳动者权益保障改革, 就产业工人队伍建设改革…: a reform after a verb, or named in
        full without one; from its first noun, without the place it is run in."""
        region_ends = {span.start: span.end for span in mentions(doc, "REGION")}
        for pattern, shortest, rule in ((_REFORM, 6, "programs.reform"), (_NAMED_REFORM, 10, "programs.named_reform")):
            for match in self._ending_in_reform(text, pattern):
                if rule == "programs.named_reform" and text[match.start(1) - 1: match.start(1) + 1] in common_words():
                    continue  # 新就业形态…改革: the 就 before the name opens a word (就业), it is no preposition
                start, end = match.span(1)
                if rule == "programs.named_reform":
                    start = _after_inner_break(text, start, end)
                start, end = self._from_first_noun(text, start, end)
                start = self._after_last_verb(text, start, end)
                clause = _CLAUSE_INSIDE_REFORM.search(text, start, end)
                start = clause.end() if clause else start  # 某某工会在产业工人队伍建设改革方面: a clause's subject
                opened = -1
                while start != opened:  # in any order: 全县新时期…, 今年新时代…, 县市区…改革
                    opened = start
                    start = region_ends.get(start, start)  # 新疆产业工人队伍建设改革: the place is the scope
                    era = next((era for era in _ERAS if text.startswith(era, start)), "")
                    start += len(era)  # 新时代产业工人队伍建设改革: the era is the reform's time, not its name
                    scope = _REFORM_SCOPE.match(text, start, end)
                    start = scope.end() if scope else start  # 县域产业工人…, 非公有制企业…, 今年…: its scope or time
                written = next((form for form in _WORKFORCE_REFORM_WRITTEN if text.endswith(form, start, end)), "")
                if written:
                    start = end - len(written)  # 体现到产业工人队伍建设改革, 某总工会产业工人…: the reform's own words
                if "了" in text[start:end] or "的" in text[start:end] or _MANY_KINDS.search(text, start, end):
                    continue  # 某某分享了改革: a clause that ends in the word; 各级工会…改革, 面临的…与工会改革: no reform's name
                if text.startswith("创新", end) or _REFORM_IN_A_PHRASE.match(text, end):
                    continue  # 推动工会工作改革创新: the reform and renewal of a field, no reform's name; 共享改革发展
                    # 成果, 改革红利: the set phrase of reform's gains
                if text[end: end + 1] in _AGENCY_AFTER_REFORM:
                    continue  # 联合市发展改革委: an agency named after its field, no reform
                if end - start >= shortest and taken.free(start, end) and not _LEVEL_KIND.match(text[start:end]):
                    name = WORKFORCE_REFORM if text[start:end] in _WORKFORCE_REFORM_WRITTEN else text[start:end]
                    add_mention(doc, start, end, "PROGRAM", named("program", name), rule)
                    taken.add(start, end)

    @staticmethod
    def _reform_written_short(doc: Doc, text: str, taken: _Spans) -> None:
        """深化产改, 产改工作, “产改”试点: the reform of the industrial workforce by its short form, the
        name the guidelines give it (not 生产改造, 资产改革)."""
        for short in _REFORM_WRITTEN_SHORT.finditer(text):
            if text.endswith(_BEFORE_REFORM_WRITTEN_SHORT, 0, short.start()) and taken.free(short.start(), short.end()):
                add_mention(doc, short.start(), short.end(), "PROGRAM", named("program", WORKFORCE_REFORM),
                            "programs.reform_written_short")
                taken.add(short.start(), short.end())

    def _launched(self, doc: Doc, text: str, taken: _Spans) -> None:
        """开展全省工会最美户外劳动者站点推树活动: a long coined name between a launch verb and 活动; or
        one of plain words that a year or a place qualifies (开展2025年职工健康体检服务活动, 启动某省职工
        健康体检服务活动, 开展了2024年工资集体协商集中要约行动), named with its qualifier (a campaign with its
        head); so is one of a year that opens a sentence holding it
        (2025年某省职工疗休养推介活动在某市举办)."""
        place_starts = {span.start for span in mentions(doc, "REGION")}
        for match in chain(_LAUNCHED.finditer(text), _year_led(text, mentions(doc, "REGION"))):
            # (某某开放暨送清凉活动: the event joined after 暨 is the one named)
            stem = _SCOPE.sub("", _LEFT_OVER.sub("", match.group(2).rsplit("的", 1)[-1].rsplit("暨", 1)[-1]))
            start, end = match.end(2) - len(stem), match.end()
            if match.group(1) and start == match.start(2):
                start = match.start(1)  # with its year
            qualified = (start != match.end(2) - len(stem) or start in place_starts) and "送" not in stem  # (a gift campaign's)
            if match.group(3).endswith("行动") and not qualified:
                continue  # 开展新就业形态建会入会行动: a campaign of plain words is named by its year or place
            if len(stem) < (_QUALIFIED_STEM if qualified else _COINED_STEM) or not taken.free(start, end) \
                    or _GENERIC_STEM.match(stem) or _LEVEL_KIND.match(stem) or _SEASON_CAMPAIGN.fullmatch(stem) \
                    or _GIFT_CAMPAIGN.fullmatch(stem + _ACTIVITY) or _PARTY_ROUTINE.fullmatch(stem) or _DAY_S_GREETING.search(stem):
                continue  # (启动2023年职工疗休养活动: a year or a place names a shorter one; 开展2022年金秋助学活动:
                # a season's campaign, named without its year; 开展夏送清凉慰问活动: a gift campaign, without its 慰问;
                # 举办中国医师节慰问活动: the greetings of a public day, no named program)
            kind = _KIND_OF_PEOPLE_OPENING.match(stem)
            plain = splits_into_words(stem) or kind is not None and kind.end() < len(stem) and splits_into_words(stem[kind.end():])
            if _JOINED.search(stem) or (plain and not qualified) or "工会" in stem or "等" in stem \
                    or _DESCRIBED.search(stem):
                continue  # a description (职工教育培训, 快递员专项慰问, 县市区级总工会干部交流学习, 春节期间对某某慰问) or
                # a list (有奖答题等网上…)
            name_end = end if match.group(3).endswith("行动") else match.end(2)  # a campaign keeps its head (某某行动)
            add_mention(doc, start, end, "PROGRAM", named("program", text[start: name_end]), "programs.launched")
            taken.add(start, end)

    def _gift_campaigns(self, doc: Doc, text: str, taken: _Spans) -> None:
        """夏送清凉, “两节”送温暖活动 (送温暖), 开展送岗位行动: a campaign of bringing something to workers,
        named by its season or launched, whatever it brings (a noun or a quality: 温暖, 清凉, 岗位, 法律)."""
        for match in _GIFT_CAMPAIGN.finditer(text):
            season, gift = match.group(1) or match.group(2), match.group(3)
            if season and season[-1] in _SEASON_WORDS:
                season = ""  # 夏季送清凉, 夏日送清凉: the campaign, its season a word of time (not 夏送清凉's)
            # “两节”送温暖: the holidays it is run for name the campaign, though no part of its name
            named_season = "" if season in _HOLIDAYS else season
            if common_words().get(gift, (0, ""))[1] not in ("n", "a", "an", "vn", "nz") or gift in _DESTINATIONS:
                continue  # 送上, 送到: a verb's ending, not a thing brought; 文艺送基层, 温暖送企业: where it is brought
            launched = _LAUNCH_VERB_BEFORE_GIFT.search(text, max(0, match.start() - _GIFT_LAUNCH_REACH), match.start())
            headed = match.group(4) and not _BODY_AFTER_GIFT.match(text, match.end()) \
                and not _GIFT_RECEIVER.search(text, start_after_last(text, match.start(), CLAUSE_MARKS), match.start())
            if not season and not (launched and match.group(4) or headed) and not _in_launched_list(text, match.start(), match.end()):
                continue  # 为职工送温暖: an act, not the campaign (对送温暖活动高度重视, 开展面向职工的送温暖活动: with its
                # head, the campaign; 开展为环卫工人送温暖活动: an act described)
            start, end = match.span()
            if not taken.free(start, end) or _in_theme(text, start, end) or covered(doc, start, start + 1, ("REGION",)) \
                    or _in_slogan(text, start):
                continue  # (以“冬送温暖、春送岗位”为主题的“双送”活动: the theme's words, not a campaign; 宁夏送电公司:
                # the season's character ends a place's name; “新春送春联,祝福暖人心”: a slogan's clause)
            add_mention(doc, start, end, "PROGRAM", named("program", (named_season or "") + "送" + gift), "programs.gift_campaign")
            taken.add(start, end)

    def _season_campaigns(self, doc: Doc, text: str, taken: _Spans) -> None:
        """开展金秋助学活动, 2024年金秋助学: a campaign a season of poetry (金秋, 暖冬, 春风) and an act name; the
        month of job aid (就业援助月) too."""
        campaign_ends = {span.end for span in mentions(doc, "PROGRAM")}
        campaign_starts = {span.start for span in mentions(doc, "PROGRAM")}
        for match in _SEASON_CAMPAIGN.finditer(text):
            start, end = match.span()
            if not (_SEASON_CAMPAIGN_HEAD.match(text, end) or text.endswith(_SEASON_CAMPAIGN_BEFORE, 0, start)
                    or _in_launched_list(text, start, end)
                    or _SEASON_CAMPAIGN_HEAD.fullmatch(text, end - 2, end) and not _in_quote(text, start)
                    or text[start - 1: start] == "、" and start - 1 in campaign_ends
                    or text[end: end + 1] == "、" and end + 1 in campaign_starts):
                continue  # with its head, of a year, or launched (alone or in a list: 开展送温暖、金秋助学等活动), or
                # named with its own head (以“金秋助学”活动、春风行动为抓手), or listed beside another campaign
                # (夏送清凉、金秋助学、冬送温暖)
            if taken.free(start, end) and not covered(doc, start, end, ("PROGRAM",)):
                add_mention(doc, start, end, "PROGRAM", named("program", match.group(0)), "programs.season_campaign")
                taken.add(start, end)

    @staticmethod
    def _campaign_months(doc: Doc, text: str, taken: _Spans) -> None:
        """开展安全生产月活动, 启动消防宣传月系列活动: a month a campaign is named after, launched unquoted by
        its topic's words (not 开展本月活动, 青春岁月活动: a time, or a word that ends in 月)."""
        words = common_words()
        for match in _CAMPAIGN_MONTH.finditer(text):
            start, end = match.span(1)
            topic = text[start: end - 1]
            if not splits_into_words(topic, _TOPIC_TAGS) or text[end - 2: end] in words \
                    or _COUNTED_TIME.search(topic) or not taken.free(start, end):
                continue
            add_mention(doc, start, end, "PROGRAM", named("program", text[start:end]), "programs.campaign_month")
            taken.add(start, end)

    def _paired_assistance(self, doc: Doc, text: str, taken: _Spans) -> None:
        """对口援疆工作, 工会援藏项目, 对口援青项目: the paired assistance to a western province that
        unions run, named by its kind and the province's one-character name."""
        for match in _PAIRED_ASSISTANCE.finditer(text):
            start, end = match.span(1)
            if taken.free(start, end):
                add_mention(doc, start, end, "PROGRAM", named("program", match.group(1)), "programs.paired_assistance")
                taken.add(start, end)

    def _yearly_activities(self, doc: Doc, text: str, taken: _Spans) -> None:
        """某市总工会2024年送健康进企业活动: the activity a union names with its year, right after it."""
        for union in mentions(doc, "UNION"):
            match = _YEARLY_ACTIVITY.match(text, union.end)
            if match is None:
                continue
            stem = match.group(1)
            start, end = match.span()
            if not taken.free(start, end) or _GENERIC_STEM.match(stem) or _JOINED.search(stem) or "工会" in stem \
                    or _GIFT_CAMPAIGN.fullmatch(stem):
                continue  # (2024年元旦春节送温暖活动: the campaign of a gift, named without its year: _gift_campaigns)
            name = text[start: match.end(1)]  # with its year, without the head: 2024年送健康进企业
            add_mention(doc, start, end, "PROGRAM", named("program", name), "programs.yearly_activity")
            taken.add(start, end)

    def _instituted(self, doc: Doc, text: str, taken: _Spans) -> None:
        """建立农民工网格员制度: a coined name set up as a standing rule or way of working."""
        for match in _INSTITUTED.finditer(text):
            quoted = match.group(1) is not None
            stem = match.group(1) if quoted else match.group(2)
            start = match.start(1) - 1 if quoted else match.start(2)
            if not taken.free(start, match.end()) or _GENERIC_STEM.match(stem) or _COUNTED.match(stem):
                continue  # (建立“一套机制”: a count)
            if not quoted and (self._opens_badly(stem) or _JOINING_INSIDE.search(stem)) \
                    or splits_into_words(stem) and (not quoted or len(stem) > _SHORT_COINED) \
                    or stem[0] in _WORD_ENDS or "的" in stem or stem.endswith("新"):
                continue  # (常态化的困难职工关爱机制, 探索社区治理新模式, 实行“土地租赁经营模式”, 服务某籍在某地农民工工作机制:
                # a description; a short quote names one: “三级对话机制”)
            add_mention(doc, start, match.end(), "PROGRAM", named("program", stem), "programs.instituted")
            taken.add(start, match.end())

    def _listed(self, doc: Doc, text: str, taken: _Spans) -> None:
        """开展抢进度竞赛、比质量竞赛和赛安全竞赛, 实施匠心培育工程、劳模引领工程, 开展甲行动、乙行动等“N项行动”
        (or 等八大行动): each contest, project or campaign of a list after a launch verb (a project or a campaign keeps
        its head in its name, as 百千万工程 does)."""
        for match in _LISTED.finditer(text):
            for item in _LIST_ITEM.finditer(text, match.start(1), match.end(1)):
                stem = item.group(1).lstrip(LIST_JOINS)
                start = item.end(1) - len(stem)
                project = item.group(2) in _HEADS_KEPT_IN_LISTS
                if stem in common_words() or self._describes_an_act(stem) or _GENERIC_STEM.match(stem):
                    continue
                if not project and len(stem) == 4 and stem[:2] in common_words() and stem[2:] in common_words():
                    continue  # 职工劳动竞赛: a kind of contest, not a named one
                if taken.free(start, item.end()):
                    name = stem + item.group(2) if project else stem
                    add_mention(doc, start, item.end(), "PROGRAM", named("program", name), "programs.listed")
                    taken.add(start, item.end())

    def _headed_events(self, doc: Doc, text: str, taken: _Spans) -> None:
        """首届云岭工匠论坛, 第七届职工集体婚礼, 职工技能提升行动: an unquoted name ending in an event or
        campaign head, after a verb, a union or a phrase boundary."""
        unions_by_end = {span.end: span for span in mentions(doc, "UNION")}
        union_ends = set(unions_by_end)
        for pattern, heads, rule in ((_EVENT, _EVENT_HEADS, "programs.event"),
                                     (_CAMPAIGN, _CAMPAIGN_HEADS, "programs.campaign")):
            for match in self._anchored(pattern, heads, text):
                start, end = self._trim(text, match.start(), match.end(), union_ends)
                union = unions_by_end.get(start)
                if union is not None and self._for_union_cadres(text, union):
                    start = union.start  # 某省工会干部…培训班: a class for a place's union cadres
                start = after_date(text, start)  # 10月26日合唱大赛: the date's last character opens no name
                if text[start: start + 1] in _LARGE_NUMBERS:
                    while text[start - 1: start].isdigit():
                        start -= 1  # 10万职工劳动和技能竞赛: the name opens with the number it counts
                edition = EDITION.search(text, start + 1, end)
                if edition and holds_verb(text[start: edition.start()]):
                    start = edition.start()  # 姿态迎接第三届…博览会: the name opens with its edition
                won = _WON.search(text, start, end)
                start = won.end() if won else start  # 学校获创新大赛优胜单位: what was won is named after 获
                holding = list(_HOLDING_VERB.finditer(text, start, end - 2))
                start = holding[-1].end() if holding else start  # 某工会连续六年开办某某培训班: named after the verb
                if common_words().get(text[start: start + _IDIOM_LENGTH], (0, ""))[1] in IDIOM_TAGS:
                    start += _IDIOM_LENGTH  # 开展形式多样劳动技能竞赛: what the events are like, no part of a name
                level = text.find("全", start + 1, start + 3)
                if level > 0 and text.startswith(WHOLE_SCOPES, level) and not covered(doc, start, level, ("REGION",)):
                    start = level  # 对标全国职工职业技能大赛: the name opens with its whole level, not the verb's tail
                if end - start < 4 or not taken.free(start, end) or _BACK_REFERENCE.search(text, start, end):
                    continue  # 出席此次大赛, 本次某某大赛: an event named before, referred back to
                name = text[start:end]
                if _is_association(text, end):
                    continue  # 某县书画家联谊会: an association of people of a kind, not a party
                if _MODAL_START.match(name) or (text[start - 1: start] == "、" and _JOINED.search(name)) \
                        or _PREDICATE_INSIDE.search(name) or _adverb_before_verb(name):
                    continue  # 要重视大赛: a modal opens a clause; 省、市、县和企业…大赛: a list's tail; 某地均已开设托管班,
                    # 当时得知工会托管班: a clause's adverb or time and its verb
                if _counts_contests(text, start, end):
                    continue  # 焊工技能四大赛项, 某某两大赛场: a count of contests or their grounds, not a contest's name
                year = _YEAR.match(name)
                after_verb = _LAUNCH_VERB.search(text, max(0, start - 2), start) is not None \
                    or year is not None and text[start - 1: start] == "的"  # (某某承办的2025年快递行业运动会)
                if _GENERIC_STEM.match(name) or _LEVEL_KIND.match(name) or name in common_words() or (
                        self._opens_badly(name[year.end():] if year else name) and not after_verb) or _MANY_KINDS.search(name):
                    continue  # (省市县各类技能大赛: events of many kinds, none named)
                stem = _HEAD_AT_END.sub("", name)
                if (len(stem) <= 2 and stem in common_words()) or (len(stem) <= 4 and splits_into_words(stem)) \
                        or (year is not None and year.end() == len(stem)) or (
                        rule == "programs.event" and len(stem) <= 6 and splits_into_words(stem, _COMMON_TAGS)) or (
                        rule == "programs.event" and _AND in stem
                        and all(len(part) <= 4 and splits_into_words(part) for part in stem.split(_AND))):
                    continue  # 职工劳动竞赛, 工会干部培训班, 职工职业技能大赛, 岗位练兵和劳动竞赛: a kind of event (or
                    # two joined), not a named one; 2025年劳动和技能竞赛: a year's events of a kind
                if stem.endswith(_AND):
                    continue  # 具体活动内容和大赛细则: something and the contest, spoken of, no name
                add_mention(doc, start, end, "PROGRAM", named("program", name), rule)
                taken.add(start, end)

    def _launched_quotes(self, doc: Doc, text: str, taken: _Spans) -> None:
        """开展“党史学习教育”, 落实“五大行动”“十件实事”, 推出新就业群体“友好医院”, 以“三心服务”为抓手:
        the quoted objects of a launch verb are programs, whatever follows them; so is a quoted
        name a body acts through (某区总工会“微调解”化解纠纷), and one whose ceremony is held
        (“金秋助学”助学金发放仪式)."""
        runs = []
        owners = {span.end for span in mentions(doc) if span.label_ in ("UNION", "ORG")}
        for quote in re.finditer("“", text):
            qualifier = self._launch_qualifier(text, quote.start())
            if qualifier is not None and "以" not in qualifier and not qualifier.startswith(_TOWARDS) and not holds_verb(qualifier) \
                    and not _PLACE_IN_QUALIFIER.search(qualifier) and not self._brought_out_by_no_union(doc, text, quote.start()):
                runs.append((quote.start(), False, "programs.launched_quote"))  # not 开展以“X”为主题, 开展协作实现“X”
            elif text[quote.start() - 1: quote.start()] == "以":
                runs.append((quote.start(), True, "programs.launched_quote"))
            elif quote.start() in owners and self._acts_after(text, quote.start()):
                runs.append((quote.start(), False, "programs.owned_quote"))  # 某区总工会“微调解”化解纠纷
            elif (close := text.find("”", quote.end(), quote.end() + 21)) > 0 and _CEREMONY.match(text, close + 1):
                runs.append((quote.start(), False, "programs.ceremony_quote"))  # “金秋助学”助学金发放仪式
            elif close > 0 and _DESCRIBED_AFTER_DASH.match(text, close + 1):
                runs.append((quote.start(), False, "programs.dashed_title"))  # “某某”——2024年某县青年职工联谊活动
            elif close > 0 and _QUOTE_STARTED.match(text, close + 1) \
                    and not _AT_VENUE.search(text, max(0, quote.start() - _LONGEST_VENUE_BEFORE), quote.start()):
                runs.append((quote.start(), False, "programs.started_quote"))  # 维权服务“集中行动季”在某市启动
        for position, as_means, rule in runs:
            items = []
            while (item := _QUOTED_ITEM.match(text, position)) is not None:
                items.append(item)
                position = item.end()
            if as_means and not _MEANS.match(text, position):
                continue  # 以“X”为主题: a theme, not the means
            idea = _IDEA.match(text, position)
            if idea and (rule == "programs.owned_quote" or not idea.group(0).endswith(_CAMPAIGN_CALLS)
                         or any(_DIRECTIVE_WORDING.search(item.group(1)) for item in items)):
                continue  # 紧扣全总“668”要求, 落实“X”工作导向: a directive or an idea (落实“X”要求: a campaign's call,
                # but not 落实“稳岗位、保就业”要求, 落实“把某某挺在前面”的要求: clauses of a directive)
            if _selected(text, items, position):
                continue  # 开展“优秀女职工”评选表彰工作: the title chosen, no program
            if _PARTS_OF_AN_EVENT.match(text, position) or _names_a_plan(text, position) or _TOPICS_OF_TALKS.match(text, position) \
                    or (items and text.endswith("更多", 0, items[0].start())) or text.startswith(_FIELD, position):
                continue  # 开展“某某”“某某”等活动环节: the games of an event; 实施“369”发展战略: a plan; 推出“甲”“乙”等
                # 健康讲座: the topics of talks; 推出更多“某某”的活动: a figure for many; 开展“两新”领域…: a field; no programs
            for item in items:
                quoted = item.group(1)
                start, end = item.start(), item.start() + len(quoted) + 2
                held = rule == "programs.ceremony_quote" or _DESCRIBED_AFTER_DASH.match(text, end) is not None
                if not taken.free(start, end) or not self._names_a_program(quoted, held) \
                        or _names_no_program(text, quoted, start, end) or covered(doc, start + 1, end - 1, ("UNION",)):  # 推出“某市总工会”微信小程序: a union's channel
                    continue
                add_mention(doc, start, end, "PROGRAM", named("program", quoted), rule)
                taken.add(start, end)

    @staticmethod
    def _ending_in_reform(text: str, pattern: re.Pattern) -> list[re.Match]:
        """The matches of a reform pattern (ending in 改革 and $), looked for only where 改革 stands."""
        found = []
        for reform in re.finditer("改革", text):
            match = pattern.search(text, max(0, reform.start() - 16), reform.end())
            if match is not None:
                found.append(match)
        return found

    @staticmethod
    def _acts_after(text: str, quote: int) -> bool:
        """Whether the quote at `quote` closes and a verb follows it (“微调解”化解…, “暖心驿站”温暖…)."""
        close = text.find("”", quote + 1, quote + 42)
        return close > 0 and common_words().get(text[close + 1: close + 3], (0, ""))[1] == "v"

    @staticmethod
    def _brought_out_by_no_union(doc: Doc, text: str, quote: int) -> bool:
        """Whether the quote is what a verb of bringing out or putting in use (推出, 启用) has for object in a
        sentence that names no union before it (某某巧妙地推出“某某套餐”: a person's product, no program)."""
        verb = _BROUGHT_OUT.search(text, max(0, quote - _LONGEST_QUALIFIER - 3), quote)
        if verb is None:
            return False
        sentence_start = start_after_last(text, verb.start(), SENTENCE_MARKS)
        return not covered(doc, sentence_start, verb.start(), ("UNION",))

    @staticmethod
    def _launch_qualifier(text: str, quote: int) -> str | None:
        """The words between a launch verb and the quote at `quote` (开展了“X”: "", 推出新就业群体“X”:
        新就业群体), or None if no launch verb stands within reach before it."""
        match = _LAUNCH_BEFORE.match(text, max(0, quote - _LONGEST_QUALIFIER - 3), quote)
        return match.group(2) if match else None

    @staticmethod
    def _names_a_program(quoted: str, held: bool = False) -> bool:
        """Whether a quoted object of a launch verb names something: not a slogan, a quotation, a
        counted category, a date or a common word; nor a theme, unless its ceremony is `held`."""
        if _SLOGAN.search(quoted) or _SPEECH.search(quoted) or _COUNTED.match(quoted) or _DATE.match(quoted) \
                or _PARTY_ROUTINE.fullmatch(quoted):
            return False
        if _THEME_MARKS.search(quoted) and not held and not _DOTTED_BRAND.fullmatch(quoted):
            return False  # “建功‘十四五’奋进自贸港”, “中国梦·劳动美”: a theme (“金秋助学·某某”助学金发放仪式: a campaign;
            # “云·体检”: a brand of service)
        if _FACILITY_NAME.search(quoted) or _POLICY.search(quoted) or _AWARD.search(quoted) or _GIFT.search(quoted) \
                or _PEOPLE_S_TITLE.search(quoted) and not held:
            return False  # 开展“女职工关爱室”建设: a facility; a policy; “五一劳动奖”表彰大会: an award; 某总工会“清凉大礼包”
            # 送给…: a gift; 某省总工会“某某工匠”候选人: a title people are given (its 颁奖典礼 is held)
        if _joins_phrases(quoted) or _parallel_clauses(quoted):
            return False
        return quoted not in common_words() and len(quoted) >= 2

    def _launched_campaigns(self, doc: Doc, text: str, taken: _Spans) -> None:
        """实施提升职工生活品质百企行动, 开展工匠后备人才培训行动, 推行书香赋能工程: a campaign (…行动, …活动月,
        …工程) launched by its name, whatever its words."""
        for head in _CAMPAIGN_END.finditer(text):
            match = _LAUNCHED_CAMPAIGN.match(text, max(0, head.start() - 17), head.end())
            if match is None:
                continue
            start, end = match.span(1)
            stem = match.group(1)
            if not taken.free(start, end) or _GENERIC_STEM.match(stem) or _JOINED.search(stem):
                continue
            if self._opens_badly(stem) or _LEVEL_KIND.match(stem):
                continue
            core = stem[: head.start() - start]
            if len(core) <= _LONGEST_PLAIN_CAMPAIGN and splits_into_words(core, _COMMON_TAGS):
                continue  # 开展防汛救灾行动: a plain deed, not a name (惠工助农行动, 百企行动 are names)
            if head.group(0) == _WORKS and (any(verb in core for verb in VISIT_VERBS) or _NAME_GOES_ON.match(text, end)):
                continue  # 组织领导走访省市重点工程, 推进某某引水工程建设: works visited or built, not a campaign
            add_mention(doc, start, end, "PROGRAM", named("program", stem), "programs.launched_campaign")
            taken.add(start, end)

    @staticmethod
    def _mutual_aid(doc: Doc, text: str, taken: _Spans) -> None:
        """参加2025年某省职工医疗互助保障计划, 启动在职职工住院医疗互助保障活动, 开展职工互助保障活动: the
        workers' (medical) mutual-aid scheme, named with the places written before it, whatever verb or
        edition comes first."""
        if "互助" not in text:
            return
        place_ends = {span.end: span for span in mentions(doc, "REGION")}
        for scheme in _MUTUAL_AID.finditer(text):
            start = scheme.start()
            while start in place_ends:
                start = place_ends[start].start  # (某省某市职工医疗互助保障: the places as written)
            name = text[start: scheme.end()]
            if _WORKERS_OF_SCHEME not in name and _EMPLOYEES_OF_SCHEME not in name:
                name = _WORKERS_OF_SCHEME + name  # 第九期医疗互助活动: the workers' scheme
            if (round_ := _ROUND_BEFORE.search(text, max(0, start - _LONGEST_ROUND), start)) is not None:
                start = round_.start()  # 某省工会第五期职工医疗互助活动: the round is the mention's, not the name's
            if _CENTRE_OF_SCHEME.match(text, scheme.end()):
                continue  # 某市总工会职工互助互济活动指导中心: the union's centre for the scheme, no program
            if taken.free(start, scheme.end()):
                add_mention(doc, start, scheme.end(), "PROGRAM", named("program", name), "programs.mutual_aid")
                taken.add(start, scheme.end())

    def _themed_years(self, doc: Doc, text: str, taken: _Spans) -> None:
        """以县级工会加强年为契机, 开展能力作风建设年活动: a year of work launched by its name, unquoted."""
        for match in self._anchored(_THEMED_YEAR, _YEAR_OF_WORK, text):
            stem = _LEFT_OVER.sub("", match.group(1))  # (启动了某某提升年活动: the verb's aspect opens no name)
            start, end = match.end(1) - len(stem), match.end(1)
            if taken.free(start, end) and not self._opens_badly(stem):
                add_mention(doc, start, end, "PROGRAM", named("program", stem), "programs.themed_year")
                taken.add(start, end)

    def _started_campaigns(self, doc: Doc, text: str, taken: _Spans) -> None:
        """某省总工会关爱留岗职工专项活动启动: a special campaign named right after the union running it,
        whose launch is reported, whatever its words."""
        for union in mentions(doc, "UNION"):
            verb = _VERB_AFTER_UNION.match(text, union.end)
            match = _STARTED_CAMPAIGN.match(text, verb.end() if verb else union.end)
            if match is None or not taken.free(*match.span(1)) or _EVENT_LEAD.match(text, *match.span(1)):
                continue  # (某部部长某某出席并宣布行动正式启动: a clause's words before 行动, no name)
            add_mention(doc, *match.span(1), "PROGRAM", named("program", match.group(1)), "programs.started_campaign")
            taken.add(*match.span(1))

    def _qualified_events(self, doc: Doc, text: str, taken: _Spans) -> None:
        """2024年重庆市职工飞盘比赛, 大连市第二届职工健身运动会, 成都市总工会职工群众文艺汇演: an event
        noun after a year, an edition, a place or the union holding it names an event, whatever its words."""
        heads = [head for head in _EVENT_NOUN.finditer(text) if taken.free(head.start(), head.end())]
        if not heads:
            return
        registry = entities_of(doc)
        regions = mentions(doc, "REGION")
        owners = mentions(doc, "UNION")
        owner_ends = [owner.end for owner in owners]
        inside_owner = {position for owner in owners for position in range(owner.start, owner.end)}
        areas = {m.start() for m in _AREA_OF_DIVISIONS.finditer(text)}
        qualifiers = sorted([m.start() for m in _YEAR_OR_EDITION.finditer(text)] + list(areas) + [
            span.start for span in regions if span.start not in inside_owner
            and registry[span.kb_id_].attributes.get("level") in ("province", "prefecture", "county")])
        region_starts = {span.start: span for span in regions}
        region_spans = [(span.start, span.end) for span in regions]
        for head in heads:
            end = head.end()
            if _is_association(text, end):
                continue  # 某县书画家联谊会: an association of people of a kind, not a party
            if any(start < end <= region_end and start >= head.start() for start, region_end in region_spans):
                continue  # 厦门市集美区: the head's end opens a place's name (集美区), no 市集
            window = max(0, head.start() - _LONGEST_EVENT)
            window = self._clause_start(text, window, head.start())
            dateline = _LAST_NEWS_DATELINE.match(text, window, head.start())
            window = dateline.end() if dateline is not None else window  # 某某网武汉3月4日讯 2022年…竞赛: after the dateline
            lead = _EVENT_LEAD.match(text, window, head.start())
            item_end = head.start()
            while lead and lead.group(1) == "、" and _field_listed(text, lead.start(1), item_end):
                item_end = lead.start(1)  # 某市职工书法、美术、摄影大赛: the fields an event is of, listed in its name
                lead = _EVENT_LEAD.match(text, window, item_end)
            window = lead.end() if lead else window  # a name starts after the verb before it
            joined = [match.end() for match in _JOINED_EVENT.finditer(text, window, head.start())]
            window = joined[-1] if joined else window  # 某市技能大赛和某市劳动竞赛: the second starts after 和
            starts = [start for start in qualifiers[bisect.bisect_left(qualifiers, window): bisect.bisect_left(qualifiers, head.start())]
                      if start not in areas or start == window]  # (某公司川渝区域…大赛: an area opens a name only)
            whole_system = bool(starts) and _WHOLE_SYSTEM.fullmatch(text, window, starts[0]) is not None
            if whole_system:
                starts[0] = window  # 全省交通系统第三届职工运动会: the system of a whole level the event is of
            elif starts and _OWNER_BEFORE_EVENT.fullmatch(text, window, starts[0]) and not holds_verb(text[window: starts[0]]):
                starts[0] = window  # 某某大学第五届教职工运动会, 某某集团2018年职工技能大赛: the body holding it
            if not starts and text[window - 1: window] == "暨" \
                    and len(text[window: head.start()].replace(_WORKERS, "")) > _KIND_OF_SHOW:
                starts = [window]  # …大赛暨电力保供劳动竞赛: the event after 暨 is named (not 表彰会暨职工文艺演出: a kind)
            owner = bisect.bisect_right(owner_ends, head.start())
            if not starts and owner and owner_ends[owner - 1] >= window and not holds_verb(text[owner_ends[owner - 1]: head.start()]) \
                    and not self._opens_badly(text[owner_ends[owner - 1]: head.start()]):  # (某总工会充分利用…宣讲会: a clause)
                starts = [owner_ends[owner - 1]]  # the union's own event, named right after it
                if self._for_union_cadres(text, owners[owner - 1]):
                    starts = [owners[owner - 1].start]  # 某省工会干部研修班: a class for a place's union cadres
            elif not starts and owner and HELD_BY_OWNER.fullmatch(text, owner_ends[owner - 1], window):
                starts = [window]  # 某省总工会组织的…夏令营: the event the union holds
            elif not starts and HELD_BY_OWNER.fullmatch(text, window - 3, window) and (
                    head.start() - window >= _LONGEST_KIND_OF_EVENT):
                starts = [window]  # 某大学承办的省教科文卫系统职工排球比赛: an event someone holds, named at length
            elif not starts and text.startswith(WHOLE_SCOPES, window) and (
                    head.start() - window - 2 > _LONGEST_KIND_OF_WHOLE_LEVEL_EVENT) and not (
                    _COUNT.match(text, window + 2) or text[window + 2].isdigit()):
                starts = [window]  # 全省交通运输行业工会干部培训班: the event of a whole province or city, named at
                # length (not 全市10家…: a count of units)
            if not starts or _after_preposition(text, starts[0], head.start() + 1) != starts[0]:
                continue  # 某总工会使更多职工通过技能竞赛: the qualifier opens a clause, not the name
            whole_level_edition = next((s for s in starts if _YEAR_OR_EDITION.match(text, s) and text.endswith(WHOLE_SCOPES, 0, s)), None)
            start = whole_level_edition if whole_level_edition is not None else starts[0]  # (某省某集团职工某某勇夺全国第五届…:
            # the whole level's event, not one named from the place in a company's name)
            qualified = _YEAR_OR_EDITION.match(text, start) is not None
            if qualified and text.endswith(WHOLE_SCOPES, 0, start) and taken.free(start - 2, start):
                start -= 2  # 参加全国第二届茶艺技能大赛: the edition of a whole level's event, the level in its name
            core = _YEAR_OR_EDITION.sub("", text[start: head.start()])
            # 第十一届全国职工摄影展, 2024年全省职工排球比赛: an edition or a year names a whole level's event
            nationwide = core.startswith(WHOLE_SCOPES) and (
                whole_system or qualified or len(core) - 2 > _LONGEST_KIND_OF_WHOLE_LEVEL_EVENT)
            place = region_starts.get(start)
            if len(core) < 2 or _LEVEL_KIND.match(core) or (_GENERIC_STEM.match(core) and not nationwide) or (
                    place is not None and text.startswith("级", place.end)) or _PREDICATE_INSIDE.search(core) \
                    or _MANY_KINDS.search(core) or _LIST_CLOSED.search(core) or _UNITS_COUNTED.search(core):
                continue  # (江苏省级比赛: a level of contest, not one; 某省各级工会和劳动竞赛: bodies of every level;
                # 首届某某大赛等系列赛事: a list closed, the series of the events listed; 某市24家…联盟: units counted)
            if _counts_contests(text, start, end) or _BACK_REFERENCE.search(text, start, end):
                continue  # 某地两大赛场: a count of contest grounds; 杭州这场毅行: an event named before, referred back to
            qualifier = _YEAR_OR_EDITION.match(text, start)
            qualifier_end = place.end if place is not None else qualifier.end() if qualifier else None
            if qualifier_end is not None and qualifier_end not in region_starts and _clause_goes_on(text, qualifier_end):
                continue  # 某市将竞赛与…结合, 2008年列入全国重点工程劳动竞赛: the clause goes on after its subject or time
            titled = _TITLE_BEFORE_DASH.search(text, max(0, start - _LONGEST_TITLE_BEFORE_DASH), start)
            if titled is not None:  # “甲乙 丙丁”——2023年全市…联谊会: the event is named by the quote that heads it
                event = named("program", titled.group(1))
                if taken.free(titled.start(), start):
                    start = titled.start()
            else:
                event = self._event(text, start, end, registry, region_starts)
            add_mention(doc, start, end, "PROGRAM", event, "programs.qualified_event")
            taken.add(start, end)

    @staticmethod
    def _for_union_cadres(text: str, union: Mention) -> bool:
        """Whether a place's 工会 (not its 总工会) qualifies the cadres after it (某省工会干部…)."""
        return text.startswith("干部", union.end) and text.endswith("工会", union.start, union.end) \
            and not text.endswith("总工会", union.start, union.end)

    def _edition_events(self, doc: Doc, text: str, taken: _Spans) -> None:
        """某市第二届职工体育节, 首届槐花节, 第三届职工文化艺术周, 首届职工创新成果交流展示活动: a festival,
        week, month or activity after its edition (no holiday has one), named from the place written
        right before the edition."""
        registry = entities_of(doc)
        region_starts = {span.start: span for span in mentions(doc, "REGION")}
        region_ends = {span.end: span.start for span in region_starts.values()}
        for match in _EDITION_EVENT.finditer(text):
            start = region_ends.get(match.start(), match.start())
            if _DAY_DRAWING_NEAR.match(text, match.end()) and not _KEPT_BY_UNIONS.search(text, start, match.end()):
                continue  # 第六届中国农民丰收节来临之际: a public festival, the time of the clause
            if role_ends_at(text, match.end() - 1) and name_at(text, match.end() - 1) is not None:
                continue  # 第九届经费审查委员会主任周某: a post of a term, then a name its surname (周) opens, no week
            if taken.free(start, match.end()):
                add_mention(doc, start, match.end(), "PROGRAM", self._event(text, start, match.end(), registry, region_starts),
                            "programs.edition_event")
                taken.add(start, match.end())

    @staticmethod
    def _clause_start(text: str, window: int, end: int) -> int:
        """Where the clause holding [.., end) starts within [window, end): after the last clause
        mark, but not after the quotes of a festival inside an event's name (庆“五一”职工篮球比赛),
        the brackets of a name's short note (全市乡镇（街道）工会主席培训班) or the 、 of fields listed
        right before its head (某市职工书法、美术、摄影大赛)."""
        clause = _LAST_CLAUSE_MARK.match(text, window, end)
        while clause and text[clause.end() - 1] in _OPENING_OF:
            closing = clause.end() - 1
            opening = text.rfind(_OPENING_OF[text[closing]], window, closing)
            inside = text[opening + 1: closing]
            if opening < 0 or not (_DATE.match(inside) if text[closing] == "”" else _NAME_NOTE.fullmatch(inside)):
                break
            clause = _LAST_CLAUSE_MARK.match(text, window, opening)
        item_end = end
        while clause and text[clause.end() - 1] == "、" and _field_listed(text, clause.end() - 1, item_end):
            item_end = clause.end() - 1  # 某市职工书法、美术、摄影大赛: the fields an event is of, listed in its name
            clause = _LAST_CLAUSE_MARK.match(text, window, item_end)
        return clause.end() if clause else window

    @staticmethod
    def _event(text: str, start: int, end: int, registry: dict[str, Entity], region_starts: dict[int, Mention]) -> Entity:
        """A qualified event, identified without its year, without a province written before its
        city, and by the full name of the place it opens with (2023年甘肃省百万职工…竞赛 and 甘肃省百万职工…竞赛,
        四川省达州市…大赛 and 达州市…大赛, 内蒙古…运动会 and 内蒙古自治区…运动会 are one)."""
        year = _YEAR.match(text, start)
        key_start = year.end() if year else start
        first = region_starts.get(key_start)
        if first is not None and registry[first.kb_id_].attributes.get("level") == "province" and first.end in region_starts:
            key_start = first.end
            first = region_starts.get(key_start)
        place = registry[first.kb_id_].name if first is not None else ""
        entity = named("program", text[start:end].translate(_NO_QUOTES))  # (第四届“庆十一”职工乒乓球比赛: named without them)
        entity.id = program_id(place + text[first.end if first is not None else key_start:end].translate(_NO_QUOTES))
        return entity

    @staticmethod
    def _after_last_verb(text: str, start: int, end: int) -> int:
        """Where a name starts after the last verb that takes it as object inside [start, end)
        (在吐哈油田进行产业工人队伍建设改革: after 进行)."""
        verbs = [match.end() for match in _OBJECT_VERB.finditer(text, start, end - 2)]
        return verbs[-1] if verbs else start

    @staticmethod
    def _from_first_noun(text: str, start: int, end: int) -> tuple[int, int]:
        """A name does not open with what the verbs before it left: particles, modal words, adverbs
        and verbs (落实落细产业工人队伍建设改革, 要牢牢把握产业工人队伍建设改革 name 产业工人队伍建设改革)."""
        words = common_words()
        while True:
            opened = start
            left_over = _LEFT_OVER.match(text[start:end])
            start += left_over.end() if left_over else 0
            if text[start] in _LEADING_FUNCTION_CHARACTERS and text[start: start + 2] not in words:
                start += 1  # 要…, 在…中: a modal word or a preposition on its own
            tag = words.get(text[start: start + 2], (0, ""))[1]
            after = words.get(text[start + 2: start + 4], (0, ""))[1]
            if not tag.startswith("n") and (tag in _NOT_A_NAME_TAGS or (not tag and after.startswith("n"))):
                start += 2
            if start == opened or end - start < 4:
                return start, end

    @staticmethod
    def _anchored(pattern: re.Pattern, heads: re.Pattern, text: str) -> list[re.Match]:
        """The matches of `pattern` that end at one of its heads. Searching from each head
        (they are rare) is much faster than running the lazy pattern over the whole text."""
        found: list[re.Match] = []
        for head in heads.finditer(text):
            start = max(head.start() - _LONGEST_NAME, found[-1].end() if found else 0)
            match = pattern.search(text, start, head.end() + _LOOKAHEAD)
            if match and match.end() == head.end():
                found.append(match)
        return found

    @staticmethod
    def _opens_badly(name: str) -> bool:
        """Whether a name starts with a verb, preposition, conjunction or adverb (发放…, 通过…)."""
        return common_words().get(name[:2], (0, ""))[1] in _NOT_A_NAME_TAGS

    @staticmethod
    def _describes_an_act(name: str) -> bool:
        """Whether an unquoted name opens like a description of what is done: with a verb, a verbal
        noun or an adjective (服务基层…, 丰富职工文化), or as _opens_badly says."""
        return common_words().get(name[:2], (0, ""))[1] in _ACT_TAGS

    @staticmethod
    def _enumerated(quoted: str) -> list[str]:
        """“A年、B年、C年”: the items of a quoted list each of which reads as a program, or each a
        campaign of bringing something (“夏送清凉、冬送温暖”), or each a formula (“A+B、A+C”); “A暨B”: two
        programs held together, each named."""
        items = quoted.split("、")
        if len(items) > 1 and all(len(item) > 3 and _PROGRAM_WORD.search(item) for item in items) and not _same_shape(items):
            return items  # (not “周周有课、季季有赛”: parallel clauses of one name)
        if len(items) > 1 and all(_GIFT_ITEM.fullmatch(item) or _SEASON_CAMPAIGN.fullmatch(item) for item in items):
            return items  # “夏送清凉、冬送温暖”, “春送岗位、金秋助学”: campaigns of bringing something, or of a season
        if len(items) > 1 and all("+" in item and not item.endswith("+") for item in items):
            return items  # “工会+检察、工会+信访”协作机制: two ways of working together, each named
        joined = quoted.split("暨")
        if len(joined) == 2 and all(len(item) >= 3 and item not in common_words() for item in joined):
            return joined
        return []

    @staticmethod
    def _reads_as_program(quoted: str) -> bool:
        if _COUNTED.match(quoted) or quoted.endswith(("+", "＋")) or _SUM.fullmatch(quoted):
            return False  # (“互联网+”: a way of working with something; “1+1>2”: a sum; no program)
        if _joins_phrases(quoted) or _parallel_clauses(quoted):
            return False
        if "+" in quoted or (_NUMBERED.match(quoted) and quoted not in common_words()
                             and not (quoted[1] in _DIVISIONS and quoted[3] in _DIVISIONS)):
            return True
        if quoted in common_words() or len(quoted) < 3:
            return False
        ending = _PROGRAM_WORD.search(quoted)
        if ending is not None and ending.group(0) in _TIME_ENDINGS and quoted[-2:] in common_words():
            return False  # “就地过年”, “回家过年”: the ending closes a word of the time (过年), no year's campaign
        return ending is not None

    @staticmethod
    def _trim(text: str, start: int, end: int, boundaries: set[int]) -> tuple[int, int]:
        """Start an unquoted name after the last verb, union, phrase boundary, 等 or count before it
        (or inside it: 二十余项市级…竞赛)."""
        start = after_count(text, start)
        lead = _EVENT_LEAD.match(text, start, end)
        if lead and len(lead.group(1)) == 1 and common_words().get(text[lead.end() - 1: lead.end() + 1], (0, ""))[0] >= FREQUENT_WORD:
            return start, start  # 规模以上企业劳动竞赛: the lead word's character opens a word (以上), no name after it
        cuts = [b for b in boundaries if start < b < end] + ([lead.end()] if lead else [])
        etc = text.rfind("等", start, end)
        if etc >= 0 and text[etc - 1: etc + 1] not in common_words() and text[etc: etc + 2] not in common_words():
            cuts.append(etc + 1)  # 操作等工种技能竞赛: a list closed by 等 ends before the name
        if cuts:
            start = max(cuts)
        elif start and CJK_CHAR.match(text[start - 1]) and start not in boundaries and not text[start].isdigit():
            return start, start  # no boundary before the name: not a name
        start = _after_preposition(text, start, end)
        counted = _LEADING_COUNT.match(text, start, end)
        return (counted.end() if counted else start), end


def _field_listed(text: str, mark: int, item_end: int) -> bool:
    """Whether the 、 at `mark` lists a field an event is of, up to `item_end` (书法、摄影大赛), not an event after
    another's head (某交流会、某比赛)."""
    return _FIELD_LISTED.fullmatch(text, mark + 1, item_end) is not None \
        and not _LISTED_AFTER_HEAD.search(text, max(0, mark - _LONGEST_LISTED_HEAD), mark)


def _selected(text: str, quotes: list[re.Match], position: int) -> bool:
    """Whether the quoted titles before `position` are what a selection chooses (“优秀女职工”评选, “十佳某某”评比活动),
    not a cup's contest (“某某杯”评比)."""
    return bool(quotes) and _SELECTION.match(text, position) is not None \
        and not any(quote.group(1).endswith("杯") for quote in quotes)


def _year_led(text: str, places: list[Mention]) -> Iterator[re.Match]:
    """The activities of a year, or of a place and a year, that open a clause (`_YEAR_LED`): tried at
    each year whose clause opens with it or with a place named right before it."""
    place_before = {span.end: span.start for span in places}
    for year in _YEAR.finditer(text):
        start = place_before.get(year.start(), year.start())
        if (not start or text[start - 1] in _CLAUSE_OPENING or text[start - 1].isspace()) \
                and (match := _YEAR_LED.match(text, start)) is not None:
            yield match


def _inner_quotes_read_as_quotes(text: str) -> str:
    """The text with the single quotes inside words spoken (a quotation after a colon or ending a
    sentence) read as quotes, and the quotation's own marks as brackets (“我们开展了‘某某’行动。”: 某某 is
    quoted as a program's name is): of the same length, so that offsets hold."""
    if "‘" not in text:
        return text
    marks = list(text)
    for quotation in _QUOTATION_WITH_INNER_QUOTES.finditer(text):
        if not (text[quotation.end() - 2] in _SPOKEN_ENDS or text[quotation.start() - 1: quotation.start()] in ("：", ":")):
            continue  # “货车司机建会入会，尽享‘娘家人’温暖”活动: a quoted name, not words spoken
        marks[quotation.start()], marks[quotation.end() - 1] = "「", "」"
        for inner in _INNER_QUOTE.finditer(text, quotation.start(), quotation.end()):
            marks[inner.start()], marks[inner.end() - 1] = "“", "”"
    return "".join(marks)


_SLOGAN_CLAUSE_BREAK = regex("[，,\u3000 ]")  # what parts a slogan's clauses inside its quote


def _in_slogan(text: str, position: int) -> bool:
    """Whether `position` lies inside a quote of clauses (“新春送春联,祝福暖人心”): a slogan, whose words name
    nothing of their own."""
    if not _in_quote(text, position):
        return False
    opening, closing = text.rfind("“", 0, position), text.find("”", position)
    return closing > 0 and _SLOGAN_CLAUSE_BREAK.search(text, opening, closing) is not None


def _in_quote(text: str, position: int) -> bool:
    """Whether `position` lies inside a quote (“某某工惠青岛线上招聘会”: the quote names what it holds)."""
    opening = text.rfind("“", 0, position)
    return opening >= 0 and text.find("”", opening, position) < 0


def _theme_before_its_word(text: str, quoted: str, after_quote: int) -> bool:
    """Whether a quote ending at `after_quote` is a theme declared by the word after it: a slogan of parts
    before 主题 (“巾帼建新功 奋进新时代”主题活动; not “我为群众办实事”主题实践活动, a name)."""
    return text.startswith(_THEME_WORD, after_quote) and _SLOGAN_PARTS.search(quoted) is not None


def _adverb_before_verb(name: str) -> bool:
    """Whether `name` holds a clause's adverb or time right before a verb (均已开设, 都很支持, 当时得知)."""
    words = common_words()
    for position, character in enumerate(name):
        adverb = 1 if character in _CLAUSE_ADVERBS else 2 if name.startswith(_CLAUSE_TIMES, position) else 0
        if adverb and words.get(name[position + adverb: position + adverb + 2], (0, ""))[1] == "v":
            return True
    return False


# A count of measures or tasks quoted (某县总“三举措”推进…, “四项措施”): how many, no program's name.
_COUNTED_MEASURES = regex("[一二三四五六七八九十两\\d]+[项条个大]?(?:举措|措施|招|要点|原则|任务)")


_BY_MEANS = "以"
_AS_CONTENT = regex("为(?:主要|核心|重点)?内容")


def _names_no_program(text: str, quoted: str, start: int, end: int) -> bool:
    """Whether the quote at text[start:end] names something other than a program, whatever word
    heads it: a theme (“X Y”主题活动), a mascot (形象大使“工小福”), a union taking members in
    (“某某货运工会”入会宣传), a campaign's slogan (“情系职工”夏送清凉活动), an office (某市“产改办”), a
    festival spent together (共度“中国节”), a law (“民法典”宣讲活动) or a count of measures (“三举措”)."""
    return _theme_before_its_word(text, quoted, end) or text.endswith(_MASCOTS, 0, start) \
        or bool(_UNION_NAMED.search(quoted) and _UNION_DEED.match(text, end)) \
        or len(quoted) >= _SHORTEST_SLOGAN and _CAMPAIGN_AFTER_SLOGAN.match(text, end) is not None \
        or bool(_QUOTED_OFFICE.fullmatch(quoted) and text[start - 1: start] in _PLACE_LAST_CHARACTERS) \
        or quoted.endswith(_FESTIVAL) and text.endswith(_SPENDING_A_FESTIVAL, 0, start) or quoted.endswith(_LAW_QUOTED) \
        or bool(_COUNTED_MEASURES.fullmatch(quoted)) or _as_content(text, start, end)


def _as_content(text: str, start: int, end: int) -> bool:
    """Whether the quote at text[start:end] is in a run of quotes a contest is said to be about
    (以“比进度、创优质工程”“比安全、创平安工程”为主要内容的劳动竞赛): its slogans, no programs."""
    run_start = _quote_run_start(text, start)
    run = _QUOTED_RUN_END.match(text, end)
    return text[run_start - 1: run_start] == _BY_MEANS and _AS_CONTENT.match(text, run.end() if run else end) is not None


def _in_theme(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a quote declared a theme (以“…”为主题)."""
    closing = text.find("”", end)
    return _in_quote(text, start) and closing >= 0 and text.startswith("为主题", closing + 1)


def _in_launched_list(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is an item of a list that a launch verb opens and 等…活动 closes, in one
    clause (开展了送温暖、金秋助学等帮扶活动)."""
    if _LISTED_CAMPAIGNS_CLOSE.match(text, end) is None:
        return False
    clause_start = start_after_last(text, start, CLAUSE_MARKS)
    return _LAUNCH_VERB.search(text, clause_start, start) is not None


def _names_a_plan(text: str, position: int) -> bool:
    """Whether the words from `position` (after a quoted name) call it a plan, a goal or a strategy
    (“369”发展战略, “两个率先”奋斗目标, “一谷一城”发展格局), not a program's head."""
    window = text[position: position + _LONGEST_STRATEGY]
    if not any(word in window for word in _PLAN_WORDS):
        return False  # (a quick look before the pattern)
    strategy = _STRATEGY.match(text, position)
    return strategy is not None and not _PROGRAM_HEAD.search(strategy.group(1))


def _is_association(text: str, end: int) -> bool:
    """Whether the 联谊会 ending at `end` follows a word for people of a kind (书画家联谊会): an association."""
    return text.endswith("联谊会", 0, end) and text[end - 4: end - 3] in _PEOPLE_ENDS


def _after_preposition(text: str, start: int, end: int) -> int:
    """Where a name found between `start` and `end` starts after the last frequent preposition
    inside it (希望各方通过技能竞赛, 将根据某某竞赛): the words before it are a clause's."""
    words = common_words()
    for position in range(end - 3, start - 1, -1):
        frequency, tag = words.get(text[position: position + 2], (0, ""))
        if tag == "p" and frequency >= FREQUENT_WORD:
            return position + 2
    return start


def _counts_contests(text: str, start: int, end: int) -> bool:
    """Whether [start, end) ends in a count of contests that a word of their items or grounds
    follows (四大赛项, 两大赛场): no contest's name."""
    return bool(_COUNTED_BIG.search(text, start, end)) and text[end: end + 1] in _AFTER_COUNTED_CONTESTS


def _clause_goes_on(text: str, position: int) -> bool:
    """Whether what follows a place or year at `position` goes on with a clause (将…, 把…, 列入…),
    not with a name: an adverb or preposition, or a verb that no 性 or 式 makes a quality (引领性)."""
    if _CLAUSE_GOES_ON.match(text, position):
        return True
    return common_words().get(text[position: position + 2], (0, ""))[1] == "v" and \
        text[position + 2: position + 3] not in _MAKES_A_QUALITY and not _TRADE_OF_VERB.match(text, position + 2)


def _joins_phrases(quoted: str) -> bool:
    """Whether a quote joins whole phrases with + (“物质帮扶+精神慰问”), or lists with it the many
    parties to a piece of work (“工会+法院+检察院+信访局+人社局”): a description, not a name
    (“家+站+点”, “工匠学堂+”, “职工书屋+驿站”, “法院+工会” are names)."""
    parts = [part for part in quoted.split("+") if part]
    return len(parts) >= 2 and all(len(part) >= 4 for part in parts) or len(parts) >= _MOST_PARTS_OF_A_NAME


def _parallel_clauses(quoted: str) -> bool:
    """Whether a quote lists three clauses or more opened by the same verb (“比进度、比质量、比安全、
    争创精品”), or short ones with the same end (“干一行、爱一行、钻一行”): a slogan of what to strive
    for, not a name (“技能提升年、服务质量提升年” lists names)."""
    if quoted.count("、") < 2:
        return False
    parts = quoted.split("、")
    openings = [part[0] for part in parts if len(part) >= _SHORTEST_CLAUSE]
    short_with_one_ending = all(len(part) <= _LONGEST_SHORT_CLAUSE for part in parts) and len({part[-2:] for part in parts}) == 1
    return max(map(openings.count, openings), default=0) >= 3 or short_with_one_ending


def _head_quoted_too(name: str, other: str) -> bool:
    """Whether `name` is `other` with a generic head written inside its quotes (“求学圆梦行动” of “求学圆梦”行动)."""
    return name.startswith(other) and name[len(other):] in _GENERIC_HEADS_QUOTED


_GENERIC_HEADS_QUOTED = ("行动", "活动", "工程", "计划", "项目", "专项行动", "工作")


def _quote_run_start(text: str, position: int) -> int:
    """Where the run of quotes that the quote at `position` belongs to starts (“甲”“乙”和“丙”, “甲”以及“乙”: at 甲's quote)."""
    while position > 1:
        close = position - 1 if text[position - 1] == "”" else position - 2 if (
            text[position - 1] in "、和及与" and text[position - 2] == "”") else position - 3 if (
            text.endswith("”以及", 0, position)) else -1  # (“甲”以及“乙”)
        opening = text.rfind("“", 0, close) if close > 0 else -1
        if opening < 0:
            break
        position = opening
    return position


def _year_opening(text: str, start: int, end: int) -> tuple[str, int]:
    """The year that opens the words in [start, end) (2024年, 2024年度), if any, and where the words go on after it."""
    year = _LEADING_YEAR.match(text, start, end)
    return (year.group(0), year.end()) if year else ("", start)


def _same_shape(parts: list[str]) -> bool:
    """Whether parts are parallel clauses: of one length, with one character at the same place before
    their ends (周周有课、季季有赛; not 技能提升年、作风建设年, which share only the head)."""
    return len({len(part) for part in parts}) == 1 and any(
        len({part[index] for part in parts}) == 1 for index in range(len(parts[0]) - 1))


def _without_inner_head(quoted: str) -> str:
    """A quoted name without the generic head quoted with it: “2016年全市职工游园活动” is 2016年全市职工游园."""
    return quoted.removesuffix("活动") if quoted.endswith("活动") and len(quoted) >= 5 else quoted


def _after_inner_break(text: str, start: int, end: int) -> int:
    """Where a reform's name starts after the last preposition or copula standing alone inside the
    run before it (职工是享受…改革, 某市总工会就…改革): the clause's words end there (not 新就业…: 就业)."""
    words = common_words()
    for position in range(end - 8, start - 1, -1):  # the name keeps at least six characters before 改革
        if text[position] in _INNER_BREAKS and text[position: position + 2] not in words \
                and text[position - 1: position + 1] not in words:
            return position + 1
    return start


@Language.factory("kg_programs")
def make_program_recognizer(nlp: Language, name: str) -> ProgramRecognizer:
    return ProgramRecognizer()

