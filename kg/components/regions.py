"""REGION: administrative divisions from the gazetteer, and villages, communities and zones by pattern.

Chains such as 广东江门恩平市沙湖镇 yield one mention per division, each resolved inside the
one before it. A name several divisions share (朝阳区, 鼓楼区, 沙湖镇) goes to the one that
fits the regions named around it. Short forms that are also common words (和平, 开发) count
only inside a chain, and short county names (恩平) only where the article supports them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.components.base import (
    AREA_OFFICE,
    CJK,
    CJK_CHAR,
    COUNTED_UNITS,
    DOCUMENT_TITLE,
    FREQUENT_WORD,
    IDIOM_TAGS,
    LIST_JOINS,
    SENTENCE_MARKS,
    WHOLE_SCOPES,
    WORDS_OF_UNION_NEWS,
    Mention,
    add_mention,
    after_date,
    bare_form_starts,
    covered,
    drop_mention,
    entities_of,
    holds_verb,
    is_route,
    mentions,
    region_entity,
    repoint_to_fuller,
    text_of,
)
from kg.components.people import SURNAMES, name_at, role_ends_at
from kg.gazetteer import (
    LEVEL_RANK,
    Region,
    RegionGazetteer,
    common_words,
    default_gazetteer,
    is_common_word,
    short_names,
)
from kg.model import Entity
from kg.regexes import regex
from kg.wordlists import word_list

# The level words a short form may end in and still name its division plainly (孟村县 for
# 孟村回族自治县, 海西州).
_LEVEL_ENDS = ("县", "旗", "州")
_BEYOND_FIVE = 0.001  # the weight of a division's support past five mentions, which only breaks ties
_MUNICIPAL_TIE = 0.0001  # what being a district of a province-level city adds: it breaks only an exact tie
# Parts of speech of words that name no community or village (现有, 所有, 全部, 这些).
_PLAIN_WORD_TAGS = ("b", "r", "m", "d", "p", "c")
_NUMERAL_TAG = "m"
_COUNTING = regex("[些多余几个每数半若全部整首家第批]")
# Numerals that make a count with 大 (三大, 四大): a place's name starts no 大 after them.
_NATURAL_FEATURES = "山江河湖岭峰"  # the last characters of mountains', rivers' and lakes' names (长白山)
_COUNT_BEFORE_BIG = "一二三四五六七八九十两几"
# A county's body written with the bare level (县委, 县总工会), where the article's county is named short.
_STREET_ENDS = ("路", "街", "里")  # what a community named after its street ends in (某某东路社区, 某某北大街社区)
_URBAN = "城镇"  # a word (towns and cities) that a township's name may end in too
_KINDS_OF_SETTLEMENT = (_URBAN, "城市", "城乡", "乡村")  # before 社区 or 村: communities of a kind (城镇社区), none named
_NEW_VILLAGE = "新村"  # a community's name may end in it (某某新村社区), though 村 ends villages
_ESTATE_ENDS = ("家园", "花园")  # a community named after its housing estate (某某家园社区)
_BARE_COUNTY_BODY = regex("([县市])(?:委|政府|人民政府|总工会|人大|政协)")
_BEFORE_BARE_COUNTY = "的和与及在由对向"  # words that may stand right before a bare 县委 (no character of a name)
# What may follow a short county name so that it reads as the place (恩平市总, 青州工会).
_UNION_AFTER = regex(r"(市|县|区)总|总工会")
# Villages, communities and development zones, named right after a division or at a phrase start.
_LOCALITY_HEAD = regex(
    "经济技术开发区|高新技术产业开发区|高新技术开发区|经济开发区|经济发展区|经开区|经区|高新区|保护开发区|旅游度假区|开发区|科技城|科学城|产业园区|工业园区|工业园(?![区])|产业园(?![区])|综合保税区|综保区|保税港区|保税区|台商投资区|金融贸易区|"
    "示范区|管理区|新片区|合作区|综合实验区|试验区|新区|居民区|社区|街道|镇|"
    "乡(?![村镇])|"
    "(?<!乡)村(?!民|干部|集体|级|里|容|庄|落|镇|务|史|厅|局|社区)"  # (乡村: the countryside)
)
# A street written 街 for 街道 right before a union word (李七庄街总工会).
_ABBREVIATED_STREET = regex(f"([{CJK}]{{2,4}}?)街(?=总工会|工会)")
# The same at a phrase's start, with no county written before it (。某某街总工会将…).
_BARE_STREET = regex(f"(?:^|(?<=[，,。；;：:、！!？?\n]))([{CJK}]{{2,3}}?)(街)?(?=总工会|工会|(?<=街)(?:经济办|人大工委|党工委|办事处|综治办))")
_QUOTED = regex("“[^“”\n]{1,40}”")
_BODY_AND_MOVE = regex("工会|[来去到赴往]$")  # in the words after a division: its body, or a verb of going
_CITY_ZONE = regex("经济技术开发区|高新技术产业开发区|经开区|高新区")
_ZONE_HEADS = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区")
# A word this frequent after a division names no locality (郭杜街道实现社区), but an industry a zone of the
# division's is named after (长春汽车经济技术开发区, named with its city).
_FREQUENT_STEM = 5000
_NATIONAL = "国家"  # written between a zone's division and its kind (某某国家高新技术产业开发区)
_NEW_AREA = "新区"
_LONGEST_STEM = 4  # characters between a division and a village's, a community's or a township's head
_LONGEST_ZONE_STEM = 6  # and a zone's kind (某市城乡一体化示范区)
_SENTENCE_MARKS_QUOTED = "，,。！？"
_QUOTED_SENTENCE = regex(f"[{_SENTENCE_MARKS_QUOTED}]")  # “今年春节，我们一起在宁波过年”: speech, not a name
_SLOGAN_MARKS = regex(f"[{_SENTENCE_MARKS_QUOTED}、]")  # and a slogan's clauses (“青春正当时、筑梦新片区”)
# Bylines and photo credits (本报通讯员 王泸州 摄, 记者 甲某 王昆明, 文/某西宁 图/某定西 编辑：某天水): a place inside a
# name there is part of the name.
# (the names after the first are of two or three characters, not a dateline's place: 某某 济南报道, 北京电)
_CREDIT = regex(rf"(?:记者|编辑|摄影|通讯员|实习生|(?<![{CJK}])[文图] ?/)[：:]?[ \u3000]*([{CJK}]{{2,4}}(?:[ \u3000、](?![{CJK}]{{2}}(?:电|讯|报道))[{CJK}]{{2,3}})*)"
                     r"(?=[\s)）/、,，]|$)")
# Parts of speech a village or zone name does not start with: verbs, adjectives, adverbs …
_NOT_A_NAME_TAGS = ("v", "vn", "a", "ad", "d", "p", "c", "r", "m", "f", "t")
# The one-character names of provinces that are no frequent word alone (GB/T 2260's abbreviations),
# after a verb of going or being and before an act: 在京召开, 赴沪学习, 来渝务工.
ONE_CHARACTER_NAMES = {"京": "110000000000", "津": "120000000000", "冀": "130000000000", "晋": "140000000000",
                        "辽": "210000000000", "沪": "310000000000", "苏": "320000000000", "浙": "330000000000",
                        "皖": "340000000000", "闽": "350000000000", "赣": "360000000000", "鲁": "370000000000",
                        "豫": "410000000000", "鄂": "420000000000", "湘": "430000000000", "粤": "440000000000",
                        "桂": "450000000000", "琼": "460000000000", "渝": "500000000000", "陕": "610000000000",
                        "川": "510000000000", "蜀": "510000000000", "黔": "520000000000", "滇": "530000000000",
                        "藏": "540000000000", "陇": "620000000000", "疆": "650000000000"}
_CLAUSE_CONJUNCTIONS = "而但并且"  # a clause's conjunction before a locality's name (而某某社区)
_PREPOSITIONS_BEFORE_OBJECT = "对向给在为从把被"  # 负责人对社区工作: a preposition before a locality's kind, no name
# The one-character names the press gives some provincial capitals and large cities (在蓉召开, 来穗务工),
# found only where the same verbs and acts surround them.
_ONE_CHARACTER_CITIES = {"蓉": "510100000000", "穗": "440100000000", "榕": "350100000000", "邕": "450100000000",
                         "筑": "520100000000", "甬": "330200000000", "汉": "420100000000", "昆": "530100000000",
                         "锡": "320200000000", "杭": "330100000000", "厦": "350200000000", "莆": "350300000000",
                         "泉": "350500000000", "漳": "350600000000", "温": "330300000000"}
# Cities of long names the press writes by their first character and 市 (呼市总工会, 乌市劳模).
_FIRST_CHARACTER_CITIES = {"呼市": "150100000000", "乌市": "650100000000", "哈市": "230100000000", "齐市": "230200000000"}
_FIRST_CHARACTER_CITY = regex("|".join(_FIRST_CHARACTER_CITIES))
_ONE_CHARACTER_PLACE = regex(
    "(?:在|赴|来|进|抵|返|离)([" + "".join(ONE_CHARACTER_NAMES) + "".join(_ONE_CHARACTER_CITIES) + "])"
    "(?=召开|举行|举办|参加|参会|务工|工作|考察|调研|学习|培训|交流|期间|[，,。；;、])")
# A branch of a bank, a company or a school after a short county name (某银行满洲里分行, 某大学某某学院):
# the branch in that county.
_BRANCH_AFTER = regex("分行|支行|分公司|分院|分校|校区|学院|营业部")
# What closes a list of short names of counties or districts (甲、乙、丙等区, 甲、乙等3个县).
_LIST_OF_COUNTIES_CLOSING = regex("等(?:[\\d一二三四五六七八九十]+个)?[区县](?![委长域级城])")
# The rest of a list of places after its first (、乙、丙等地, 、乙两地): short names closed by 等地 or a count.
_PLACES_LISTED = regex(f"(?:[、和与][{CJK}]{{2,3}}){{1,6}}(?:等地|等县|[两三四五六七八九十]地)")
# A short name followed by these is part of another name (安康杯, 南江村, 长安街, 北京南路, 中山大街, 某某亭,
# 某某寺; not 长春街头; a port's company is the city's: 湛江港集团), names a river or lake (巢湖流域) or a broad area
# around a city (武汉城市圈).
_NOT_AFTER_SHORT_NAME = regex("[杯村镇乡桥湾号湖门亭寺庙陵]|港(?!集团|务|股份|控股|有限|公司)|[东西南北中大]?(?:路|街(?!头))|大道|社区|街道|流域"
                                   "|(?:城市|都市|经济)[圈群带]|舞蹈|民歌|快板|秧歌|小调|花鼓|梆子|落子|清音|琴书|大鼓|坠子|道情")  # (西藏舞蹈, 陕西快板: a style)
# A short name below the province followed by these names a site (某某广场, 某某公园, 某某国际机场, 某某服务区,
# 城南片区: a planned area), not the division (not 某省机场集团: a company of the province).
# Broad areas the guidelines leave out that share their name with a district (郑州市中原区, 南宁市江南区): written
# alone, without the district's level or a body of it, they name the area (中原出彩, 江南水乡).
_BROAD_AREAS = ("中原", "江南")
_TOWNSHIP_SHORT_NAME = "regions.township_short_name"  # the rule of a township written without its level
# A road or railway named by the places it joins (汉中至巴中高速公路, 西宁至成都铁路某标段, 雅安至林芝段): no region.
_ROUTE_NAME = regex(f"[{CJK}]{{2,4}}至[{CJK}]{{2,4}}?(?:高速公路|高速铁路|高速|铁路|公路|高铁|段)")
_GOING = regex("[赴到去往]")  # verbs of going, before a zone of no name (赴开发区)
_QUARTERS_OF_THE_COUNTRY = ("华北", "华东", "华南", "华中", "华西", "西北", "西南", "东北", "东南")  # broad areas too
_SITE_AFTER_SHORT_NAME = regex("广场|公园|(?:国际)?机场(?!集团|公司)|服务区|片区|古镇|景区|宾馆|饭店|大?酒店|大厦|大楼")
_BUILDING = regex("宾馆|饭店|大?酒店|大厦|大楼")  # a building named after a province too (某省大厦 in the capital)
_TRADE_AFTER_BUILDING = regex("业|行业|协会|商会")  # 某省饭店业, 某省酒店行业协会: the trade of such buildings
_AIRPORT = "机场"
# What a performed work's title follows (合唱《…》, 舞蹈《…》, 演唱了《…》), a few characters back at most.
_PERFORMANCE_BEFORE = regex("(?:合唱|独唱|对唱|歌曲|舞蹈|歌舞|小品|朗诵|快板|相声|情景剧|舞台剧|戏曲|演唱|演奏|表演|节目)[了的曲]?$")
_PERFORMANCE_REACH = 5
_LOCALITY_AFTER_SHORT_NAME = regex(f"[{CJK}](?:社区|村)(?![委民])")  # (湖南崖社区: the community's own name)
_RIVER_AFTER_SHORT_NAME = regex("河(?![南北东西套])")  # 秦淮河: a river named after a county, not the county
# The bodies of a place, written right after its name: 某县总工会, 某县人民政府.
# (攸县县委: the level again; 攸县一中, 攸县职高: its schools by number)
_FEDERATION_OR_GOVERNMENT = regex("总工会|人民政府|委员会|人大常委会|政协")
_BODY_OF_PLACE = regex("总工会|工会|人民政府|政府|人大|政协|委员会|县委|县政府|县人民政府|[一二三四五六七八九十]{1,3}中(?![全心])|职高")


def _word_like(text: str, end: int, form: str) -> bool:
    """Whether a short place name ending at `end` is read as a word: one the dictionary holds as mostly
    a word, or one of union news not followed by a body of the place (安康工会 names the city)."""
    return is_common_word(form) or form in WORDS_OF_UNION_NEWS and not _BODY_OF_PLACE.match(text, end)


# A news item's dateline after the name of its paper or site: 遂昌新闻网讯, 营口日报讯, 云南网讯.
# A speech verb, perhaps after an adverb of manner, right after a name (某某乐呵呵地说).
_SPEAKS_AFTER = regex(f"(?:[{CJK}]{{1,3}}地)?(?:说|表示|介绍|笑道|说道)")
_ACTS_AFTER_NAME = ("出席", "参加", "主持", "讲话", "致辞", "陪同")  # after a name after a post: what the person does
_ADDRESS_TERMS = ("同志", "先生", "女士")  # after a name: how one addresses the person (某海东同志)
# What opens and closes a name in a list of names in brackets (（甲某、乙某、丙某）), a credit line's.
_NAME_LIST_OPENS = ("（", "(", "、")
_NAME_LIST_CLOSES = ("、", "）", ")")
_MEDIA_DATELINE = regex("(?:新闻网|日报|晚报|网|电视台|广播电视台|融媒体中心|融媒体|融媒)讯")
_VILLAGE_HEADS = ("村", "社区", "居民区")
_ROAD_ENDS = ("路", "街", "道")  # what ends a road's name (某某路), which streets (某某路街道) are named after
# Communities or villages listed by their names, the head written once after the last (甲、乙、丙等社区).
_LOCALITIES_LISTED = regex(f"((?:[{CJK}]{{2,3}}、)+[{CJK}]{{2,3}})等(社区|村)")
_LOCALITIES_CLOSING = regex("等(?:社区|村)")
# A township the gazetteer does not list (it was renamed or merged): named right after its county.
_TOWNSHIP_HEADS = ("街道", "镇", "乡")
# Short names of townships in a list closed by a word for townships or by one written in full (甲、乙等乡镇).
_TOWNSHIP_LIST = regex(f"[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}})*$")
# What closes such a list: a word for townships after 等 (等受灾乡镇: a word for what they suffered or are
# may stand before it), one township written in full before 等, or a verb of holding.
_TOWNSHIP_LIST_CLOSE = regex(f"等[\\d一二三四五六七八九十]*个?(?:[{CJK}]{{2}})??(?:乡镇|镇|乡|街道|镇街)|、[{CJK}]{{2,3}}(?:镇|乡|街道)等"
                                  f"|(?P<held>举行|举办|召开)")
_LONGEST_TOWNSHIP_LIST = 80
_LONGEST_SHORT_NAME = 3  # of a township listed by its short name
_PLACE_KICKER = regex(f"(?:^|(?<=\n))[ \u3000]*([{CJK}]{{2,3}})[：:](?=[{CJK}])")  # 海口：… opening a line
_ZONE_WRITTEN_SHORT = regex(f"([{CJK}]{{2,8}}?)(?<!经济|技术|产业|高新|综合)(开发区|高新区)")  # a zone's head written short
_ECONOMIC_ZONE_SHORT = "经区"  # 经济技术开发区 written short after its city (威海经区); bare, as 开发区 (经 is a preposition too)
# The heads of development zones and new areas, named with their city's short name written before them
# (马鞍山慈湖高新区 is 马鞍山慈湖高新技术产业开发区, as 北京经济技术开发区; not 马鞍山市郑蒲港新区: the city in full
# is a place of its own).
_CITY_NAMED_ZONE_HEADS = ("经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "经开区", _ECONOMIC_ZONE_SHORT, "高新区", "开发区",
                          "新区", "示范区", "合作区", "试验区", "综合实验区", "综合保税区", "综保区", "保税港区", "保税区")
_BEFORE_LOCALITY_TAGS = ("v", "c")  # the words a locality's name may follow (走进, 并且), and pronouns (其中)
_PRONOUN = "r"
_CLASSIFIERS = "个位项种次"  # what ends a pronoun that counts (每个, 这位): a noun follows it, no place
_DEVELOPMENT_ZONE = "开发区"  # written bare (开发区总工会): the zone of that kind named before
_PARKS_WITHOUT_AREA = ("工业园", "产业园")  # parks' heads without 区, which name a zone right after its division only
_ZONE_NAMES = {"经开区": "经济技术开发区", _ECONOMIC_ZONE_SHORT: "经济技术开发区", "高新区": "高新技术产业开发区", "高新技术开发区": "高新技术产业开发区",
               "综保区": "综合保税区"}
_TOWNSHIP_OFFICE = regex("司法所|派出所|卫生院|财政所|综治办|人民政府|政府|党委|总工会|工会")  # a township's own offices and union
_TOWNSHIP_LEVELS = "镇乡"
_VILLAGE = "村"
_JOINING_VERBS = ("会同", "联合", "协同")  # verbs that join one body to others (某局会同县卫健局)
_BODY_ENDS = "局委会府院厅室办部所站司队联"  # the last characters of bodies' names (某局, 某委, 总工会, 妇联)
_CONJUNCTIONS = "和与及同"  # a two-character name opening with one anchors nothing: it may join two phrases
_NOT_COUNTY_STEMS = _CONJUNCTIONS + "代全本该各两邻外每"  # before 县, words of joining, acting or quantity (和县委, 代县长, 全县)
_JOINING_WORDS = "和与及"  # conjunctions only (同安 opens with a preposition too, but seldom joins words)
_LEVEL_OPENINGS = "地市县区州盟旗"  # what opens a level word after a short name (和田地区)
_PHRASE_START = regex(f"(^|[^{CJK}]|[在到于和与及、的是对向为从赴自了]|[该本][镇乡县区市])$")  # (在该镇某某村)
_NOT_A_PLACE_STEM = regex(
    "^(?:[该本全各每此其驻进入到在整这那某同新老原让使把将为带对向给被从他她我你并以由经据当总县省非]|所属|所在|辖区)"
    "|[的了和与及在以个几驻季们着等各]|片区"  # (某某片区社区中心: an area's centre, no community)
    "|..小$|度假$"  # (某某小镇, 某某度假村: a themed town or a resort, no division)
    "|区$|[起牢靓]$|^[美绿净亮优]化$|^情暖"  # (管控区社区: an area's communities; 扛起社区防控, 美化社区环境, 情暖社区: a verb's)
)


@dataclass(frozen=True)
class _UnnamedCounty:
    """What an article says of a county it does not name: the bare levels (县, 市) by which it speaks
    of the county's bodies (县委, 县总工会; 市总工会 of a county-level city, where it names no county nor
    prefecture either), and the provinces it names, one of which the county lies in, if any."""

    levels: str
    provinces: frozenset[str]

    def admits(self, region: Region) -> bool:
        """Whether `region` may be that county."""
        return region.level == "county" and region.name[-1] in self.levels and not region.until \
            and (not self.provinces or region.province_code in self.provinces)


@dataclass
class RegionMention:
    start: int
    end: int
    region: Region
    full: bool


_LONGEST_UNREAD_OPENING = 2  # characters of a township's name that no list holds, between its county and a namesake


def _opens_inside_a_name_after(text: str, resolved: list[RegionMention], start: int, region: Region) -> bool:
    """Whether a township or village read at `start` is the tail of a longer name that opens right after a
    county (吴堡县上宝峰乡: 上 between), while it lies in another county: that longer name is meant, not it."""
    if region.level not in ("township", "village") or not resolved:
        return False
    county = resolved[-1]
    gap = text[county.end: start]
    return county.region.level == "county" and 0 < len(gap) <= _LONGEST_UNREAD_OPENING \
        and all(CJK_CHAR.match(character) for character in gap) and not region.code.startswith(county.region.code[:6])


def _frequent_common_word(word: str) -> bool:
    """Whether `word` is a frequent word that names no one place (机关, 学校; not 迎宾, 鼓楼)."""
    frequency, tag = common_words().get(word, (0, ""))
    return frequency >= FREQUENT_WORD and not tag.startswith(("nr", "ns", "nz"))


def _locality_entity(name: str, level: str, parent: Region | None, gazetteer: RegionGazetteer) -> Entity:
    attributes = {"level": level}
    key = name
    if parent is not None:
        attributes["province"] = gazetteer.province_of(parent).name
        attributes["parent"] = f"region:{parent.code}"
        key = f"{parent.code}:{name}"
    return Entity(id=f"region:{key}", type="Region", name=name, attributes=attributes)


def _credited_names(text: str) -> list[tuple[int, int]]:
    """Where the names of bylines and photo credits are."""
    spans = [match.span(1) for match in _CREDIT.finditer(text)]
    credit = text.find("摄")
    while credit != -1:  # a name, a space, 摄
        end = credit
        while end > 0 and text[end - 1] in " \u3000":
            end -= 1
        start = end
        while end < credit and start > 0 and end - start < 4 and CJK_CHAR.match(text[start - 1]):
            start -= 1
        if end - start >= 2:
            spans.append((start, end))
            while start > 2 and text[start - 1] == "、":  # 甲某、乙某某 摄: each name of the list
                end = start - 1
                start = end
                while start > 0 and end - start < 3 and CJK_CHAR.match(text[start - 1]):
                    start -= 1
                if end - start < 2:
                    break
                spans.append((start, end))
        credit = text.find("摄", credit + 1)
    return spans


_PREPOSITIONS_BEFORE_PLACE = "向对在从到赴往"  # (向东莞、某州拨付: 向东 is a word, 东莞 a place all the same)
_LISTED_OR_BODY_AFTER = regex("[、和与及等]|[两三四五六七八九十][市县区地州]|总?工会")
_FREQUENT_WORD_BEFORE = 1000  # how frequent a word ending in a short name's first character must be to keep it
_FEATURE_ENDS = "湖山海江河岛"  # what ends the name of a lake, a hill or a river a town may be named after
_RARE_AS_WORD = 500  # a county's short name used as a word no more often than this (常熟) may name the county
_READ_APART = 20  # how many times more often the words beside a short name read without its character than with it


def _only_county_in_named_province(region: Region, candidates: int, anchors: dict[str, int]) -> bool:
    """Whether `region`, a county, is the only division its form names (of `candidates`), in a province the
    article names (`anchors`)."""
    return candidates == 1 and region.level == "county" and anchors.get(region.code[:2] + "0" * 10, 0) > 0


def _zone_in_full(name: str, other: str) -> bool:
    """Whether `other` is the zone `name` writes short (芦台开发区 of 芦台经济开发区, 某某高新区 of 某某高新技术产业开发区)."""
    short = _ZONE_WRITTEN_SHORT.fullmatch(name)
    return short is not None and len(other) > len(name) and other.startswith(short.group(1)) \
        and other.endswith(_ZONE_NAMES.get(short.group(2), short.group(2)))


def _inside_feature_name(text: str, start: int, end: int, gazetteer: RegionGazetteer) -> bool:
    """Whether a short name is inside the name of a mountain, river or lake that names no division:
    ending one that opens right before it (长白山 holds 白山), or opening one its feature's word ends
    right after it (栖霞山 holds 栖霞)."""
    words = common_words()
    return any(words.get(longer, (0, ""))[1] == "ns" and not gazetteer.candidates(longer)
               for longer in (text[start - 1: end] if start > 0 and text[end - 1] in _NATURAL_FEATURES else "",
                              text[start: end + 1] if text[end: end + 1] in _NATURAL_FEATURES else ""))


def _straddles_words(text: str, start: int, end: int) -> bool:
    """Whether a name's first character ends a common word with the character before it and its
    last one opens a common word with the character after it (隆重庆祝 holds no 重庆)."""
    words = common_words()
    return text[start - 1: start + 1] in words and text[end - 1: end + 1] in words and start > 0


def _common_noun(form: str) -> bool:
    """Whether a division's full name of two characters is a frequent common noun (矿区)."""
    frequency, tag = common_words().get(form, (0, ""))
    return len(form) == 2 and tag == "n" and frequency >= FREQUENT_WORD


def _ordinary_words(text: str, start: int, form: str, region: Region) -> bool:
    """Whether a county's or township's full name at `start` reads as ordinary words: its first
    character ends a word with the one before and the rest is a frequent word (滨海城市); a former
    form's stem is a frequent word (新建县); a county's name is a word of a common noun and its level
    (老城区); or, for a township, its stem is a frequent word that names no place or person (小城镇, 建设乡镇)."""
    words = common_words()
    if start and text[start - 1: start + 1] in words and words.get(form[1:], (0, ""))[0] >= FREQUENT_WORD:
        return True
    if form[-1] != region.name[-1] and words.get(form[:-1], (0, ""))[0] >= FREQUENT_WORD \
            and not _FEDERATION_OR_GOVERNMENT.match(text, start + len(form)):
        return True  # 新建县职工服务中心: a frequent word and a bare level, not the former 新建县 (now 新建区); but
        # 监利县总工会, 无为县人民政府: a former county's name before its federation or government names it
    if region.level == "county" and form.endswith("区") and form in words and words.get(form[:-1], (0, ""))[1] in ("n", "s") \
            and words[form[:-1]][0] >= FREQUENT_WORD:
        return True  # 激发老城区活力: a common noun and its 区 (老城, 城中), not 洛阳's 老城区 far away
    if region.level != "township":
        return False
    frequency, tag = words.get(form[:-1], (0, ""))
    return frequency >= FREQUENT_WORD and not tag.startswith(("ns", "nr", "nz"))


def _township_quarter(head: str, division: RegionMention) -> bool:
    """Whether a 新区 follows a township (某镇新区小学): a township's new quarter, no new area."""
    return head == _NEW_AREA and division.region.level == "township"


def _quote_around(quoted: list[tuple[int, int]], quote_starts: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The one of the `quoted` spans (whose starts are `quote_starts`) that [start, end) lies inside, if any."""
    opening = bisect.bisect_left(quote_starts, start) - 1  # the last quote opened before it
    return quoted[opening] if opening >= 0 and end < quoted[opening][1] else None


def _in_quoted_sentence(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a quote that holds a clause's marks or a list's (a slogan, speech)."""
    opening, closing = text.rfind("“", 0, start), text.rfind("”", 0, start)
    quote = _QUOTED.match(text, opening) if opening > closing else None
    return quote is not None and end < quote.end() and bool(_SLOGAN_MARKS.search(text, opening, quote.end()))


@cache
def _brands_opened_by(form: str) -> tuple[str, ...]:
    """The brands of kg/data/brands.txt that a place's short name opens (阿里巴巴 opens with 阿里)."""
    return tuple(brand for brand in word_list("brands") if brand.startswith(form) and len(brand) > len(form))


def _opens_idiom(text: str, start: int) -> bool:
    """Whether a four-character idiom or set phrase starts at `start` (长治久安, 大同小异)."""
    return common_words().get(text[start: start + 4], (0, ""))[1] in IDIOM_TAGS


def _county_before_its_bodies(text: str, start: int, end: int, form: str) -> bool:
    """Whether a two-character county (攸县) is named at a phrase's start before its own bodies
    (攸县总工会): a place even where named once. Not 矿区总工会 (a mine's union, not 某市矿区), nor
    市和县总工会 (levels listed)."""
    return form.endswith("县") and bool(_BODY_OF_PLACE.match(text, end)) \
        and bool(_PHRASE_START.search(text, max(start - 1, 0), start)) and text[start - 1: start] not in ("和", "与", "及")


def _county_of_its_own(text: str, start: int, end: int, form: str) -> bool:
    """Whether a two-character county (费县, 单县) named once is the place: its first character ends no
    word with the one before it (贡献县), nor is a function word (和县, 代县长: and, acting), and no post
    of a county's head follows (县长)."""
    return form.endswith("县") and form[0] not in _NOT_COUNTY_STEMS and not text.startswith("长", end) \
        and (start == 0 or text[start - 1: start + 1] not in common_words()) and text[start - 2: start - 1] != form[0]
    # (富农富县: a verb said twice, of farmers and of counties)


def _speaks_of_bare_county(text: str, level: str) -> bool:
    """Whether the text names a county's body by the bare level `level` (县委, 县总工会; 市总工会), not
    inside a name."""
    return any(not match.start() or not CJK_CHAR.match(text[match.start() - 1]) or text[match.start() - 1] in _BEFORE_BARE_COUNTY
               for match in _BARE_COUNTY_BODY.finditer(text) if match.group(1) == level)


def _opens_inside_word(text: str, start: int) -> bool:
    """Whether a stem at `start` opens inside a word across its first character (对口帮扶村: 对口), not
    after a word far more frequent that the character before ends (其中海某社区: 其中, not 中海)."""
    words = common_words()
    straddling = words.get(text[start - 1: start + 1], (0, ""))[0]
    return straddling >= _STRADDLING_WORD and words.get(text[max(start - 2, 0): start], (0, ""))[0] < _FAR_MORE_FREQUENT * straddling


def _plain_word(stem: str) -> bool:
    """Whether `stem` is a frequent word that names nothing: a pronoun, a quantity, an adverb (现有, 所有); a
    numeral word only where it counts (一些, 多个; 八角, 三里 and 八一 name communities)."""
    frequency, tag = common_words().get(stem, (0, ""))
    if tag == _NUMERAL_TAG and not _COUNTING.search(stem):
        return False
    return tag in _PLAIN_WORD_TAGS and frequency >= FREQUENT_WORD


def _plain_stem(stem: str, after_division: bool = False, community: bool = False) -> bool:
    """Chinese characters only, no pronoun, particle or 村 inside (not 该村, 驻村, 村容村; a village
    names the community it became: 某某新村社区, 某家村社区); right after a division a name may open
    with 新 or 老 (某区新华社区, 某镇老街村), and so may a name of two characters (到新立村; not 新建村, 新增社区:
    a village built or added)."""
    opens_with_new = stem[:1] in "新老" and (after_division or len(stem) == 2 and stem[1] not in _MADE_NEW
                                             and common_words().get(stem, (0, ""))[0] < _FREQUENT_NEW_WORD)
    checked = stem[1:] if opens_with_new else stem
    named_after_village = community and stem.endswith("村")
    return all(CJK_CHAR.match(ch) for ch in stem) and not _NOT_A_PLACE_STEM.search(checked) \
        and "村" not in (stem[:-1] if named_after_village else stem.replace(_NEW_VILLAGE, "")) \
        and not _plain_word(stem) and stem not in _KINDS_OF_SETTLEMENT
    # (现有社区: a frequent word of quantity, not a name, 东湖社区 is one; 城镇社区: communities of a kind)


_FREQUENT_NEW_WORD = 100  # a word this frequent that 新 or 老 opens (新华, 新型) names no village by itself
_MADE_NEW = "建增设开划组成旧型式兴"  # after 新 or 老 before 村 or 社区: one made new, or a kind (新建村, 老旧社区)
# A company's name running on after a town's short name (某市某某物业服务集团股份有限公司): the name's word.
_COMPANY_NAMED_AFTER = regex(f"[{CJK}]{{0,8}}?(?:集团|有限公司|股份|公司)")
_GOING_INTO = "进入到驻下回"  # verbs of going into a place, which a stem before 社区 or 村 may end with
_VERBS_OF_GOING = ("走进", "走入", "进入", "来到", "深入", "走访")
_STRADDLING_WORD = 50  # a word across a stem and its head at least this frequent makes the stem no name
_FAR_MORE_FREQUENT = 10  # a word before a stem this many times more frequent than one across it ends there (其中)


def _listed_after_township(text: str, ends: dict[int, RegionMention], head_start: int) -> bool:
    """Whether the 2–3 character name ending at `head_start` follows a township in a list (甲镇、乙乡)."""
    return any(text[p - 1: p] == "、" and p - 1 in ends and ends[p - 1].region.level == "township"
               for p in (head_start - 2, head_start - 3))


_PLACE_OF = "地"  # after a word: the place where (事发地, 居住地, 户籍地)
_ASSIGNED = ("包联", "联点", "挂点", "包保", "结对", "联系点")  # before 村 or 社区: the one paired with a body
_LARGE_COUNTS = "百千万"  # before 村 or 社区 (千村, 百社区): a count of them
_WHICHEVER_ITS = ("所辖", "所在", "所属", "所处")  # before 村 or 社区: whichever lies in a place or body


def _reads_as_name(stem: str, head: str) -> bool:
    """Whether a stem standing alone before 村/社区/开发区 names a place rather than saying something
    (利用社区, 夯实乡村, 空心村, 经济开发区)."""
    words = common_words()
    if stem[-1] in _GOING_INTO and words.get(stem[-2:], (0, ""))[0] < _STRADDLING_WORD or stem.endswith(_VERBS_OF_GOING):
        return False  # 党员进社区, 劳模进社区, 三两成团地走进社区: a phrase of going into communities (跃进社区 is one)
    if stem[-1] in _LARGE_COUNTS and head in _VILLAGE_HEADS:
        return False  # 走千村、访万户, 百村行: villages counted by the hundred or thousand, none named
    if len(stem) >= 3 and stem.endswith(_PLACE_OF) and stem[:-1] in words:
        return False  # 事发地社区, 居住地社区: the community of the place where something is, none named (平地村 is one)
    if stem.endswith(_ASSIGNED) or stem.startswith(_WHICHEVER_ITS):
        return False  # 包联村, 作联点社区: the village or community a body is paired with, none named; 所辖社区: its own
    if head in _VILLAGE_HEADS and _STREET_STEM.fullmatch(stem):
        return True  # 解放北路社区, 人民东街社区: named after its street, however frequent the street's word
    frequency, tag = words.get(stem[:2], (0, ""))
    if (tag in _NOT_A_NAME_TAGS and frequency >= FREQUENT_WORD) or frequency >= 5000 or (stem + head) in words \
            or words.get(stem[-1] + head[0], (0, ""))[0] >= _STRADDLING_WORD and not stem.endswith("村"):
        return False  # a rare word's tag is no guide (永定, tagged an adverb, names 永定社区); nor is a
        # rare word across the stem and the head (雄安新区 holds 安新)
    return head in _VILLAGE_HEADS or not is_common_word(stem)


_STREET_STEM = regex(f"[{CJK}]{{2}}[东西南北中]?(?:路|街|大街|大道|里)")  # (团结里社区, 工人北里社区: a lane's)


def _listed_locality(text: str, start: int, head: re.Match) -> bool:
    """Whether the community or village at [start, head's end) is listed beside one of its kind whose name reads
    as a name by itself (城南社区、团结社区; 建设社区、民主社区 beside no such one, nor 富裕村、先进村: kinds of
    village): in such a list a word the dictionary knows well (团结, 建设) names one too."""
    kind = head.group(0)
    if kind not in _VILLAGE_HEADS:
        return False
    neighbours = []  # the stems, of two to four characters, of the item before it and of the item after it
    before_end, after_start = start - 1 - len(kind), head.end() + 1
    if text.startswith(kind + "、", before_end):
        neighbours += [text[position: before_end] for position in range(max(0, before_end - 4), before_end - 1)]
    if text.startswith("、", head.end()):
        neighbours += [text[after_start: end] for end in range(after_start + 2, after_start + 5) if text.startswith(kind, end)]
    return any(_plain_stem(stem, community=kind == "社区") and _reads_as_name(stem, kind) for stem in neighbours)


def _leftmost_longest(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Of hits in text order, those no earlier chosen one overlaps."""
    chosen: list[tuple[int, int, str]] = []
    for hit in hits:
        if not chosen or hit[0] >= chosen[-1][1]:
            chosen.append(hit)
    return chosen


class RegionRecognizer:
    """Finds and resolves region mentions; see the module docstring."""

    def __init__(self, gazetteer: RegionGazetteer | None = None, localities: bool = True) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.localities = localities
        self._entities: dict[str, Entity] = {}  # by code; add_mention copies what it keeps
        # Prefectures with counties; the others (a city without counties) hold their townships directly.
        self._county_parents = frozenset(region.parent for region in self.gazetteer.by_code.values()
                                         if region.level == "county")

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        found = self.resolve(text)
        found = self._place_strays(doc, text, found)
        routes = [match.span() for match in _ROUTE_NAME.finditer(text)]
        found = [mention for mention in found if not any(start <= mention.start and mention.end <= end for start, end in routes)]
        for mention in found:
            add_mention(doc, mention.start, mention.end, "REGION", self._entity_of(mention.region),
                        "regions.full_name" if mention.full else "regions.short_name")
        self._one_character_names(doc, text)
        self._place_kickers(doc, text)
        self._first_character_cities(doc, text)
        self._abbreviated_townships(doc, found)
        self._listed_townships(doc, text, found)
        if self.localities:
            self._add_localities(doc, found)
            self._listed_localities(doc, text, found)
            self._localities_named_again(doc, text)
            repoint_to_fuller(doc, "REGION", _zone_in_full, longest=True)  # 芦台开发区 … 芦台经济开发区: one zone
        return doc

    @staticmethod
    def _localities_named_again(doc: Doc, text: str) -> None:
        """丰台区长辛店镇 … 长辛店镇总工会: a township or village the article names after its county is the one
        meant wherever its name is written, not a namesake its last characters name (辛店镇)."""
        regions = mentions(doc, "REGION")
        localities: dict[str, Mention] = {}
        for span in regions:
            if span.rule in ("regions.township", "regions.village", "regions.zone"):
                localities.setdefault(text[span.start: span.end], span)
            elif span.rule == _TOWNSHIP_SHORT_NAME and text.startswith(AREA_OFFICE, span.end):
                localities.setdefault(text[span.start: span.end] + AREA_OFFICE, span)  # 丰台区卢沟桥地区 … 卢沟桥地区总工会
        registry = entities_of(doc)
        spans = {(span.start, span.end) for span in regions}
        dropped: set[Mention] = set()
        for written, first in localities.items():
            if first in dropped:
                continue  # 上石场乡 … 上石场乡: a shorter locality (石场乡) read inside a longer one, dropped with it
            position = text.find(written)
            while position != -1:
                end = position + len(written)
                if written.endswith(AREA_OFFICE) and first.rule == _TOWNSHIP_SHORT_NAME:
                    end -= len(AREA_OFFICE)  # (the township's name, before its office area)
                if (position, end) not in spans:
                    add_mention(doc, position, end, "REGION", registry[first.kb_id_], first.rule)
                for inside in [span for span in regions if position <= span.start and span.end <= end
                               and span.end - span.start < end - position and span not in dropped]:
                    drop_mention(doc, inside)
                    dropped.add(inside)
                position = text.find(written, position + len(written))

    def _place_kickers(self, doc: Doc, text: str) -> None:
        """东方：工会清凉送到工地, 海口：…: a headline opened by its place and a colon names the city or
        county, though its name is a common word (the one city or county of that name)."""
        for kicker in _PLACE_KICKER.finditer(text):
            start, end = kicker.span(1)
            if covered(doc, start, end, ("REGION", "UNION", "ORG", "PROGRAM", "PERSON")):
                continue
            divisions = {region.code: region for region, _ in self.gazetteer.candidates(kicker.group(1))
                         if region.level in ("prefecture", "county") and not region.until}
            if len(divisions) == 1:
                add_mention(doc, start, end, "REGION", self._entity_of(next(iter(divisions.values()))), "regions.short_name")

    def _one_character_names(self, doc: Doc, text: str) -> None:
        """在京召开, 赴沪参加培训, 在蓉举行: a province or a large city by its one-character name, where a verb
        of going or being puts it as a place and an act follows (the names that are no frequent word alone:
        not 新, 云)."""
        for match in _ONE_CHARACTER_PLACE.finditer(text):
            start = match.start(1)
            if covered(doc, start, start + 1, ("REGION", "UNION", "ORG", "PROGRAM", "PERSON")):
                continue
            place = self.gazetteer.by_code[ONE_CHARACTER_NAMES.get(match.group(1)) or _ONE_CHARACTER_CITIES[match.group(1)]]
            add_mention(doc, start, start + 1, "REGION", self._entity_of(place), "regions.one_character_name")

    def _first_character_cities(self, doc: Doc, text: str) -> None:
        """呼市总工会, 乌市劳模: a city of a long name by its first character and 市, where no other name
        holds the two and no word ends in the first (招呼市民)."""
        for match in _FIRST_CHARACTER_CITY.finditer(text):
            if not covered(doc, match.start(), match.end(), ("REGION", "UNION", "ORG", "PROGRAM", "PERSON")) \
                    and (match.start() == 0 or text[match.start() - 1: match.start() + 1] not in common_words()):  # (招呼市民)
                place = self.gazetteer.by_code[_FIRST_CHARACTER_CITIES[match.group(0)]]
                add_mention(doc, match.start(), match.end(), "REGION", self._entity_of(place), "regions.first_character_city")

    def _entity_of(self, region: Region) -> Entity:
        """The canonical entity of a division (made once per process)."""
        entity = self._entities.get(region.code)
        if entity is None:
            entity = self._entities[region.code] = region_entity(self.gazetteer, region)
        return entity

    def _place_strays(self, doc: Doc, text: str, found: list[RegionMention]) -> list[RegionMention]:
        """A township whose name many counties share, none of them in a province the article names
        (文昌街道 in an article on 湖州市吴兴区, whose own the gazetteer would lack): a township of the
        county named last before it, not one far away. Returns the other mentions."""
        provinces = {mention.region.province_code for mention in found if mention.region.level != "township"}
        kept = []
        for index, mention in enumerate(found):
            chained = index > 0 and found[index - 1].end == mention.start
            if mention.region.level != "township" or chained or not provinces \
                    or mention.region.province_code in provinces:
                kept.append(mention)
                continue
            name = text[mention.start: mention.end]
            if name.endswith(_URBAN):
                continue  # 某旗富龙城镇供暖公司: 城镇 (towns and cities) is a word there, no far-away 龙城镇
            county = next((m.region for m in reversed(kept) if m.region.level == "county"), None)
            if county is None or len(self.gazetteer.candidates(name)) < 2:
                kept.append(mention)
                continue
            township = _locality_entity(name, "township", county, self.gazetteer)
            add_mention(doc, mention.start, mention.end, "REGION", township, "regions.township")
        return kept

    def _abbreviated_townships(self, doc: Doc, found: list[RegionMention]) -> None:
        """A township written short right after the county or prefecture it lies in: a street
        shortened to 街 before its union, or a town without 镇; and a township of a county the article
        names, written before its union at a phrase's start as a street shortened to 街 or a town without 镇."""
        text = text_of(doc)
        starts = {division.start for division in found}
        for division in found:
            if division.region.level not in ("county", "prefecture") or division.end in starts:
                continue
            street = _ABBREVIATED_STREET.match(text, division.end) if division.region.level == "county" else None
            township = self._street(street, division.region) if street else self._town(text, division)
            if township is not None:
                region, end, rule = township
                add_mention(doc, division.end, end, "REGION", self._entity_of(region), rule)
        counties = {division.region.code for division in found if division.region.level == "county"}
        county_short_names = {form for division in found if division.region.level == "county" for form in short_names(division.region)}
        for bare in _BARE_STREET.finditer(text):  # 大龙街总工会, 花桥总工会 in an article on its county
            if not bare.group(2) and bare.group(1) in county_short_names:
                continue  # 五峰总工会 in an article on 五峰自治县: the county's, not its seat's
            heads = ("街道",) if bare.group(2) else _TOWNSHIP_HEADS
            written_short = next((region for head in heads for region in self.gazetteer.full_names.get(bare.group(1) + head, ())
                                  if region.parent in counties), None)
            if written_short is None and bare.group(2) and len(streets := self.gazetteer.full_names.get(bare.group(1) + "街道", [])) == 1:
                written_short = streets[0]  # 某某街总工会 where no county is named: the only street of that name
            if written_short is not None and bare.start() not in starts:
                rule = "regions.abbreviated_street" if bare.group(2) else _TOWNSHIP_SHORT_NAME
                add_mention(doc, bare.start(), bare.end(), "REGION", self._entity_of(written_short), rule)

    def _listed_townships(self, doc: Doc, text: str, found: list[RegionMention]) -> None:
        """甲、乙、丙等乡镇, 甲、乙、丙镇等地, 分别在甲、乙举行: townships of a county the article names, listed
        by their short names before a word for townships, one of them written in full or a verb of holding."""
        counties = {division.region.code for division in found if division.region.level == "county"}
        if not counties:
            return
        for close in _TOWNSHIP_LIST_CLOSE.finditer(text):
            if close.group("held") and "、" not in text[max(0, close.start() - _LONGEST_SHORT_NAME - 1): close.start()]:
                continue  # (分别在甲、乙举行: two places at least before a verb of holding)
            listed = _TOWNSHIP_LIST.search(text, max(0, close.start() - _LONGEST_TOWNSHIP_LIST), close.start())
            if listed is None or close.group("held") and "、" not in listed.group(0):
                continue
            position = listed.start()
            for item in listed.group(0).split("、"):
                start, position = position, position + len(item) + 1
                for offset in range(len(item) - 2 + 1):  # the first item may open with the word before it
                    name = item[offset:]
                    township = [region for head in _TOWNSHIP_HEADS for region in self.gazetteer.full_names.get(name + head, ())
                                if region.parent in counties]
                    if len(township) == 1 and not covered(doc, start + offset, start + len(item), ("REGION", "UNION", "ORG", "PERSON")):
                        add_mention(doc, start + offset, start + len(item), "REGION", self._entity_of(township[0]),
                                    "regions.listed_township")
                        break

    def _listed_localities(self, doc: Doc, text: str, found: list[RegionMention]) -> None:
        """到甲、乙、丙等社区, 走访甲、乙等村: communities or villages listed by their names before one head,
        written once; each lies in the county named before them (not words listed: 机关、学校等社区)."""
        if not _LOCALITIES_CLOSING.search(text):
            return  # (the list's pattern opens with no literal character: looked for only where a list closes)
        for match in _LOCALITIES_LISTED.finditer(text):
            start = next((s for s in (match.start(), match.start() + 1)
                          if _PHRASE_START.search(text[max(0, s - 2): s])), None)
            if start is None:
                continue
            items = text[start: match.end(1)].split("、")
            if any(len(item) < 2 or _frequent_common_word(item) or not _plain_stem(item) for item in items) \
                    or covered(doc, start, match.end(1), ("REGION", "UNION", "ORG", "PERSON")):
                continue
            parent = self._nearest_parent(text, found, start, "village")
            head = match.group(2)
            position = start
            for item in items:
                place = _locality_entity(item + head, "village", parent, self.gazetteer)
                add_mention(doc, position, position + len(item), "REGION", place, "regions.listed_village")
                position += len(item) + 1

    def _street(self, street: re.Match, county: Region) -> tuple[Region, int, str] | None:
        """西青区李七庄街总工会: a street (街道) of the county, shortened to 街 before the union it names."""
        region = next((region for region in self.gazetteer.full_names.get(street.group(1) + "街道", ())
                       if region.parent == county.code), None)
        return (region, street.end(1) + 1, "regions.abbreviated_street") if region is not None else None

    def _town(self, text: str, division: RegionMention) -> tuple[Region, int, str] | None:
        """宝鸡蔡家坡, 永靖县刘家峡: a town written without its head right after its county or
        prefecture (not the name of a zone, a road or a village: 某某新区, 某某街, 某某村; nor a
        company's name that runs on: 某市某某物业服务集团; nor a lake or a hill a town is named after,
        where no body of the town follows: 盐城大纵湖疗休养基地)."""
        for end in (division.end + 3, division.end + 2):
            stem = text[division.end: end]
            if len(stem) < end - division.end or not all(CJK_CHAR.match(character) for character in stem):
                continue
            town = next((region for head in _TOWNSHIP_HEADS for region in self.gazetteer.full_names.get(stem + head, ())
                         if self.gazetteer.is_within(region, division.region)), None)
            if town is not None and not (_LOCALITY_HEAD.match(text, end) or _NOT_AFTER_SHORT_NAME.match(text, end)
                                         or _SITE_AFTER_SHORT_NAME.match(text, end)
                                         or _COMPANY_NAMED_AFTER.match(text, end)
                                         or common_words().get(stem, (0, ""))[0] >= _FREQUENT_WORD_BEFORE  # 株洲建设…
                                         or any(stem + head in text for head in _VILLAGE_HEADS)
                                         or stem.endswith(_ROAD_ENDS)  # 某区泉城路: a road, not the street named after it
                                         or stem[-1] in _FEATURE_ENDS and not _BODY_OF_PLACE.match(text, end)
                                         and text[end: end + 1] != "、" and not text.startswith(AREA_OFFICE, end)
                                         # (某区鼎山、津舟…: towns listed; 某区孙河地区: a township's office area)
                                         or stem + text[end: end + 2] in common_words()  # 某市人民政府: no 人民街道
                                         or _inside_feature_name(text, division.end, end, self.gazetteer)):  # 南京栖霞山
                return town, end, _TOWNSHIP_SHORT_NAME
        return None

    # -- divisions from the gazetteer ---------------------------------------------------------

    def resolve(self, text: str) -> list[RegionMention]:
        """The regions `text` names: of overlapping names the leftmost, then the longest, that
        names a region (从江苏省: not 从江, which does not stand alone here, but 江苏省)."""
        hits = self.gazetteer.find(text)
        candidates_of = self.gazetteer.candidates
        anchors: dict[str, int] = {}  # codes of regions named unambiguously, with their ancestors
        # codes of counties by how many townships of theirs are named in full (海州区 … 新坝镇、锦屏镇: the county of both)
        townships_named: dict[str, int] = {}
        for hit in _leftmost_longest(hits):
            candidates = candidates_of(hit[2])
            for county in {region.parent for region, full in candidates if full and region.level == "township"}:
                townships_named[county] = townships_named.get(county, 0) + 1
            if candidates[-1][0].until:  # a former name does not make a current one ambiguous
                candidates = [candidate for candidate in candidates if not candidate[0].until] or candidates
            if len(candidates) == 1 and (candidates[0][1] or candidates[0][0].level in ("province", "prefecture")
                                         or len(hit[2]) > 2 and hit[2][-1] in _LEVEL_ENDS) \
                    and not (len(hit[2]) == 2 and hit[2][0] in _CONJUNCTIONS) and not _common_noun(hit[2]):
                # (医院和县某某中心: no 和县; 矿区: a common noun anchors no district)
                if not _word_like(text, hit[1], hit[2]) and not (candidates[0][0].until and not candidates[0][1]) \
                        and not (not candidates[0][1] and _NOT_AFTER_SHORT_NAME.match(text, hit[1])):
                    # a division that is gone anchors by its full name only (松花江 is a river too); a short name that
                    # names a road, a cup or a style (西藏舞蹈) anchors nothing
                    for code in self.gazetteer.lineage(candidates[0][0]):
                        anchors[code] = anchors.get(code, 0) + 1

        by_code = self.gazetteer.by_code
        named_levels = {by_code[code].level for code in anchors if code in by_code}
        county_unnamed = _UnnamedCounty(
            "".join(level for level, unnamed in (("县", "county" not in named_levels),
                                                 ("市", not {"county", "prefecture"} & named_levels))
                    if unnamed and _speaks_of_bare_county(text, level)),
            frozenset(code for code in anchors if code in by_code and by_code[code].level == "province"))
        quoted = [match.span() for match in _QUOTED.finditer(text)]
        quote_starts = [s for s, _ in quoted]
        credited = {position for start, end in _credited_names(text) for position in range(start, end)}
        works = {position for title in DOCUMENT_TITLE.finditer(text)
                 if _PERFORMANCE_BEFORE.search(text, max(0, title.start() - _PERFORMANCE_REACH), title.start())
                 for position in range(*title.span())}  # 合唱《我在某省等你》: a song's or a play's title
        resolved: list[RegionMention] = []
        unresolved: list[tuple[int, int, list[tuple[Region, bool]]]] = []  # forms that did not stand alone
        ordinary_starts: set[int] = set()  # where a full name read as ordinary words
        forms_at: dict[int, list[str]] = {}
        for start, _, form in hits:
            forms_at.setdefault(start, []).append(form)
        for start, end, form in hits:
            if resolved and start < resolved[-1].end:
                continue
            if start in credited or start in ordinary_starts:
                continue
            if start in works and not any(full for _, full in candidates_of(form)):
                continue  # 合唱《我在某省等你》: a short name in a performed work's title, no place
            previous = resolved[-1] if resolved and resolved[-1].end == start else None
            if previous is None and (parent := self._parent_of_next(form, forms_at.get(end, []))) is not None:
                resolved.append(RegionMention(start, end, parent, False))
                continue  # 晋江青阳街道, 萧山河上镇: a short name, then a division of its own in full
            if previous is None and form[0] == "大" and text[start - 1: start] in _COUNT_BEFORE_BIG and start:
                continue  # 四大港区, 四大庆典: 大 closes a count ("three big …"), it opens no place
            if previous is None and form.endswith("乡") and common_words().get(text[end - 1: end + 1], (0, ""))[0] >= FREQUENT_WORD:
                continue  # 助力五峰乡村振兴: the 乡 opens a frequent word (乡村), no township named alone
            if previous is None and form.endswith("市") and text.startswith("场", end) and start \
                    and (text[start - 1: start + 1] in common_words() or text[start - 1: start + 2] in common_words()):
                continue  # 朝天门市场: a market, in a word that opens before the name (朝天门), no 天门市
            candidates = candidates_of(form)
            if previous is None and form[-1:] in _TOWNSHIP_LEVELS and common_words().get(form[:-1], (0, ""))[1] == "v" \
                    and _TOWNSHIP_OFFICE.match(text, end) and not any(anchors.get(region.parent) for region, _ in candidates):
                continue  # 主动联合镇司法所、卫生院: a verb, then the township's own offices (no far county's 联合镇)
            only = len(candidates) == 1 or (not candidates[0][0].until and candidates[1][0].until)
            if only and candidates[0][1] and len(form) > 2 and not is_common_word(form):
                # one division by its full name (or one current division: it goes before those since gone)
                region = candidates[0][0]
                if len(candidates) > 1 and region.level in ("county", "township") and not self._support(region, anchors):
                    # 重庆市…江北区: the one (even if since renamed) inside what the article names
                    region = next((other for other, full in candidates[1:] if full and self._support(other, anchors)), region)
                if previous is not None and not self.gazetteer.is_within(region, previous.region):
                    # 重庆市江北区: the one of the place before, even where it is gone and another is not
                    region = next((other for other, full in candidates[1:]
                                   if full and self.gazetteer.is_within(other, previous.region)), region)
                if previous is None and self._verb_before_township_head(form, region, anchors):
                    continue  # 机关工会联合街道综合文化站: a verb, not another province's 联合街道
                if previous is None and self._joining_verb_after_body(text, start, form, region, anchors):
                    continue  # 某县某局会同县卫健局: the verb joining bodies, then a bare county's, no far 会同县
                if previous is None and region.level == "township" and not self._support(region, anchors) and start \
                        and common_words().get(text[start - 1: start + 1], (0, ""))[0] >= _FREQUENT_WORD_BEFORE:
                    continue  # 部分乡镇: the first character ends a frequent word (部分), no far-away 分乡镇
                if previous is None and region.level in ("county", "township") and not self._support(region, anchors) \
                        and (_ordinary_words(text, start, form, region) or _quote_around(quoted, quote_starts, start, end) is not None
                             and common_words().get(form[1:], (0, ""))[0] >= FREQUENT_WORD):
                    ordinary_starts.add(start)  # (nor its short form there: 新建县 read as words is no 新建)
                    continue  # 滨海城市, 小城镇, 建设乡镇: ordinary words, no far-away 海城市, 小城镇 or 建设乡; nor
                    # “强产业、兴城市”: a verb and a frequent word in a quoted slogan, no far-away 兴城市
                if previous is None and _opens_inside_a_name_after(text, resolved, start, region):
                    continue  # 吴堡县上宝峰乡: a township no list names opens before 宝峰乡, another county's
                if form.endswith("市") and self._child_named_from(hits, end - 1, region):
                    end -= 1  # 青岛市南区 is 青岛 and its 市南区
                resolved.append(RegionMention(start, end, region, end == start + len(form)))
                continue
            site = _SITE_AFTER_SHORT_NAME.match(text, end)
            if site and (_BUILDING.fullmatch(site.group(0)) and not _TRADE_AFTER_BUILDING.match(text, site.end())
                         or all(region.level != "province" and (region.level != "prefecture" or _AIRPORT not in site.group(0))
                                for region, _ in candidates)):
                continue  # 象山公园, 南宁市江南片区, 黄花国际机场, 在北京某省大厦: a site named after a place, not the division
                # (南昌机场: a city's airport lies in the city; 某省酒店行业协会: the province's trade)
            if previous is None and not any(full for _, full in candidates) and _LOCALITY_AFTER_SHORT_NAME.match(text, end) \
                    and text[end: end + 2] not in common_words():
                continue  # 在湖南崖社区: a community's name the short name opens, no province (浦东梅园社区: two
                # characters after it name a community of its own; 淮南农村: a word, the place's countryside)
            if previous is None and form in _BROAD_AREAS and not _BODY_OF_PLACE.match(text, end):
                continue  # 助推中原出彩, 江南水乡: the broad area a district is named after, not the district
            if previous is None and is_common_word(form) and not self._city_named_otherwise(candidates, anchors) \
                    and not (_BODY_OF_PLACE.match(text, end) and any(anchors.get(region.code) for region, _ in candidates)) \
                    and not any(self._bare_home(text, start, end, form, region, county_unnamed) for region, _ in candidates):
                # (五峰总工会 where 五峰土家族自治县 is named: the county's body, _stands_alone)
                listed = self._listed_beside(text, start, resolved, candidates)
                if listed is not None:
                    resolved.append(RegionMention(start, end, listed, False))
                continue  # 和平, 开发: outside a chain or a list of its neighbours a common word names no place
            if previous is None and _straddles_words(text, start, end):
                continue  # 隆重庆祝, 关怀化作: the name's ends belong to the words around it
            if _inside_feature_name(text, start, end, self.gazetteer):
                continue  # 长白山森工集团, 赴南京栖霞山: a mountain's name, no 白山市 or 栖霞区
            if previous is not None and len(form) == 2 and _COMPANY_NAMED_AFTER.match(text, end) and not any(
                    self.gazetteer.is_within(region, previous.region) or self.gazetteer.is_within(previous.region, region)
                    for region, _ in candidates):
                continue  # 大同吉林建材有限公司: a place's short name after a city it neither holds nor lies in, in a
                # firm's trade name (某镇北京某某公司: the firm's own city, above the town)
            if previous is None and text.startswith(_brands_opened_by(form), start):
                continue  # 走访了阿里巴巴本地生活服务站点: a brand the short name opens, no 阿里地区
            if len(form) == 2 and _opens_idiom(text, start) and (previous is None or not any(
                    self.gazetteer.is_within(region, previous.region) for region, _ in candidates)):
                continue  # 长治久安 (西藏长治久安: no chain, 长治 is not in 西藏): an idiom that opens with a short name
            if previous is None and len(form) == 2 and start and \
                    common_words().get(text[start - 1: start + 1], (0, ""))[0] >= _FREQUENT_WORD_BEFORE \
                    and not (text[start - 1] in _PREPOSITIONS_BEFORE_PLACE and _LISTED_OR_BODY_AFTER.match(text, end)):
                continue  # 其中市总工会, 黄河南岸: the first character ends a frequent word (其中, 黄河; not 向东莞、某州:
                # a preposition, then a place listed or its body)
            if previous is None and len(form) == 2 and form[0] in _JOINING_WORDS and CJK_CHAR.match(text[start - 1: start] or "，") \
                    and not common_words().get(text[end - 1: end + 1], ("", "ns"))[1].startswith("ns") \
                    and text[end: end + 1] not in _LEVEL_OPENINGS:
                continue  # 径赛和田赛, 跳远和田径: a conjunction, then a word the name's last character opens (not 和田地区)
            if previous is None and form.endswith("新") and text.startswith("区", end):
                continue  # 贵安新区: the 新 opens a new area's head, not a short name's end (安新)
            if previous is None and start > 0 and text[start - 1] in SURNAMES and (
                    role_ends_at(text, start - 1) or text.endswith("代表", 0, start - 1)
                    or text[start - 2: start - 1] in _NAME_LIST_OPENS and text[end: end + 1] in _NAME_LIST_CLOSES
                    or _SPEAKS_AFTER.match(text, end) or text.startswith(_ADDRESS_TERMS, end)):
                continue  # 主席罗海东, 职工代表某大庆, （吴海东、某某）, 陈青海乐呵呵地说, 陈海东同志: a short name inside a
                # person's name
            if previous is None and form[0] in SURNAMES and role_ends_at(text, start) \
                    and (len(name_at(text, start) or "") > len(form)
                         or _SPEAKS_AFTER.match(text, end) or text.startswith(_ACTS_AFTER_NAME, end)):
                continue  # 副主任沈阳东: a short name opening a person's name after a post (主任吉林出席: or the name)
            if previous is None and role_ends_at(text, start + 1) and len(name_at(text, start + 1) or "") >= len(form):
                continue  # 组长沙顺喜: the post's last character, then a person's name, no place across them
            sibling = self._listed_beside(text, start, resolved, candidates) if previous is None else None
            if sibling is not None and sibling.level == resolved[-1].region.level == "county" and not sibling.until:
                resolved.append(RegionMention(start, end, sibling, False))
                continue  # 和平、河西、河北、南开: a district listed after its sibling, not the province 河北
            quote = _quote_around(quoted, quote_starts, start, end) if previous is None else None
            if quote is not None and not _QUOTED_SENTENCE.search(text, *quote) and not is_route(text[quote[0] + 1: quote[1] - 1]):
                # Inside quotes a short form is part of a name (“安康杯”, “智慧澄迈”), not of a quoted sentence.
                candidates = [(region, full) for region, full in candidates if full]
            best = self._choose(text, start, end, form, candidates, previous, anchors, townships_named, county_unnamed)
            if best is not None and best[0].level == "province" and _CITY_ZONE.match(text, end):
                # 吉林经开区: a development zone is a city's, so 吉林 there is the city
                best = next((candidate for candidate in candidates if candidate[0].level == "prefecture"
                             and not candidate[0].until), best)
            if best is not None and previous is None and _opens_inside_a_name_after(text, resolved, start, best[0]):
                continue  # 吴堡县上宝峰乡: a township no list names opens before 宝峰乡, another county's
            if best is not None:
                resolved.append(RegionMention(start, end, *best))
            elif previous is None:
                unresolved.append((start, end, candidates))
        return self._listed_before_siblings(text, resolved, unresolved) if unresolved else resolved

    def _parent_of_next(self, form: str, next_forms: list[str]) -> Region | None:
        """The division `form` names as a short name where a division of its own follows in full, or a
        prefecture of its own by any name (晋江青阳街道: 晋江市, whose 青阳街道 is; 河北廊坊: 河北省, not
        天津市河北区; not another province's namesake), if exactly one."""
        short = [region for region, full in self.gazetteer.candidates(form) if not full and not region.until]
        if not short:
            return None
        codes = {region.code: region for region in short}
        parents = {codes[child.parent].code for next_form in next_forms
                   for child, full in self.gazetteer.candidates(next_form)
                   if (full or child.level == "prefecture") and child.parent in codes}
        return codes[parents.pop()] if len(parents) == 1 else None

    @staticmethod
    def _listed_before_siblings(text: str, resolved: list[RegionMention],
                                unresolved: list[tuple[int, int, list[tuple[Region, bool]]]]) -> list[RegionMention]:
        """荷塘、芦淞、石峰总工会: short names listed with 、 before a division they are siblings of (of
        the same parent and level) name those siblings, though none stands alone."""
        by_start = {mention.start: mention for mention in resolved}
        for start, end, candidates in reversed(unresolved):
            following = by_start.get(end + 1) if text[end: end + 1] == "、" else None
            if following is None or any(m.start < end and start < m.end for m in resolved):
                continue
            region = next((region for region, _ in candidates if region.parent == following.region.parent
                           and region.level == following.region.level and not region.until), None)
            if region is not None:
                by_start[start] = mention = RegionMention(start, end, region, False)
                resolved.append(mention)
        return sorted(resolved, key=lambda mention: mention.start)

    @staticmethod
    def _listed_beside(text: str, start: int, resolved: list[RegionMention],
                       candidates: list[tuple[Region, bool]]) -> Region | None:
        """The division the form at `start` names where it follows, after a 、, a division of the same
        parent (凯里、镇远、黎平: 镇远 is a county like 凯里, though also a word), or the one division of
        its level in the same province the form can name (若羌、且末、民丰: counties of two prefectures)."""
        if not resolved or resolved[-1].end != start - 1 or text[start - 1] != "、":
            return None
        before = resolved[-1].region
        sibling = next((region for region, _ in candidates if region.parent == before.parent), None)
        if sibling is None and len(candidates) == 1 and candidates[0][0].level == before.level \
                and candidates[0][0].province_code == before.province_code and not candidates[0][0].until:
            return candidates[0][0]
        return sibling

    def _support(self, region: Region, anchors: dict[str, int]) -> int:
        """How often the article names, unambiguously, the divisions `region` lies in, besides
        what the region's own mentions add to them."""
        own = anchors.get(region.code, 0)
        return sum(max(anchors.get(code, 0) - own, 0) for code in self.gazetteer.lineage(region)[1:])

    @staticmethod
    def _city_named_otherwise(candidates: list[tuple[Region, bool]], anchors: dict[str, int]) -> bool:
        """Whether a province or prefecture the form may name, or the province it lies in, is named
        unambiguously elsewhere in the article (营口日报讯 … 大石桥市: 营口 is the city)."""
        return any(anchors.get(region.code, 0) or anchors.get(region.parent, 0)
                   for region, _ in candidates if region.level in ("province", "prefecture"))

    def _verb_before_township_head(self, form: str, region: Region, anchors: dict[str, int]) -> bool:
        """Whether a township's name is a verb and its head (联合街道, 服务社区) in an article that
        names nothing it lies in."""
        own = anchors.get(region.code, 0)  # what the township's own mentions add to its ancestors
        return region.level == "township" and common_words().get(form[:2], (0, ""))[1] == "v" and not any(
            anchors.get(code, 0) > own for code in self.gazetteer.lineage(region)[1:])

    def _joining_verb_after_body(self, text: str, start: int, form: str, region: Region, anchors: dict[str, int]) -> bool:
        """Whether a county's name opens with a verb joining bodies (会同县) right after a body's name (某局会同县某局)
        in an article that names nothing it lies in."""
        own = anchors.get(region.code, 0)
        return region.level == "county" and form[:-1] in _JOINING_VERBS and text[start - 1: start] in _BODY_ENDS \
            and not any(anchors.get(code, 0) > own for code in self.gazetteer.lineage(region)[1:])

    def _child_named_from(self, hits: list[tuple[int, int, str]], start: int, region: Region) -> bool:
        """Whether a division inside `region` is named from `start` on (the 市 of 青岛市南区 opens 市南区)."""
        first = bisect.bisect_left(hits, (start,))
        return any(self.gazetteer.is_within(candidate, region)
                   for hit in hits[first:] if hit[0] == start for candidate, _ in self.gazetteer.candidates(hit[2]))

    def _division_named_at(self, text: str, position: int, region: Region) -> bool:
        """Whether the name of a division inside `region` opens at `position` (湖州 after 浙江), itself
        no lake's or street's (镜泊湖 after 牡丹江)."""
        return any(self.gazetteer.is_within(candidate, region) for size in (2, 3, 4)
                   if not _NOT_AFTER_SHORT_NAME.match(text, position + size)
                   for candidate, _ in self.gazetteer.candidates(text[position: position + size]))

    def _choose(self, text, start, end, form, candidates, previous, anchors, townships_named,
                county_unnamed: _UnnamedCounty) -> tuple[Region, bool] | None:
        """The best-supported candidate that fits here, supported by the divisions it lies in that
        the article names and by its townships named in full; a division that is gone only where no
        current one fits (海南 is 海南省, not the former 海南黎族苗族自治州)."""
        best, best_score = None, float("-inf")
        if _LIST_OF_COUNTIES_CLOSING.match(text, end):  # 南开、和平、河北等区: the list's items are of that level
            candidates = [(region, full) for region, full in candidates if region.level == "county"] or candidates
        for region, full in candidates:
            if region.until and best is not None:
                break  # candidates list current divisions first
            if region.until and not full and not anchors.get(region.code):
                continue  # 牡丹江镜泊湖: a division that is gone is named in full (its short name is a lake's)
            in_chain = previous is not None and self.gazetteer.is_within(region, previous.region)
            if in_chain and not full and region.level == "county" and previous.region.level == "province" \
                    and is_common_word(form) and not _BODY_OF_PLACE.match(text, end):
                continue  # 辽宁振兴: a common word after a province, no county of it named without its city (湖北五峰总工会
                # names one: its body follows)
            if region.level == "county" and not full and not in_chain and not anchors.get(region.code) \
                    and any(other.level == "province" for other, _ in candidates):
                continue  # 在河北，…: a province's short name, not a district's of the same (天津 named elsewhere)
            if previous is not None and not in_chain and (
                    region.level == "township" or region.level == previous.region.level == "county"
                    or region.level in ("county", "prefecture") and not full and previous.region.level == "province"):
                continue  # 长沙县金桥街道, 晋江市罗山…: not another county's 金桥街道 or 罗山县, a township the gazetteer
                # lacks; 宁夏新安科技: not another province's 新安县, a company's name; 内蒙古大兴安岭: a mountain range, not
                # another province's 大兴安岭地区
            support = sum(anchors.get(code, 0) for code in self.gazetteer.lineage(region)) + townships_named.get(region.code, 0)
            if full and _common_noun(form) and not any(anchors.get(code) for code in self.gazetteer.lineage(region)[1:]):
                continue  # 某矿业公司矿区工会: a common noun (矿区, a mine's area), not 阳泉's 矿区 where the article names no 阳泉
            if full and not support and region.level in ("county", "township") and _ordinary_words(text, start, form, region):
                continue  # 建设乡镇: ordinary words, where the article names nothing the division lies in
            # A short name counts its parent's mentions too (绥芬河 where 牡丹江市 is named), unless
            # the division is gone: then only the division's own.
            named = anchors.get(region.code, 0) + (0 if full or region.until else anchors.get(region.parent, 0))
            if not in_chain and not self._stands_alone(text, start, end, form, region, full, named, county_unnamed) \
                    and not self._branch_in_named_province(text, start, end, form, region, len(candidates), anchors) \
                    and not self._listed_in_named_province(text, end, form, region, len(candidates), anchors):
                continue
            # (past five mentions, more support only breaks ties: 某县 named thrice and its 州 twice outweigh 某省 alone)
            score = 100 * in_chain + 10 * min(support, 5) + _BEYOND_FIVE * min(support, 50) - LEVEL_RANK[region.level] \
                - (0 if full else 0.5) + _MUNICIPAL_TIE * self._district_of_municipality(region)
            if score > best_score:
                best, best_score = (region, full), score
        return best

    def _district_of_municipality(self, region: Region) -> bool:
        """Whether `region` is a district of a province-level city (上海市宝山区), whose press is read far more than
        a namesake's (双鸭山市宝山区): among equals, the one meant."""
        parent = self.gazetteer.by_code.get(region.parent)
        return region.level == "county" and parent is not None and parent.level == "province"

    def _stands_alone(self, text: str, start: int, end: int, form: str, region: Region, full: bool, named: int,
                      county_unnamed: _UnnamedCounty) -> bool:
        """Whether a hit outside a chain names the region rather than some other word.

        `named` counts the article's unambiguous mentions of the region itself or of places in it
        (for a short form, of its parent too: 绥芬河 counts where 牡丹江市 is named); `county_unnamed`
        tells what the article says of a county it does not name.
        """
        bare_home = self._bare_home(text, start, end, form, region, county_unnamed)
        if _word_like(text, end, form):  # 大连, 桂林: a city whose short name is also a word, where the article names
            # it otherwise (not before a cup or a road: 安康杯, 桂林路), or a county's before its body (五峰总工会)
            return (region.level in ("province", "prefecture") or _BODY_OF_PLACE.match(text, end) is not None) \
                and named > 0 and not _NOT_AFTER_SHORT_NAME.match(text, end) or bare_home
        if full:  # a two-character name of a division that is gone (新区) needs a chain: 高新区 holds it
            listed = text[start - 1: start] in LIST_JOINS and text[end: end + 1] in LIST_JOINS + "等"
            return len(form) > 2 or (not region.until and (  # 和沁县、武乡县; 攸县总工会
                named > 1 or listed or _county_before_its_bodies(text, start, end, form) or _county_of_its_own(text, start, end, form)))
        if _NOT_AFTER_SHORT_NAME.match(text, end) and not self._division_named_at(text, end, region):
            return False  # (浙江湖州: 湖 opens a division of it, no lake's name)
        if _RIVER_AFTER_SHORT_NAME.match(text, end) and region.level in ("county", "township"):
            return False
        if len(form) > 2 and form[-1] in _LEVEL_ENDS:
            return True  # 孟村县, 海西州: an autonomous division by its name and level, as plain as its full name
        if len(form) > 2 and not region.until and len(self.gazetteer.candidates(form)) == 1 and not form.endswith("新") \
                and not text.startswith(AREA_OFFICE, end) and common_words().get(form, (0, ""))[1] not in _NOT_A_NAME_TAGS:
            return True  # 留在张家港过年: a short name of three characters that no other division shares (not 滨海新城,
            # a new town; nor 高碑店地区, a township's office area)
        if (media := _MEDIA_DATELINE.match(text, end)) and (media.group(0) != "网讯" or region.level != "county"):
            return True  # 遂昌新闻网讯: the place of the paper or site that tells the news (华龙网讯: a site's name)
        if text[end: end + 1] in ("网", "社") and region.level == "county":
            return False  # 新华网石家庄…电, 新华社: a news agency named like a district, not the district (江苏网 names 江苏)
        if region.level in ("province", "prefecture") and not region.until:
            return True
        if start and any(other.level in ("province", "prefecture") for other, _ in self.gazetteer.candidates(text[start - 1: start + 1])):
            return False  # 丹东港集团: a county's short name (东港) that opens inside a city's (丹东) is part of a word
        # A short county name, or the short name of a division that is gone: the article must
        # name the region otherwise too, or its federation after it (桐乡总工会), or its union at a
        # phrase start where the name is no frequent word (，桐乡工会: not 全州工会, the whole prefecture's);
        # or it is the county the article is about (bare_home).
        return named > 0 or bool(_UNION_AFTER.match(text, end) and self._opens_phrase(text, start)) or (
            text.startswith("工会", end) and bool(_PHRASE_START.search(text, max(start - 1, 0), start))
            and common_words().get(form, (0, ""))[0] < FREQUENT_WORD) or bare_home

    def _bare_home(self, text: str, start: int, end: int, form: str, region: Region, county_unnamed: _UnnamedCounty) -> bool:
        """Whether a short name is the county the article is about: it names no county otherwise,
        speaks of the county's bodies by the bare level (对某某工作 … 县总工会主席; 市总工会 of a county-level
        city) and the name is no frequent word, nor a whole level's (全州)."""
        return county_unnamed.admits(region) and self._plain_short_name(text, start, end, form) \
            and not text.startswith(WHOLE_SCOPES, start)

    def _branch_in_named_province(self, text: str, start: int, end: int, form: str, region: Region, candidates: int,
                                  anchors: dict[str, int]) -> bool:
        """某银行满洲里分行, 某大学某某学院: a short county name before a branch of a bank, a company or a
        school, the only division of that name, in a province the article names."""
        return _only_county_in_named_province(region, candidates, anchors) and _BRANCH_AFTER.match(text, end) is not None \
            and self._plain_short_name(text, start, end, form)

    def _listed_in_named_province(self, text: str, end: int, form: str, region: Region, candidates: int,
                                  anchors: dict[str, int]) -> bool:
        """开往罗田、红安等地, 走访甲、乙两地: a short county name opening a list of places closed by 等地 or
        their count, the only division of that name, in a province the article names."""
        return _only_county_in_named_province(region, candidates, anchors) and _PLACES_LISTED.match(text, end) is not None \
            and not _straddles_words(text, end - len(form), end)

    @staticmethod
    def _opens_phrase(text: str, start: int) -> bool:
        """Whether a name at `start` opens a phrase: after punctuation, a function word or a verb
        (推动某旗总工会), not inside a longer name (衢州智造新城总工会: no 新城区)."""
        return bool(_PHRASE_START.search(text, max(start - 1, 0), start)) \
            or common_words().get(text[max(start - 2, 0): start], (0, ""))[1] == "v"

    @staticmethod
    def _plain_short_name(text: str, start: int, end: int, form: str) -> bool:
        """Whether a short name is no frequent word and shares no character with a word beside it
        (not the 和政 of 县委和政府), unless the words beside it read more often without that character
        (助力幸福定结发挥作用: 结发 is a word, but 发挥 far more often)."""
        words = common_words()

        def frequency(word: str) -> int:
            return words.get(word, (0, ""))[0]

        def joined_across(crossing: str, beside: str) -> bool:  # a word across the name's edge, as often read as the one beside
            return crossing in words and frequency(beside) <= _READ_APART * frequency(crossing)

        return frequency(form) < _RARE_AS_WORD and not joined_across(text[end - 1: end + 1], text[end: end + 2]) \
            and not joined_across(text[start - 1: start + 1], text[start - 2: start])

    # -- villages, communities and zones ------------------------------------------------------

    def _add_localities(self, doc: Doc, found: list[RegionMention]) -> None:
        text = text_of(doc)
        ends = {mention.end: mention for mention in found}
        taken = [(m.start, m.end) for m in found]
        named: dict[str, Entity] = {}
        locality_ends: set[int] = set()
        placed: list[tuple[int, int, str, str, Region | None, bool]] = []  # start, end, name, level, parent, after a division
        for match in _LOCALITY_HEAD.finditer(text):
            head = match.group(0)
            if head in _TOWNSHIP_HEADS and (match.start() in ends or text.startswith("级", match.end()) or not (
                    self._after_county(ends, match.start()) or _listed_after_township(text, ends, match.start()))):
                continue  # 长沙县榔梨街道, 甲镇、乙乡: only right after its county or in a list of its townships, not a
                # level (推进镇级工会); a listed township is a division already
            if (head in _ZONE_NAMES or head == _DEVELOPMENT_ZONE) and match.start() not in ends \
                    and self._bare_zone(doc, text, match, found):
                taken.append((match.start(), match.end()))
                continue
            division_end = match.start() - len(_NATIONAL) if text.startswith(_NATIONAL, match.start() - len(_NATIONAL)) \
                and (head in _ZONE_HEADS or head in _ZONE_NAMES) else match.start()
            # (某某国家高新技术产业开发区, 某某国家高新区: a national zone, 国家 no name)
            if head not in _VILLAGE_HEADS and head not in _PARKS_WITHOUT_AREA and division_end in ends:
                # 长沙经开区, 北京经济技术开发区: a zone named after the division itself.
                division = ends[division_end]
                if _township_quarter(head, division):
                    continue
                zone_name = self._zone_name(division.region, head)
                taken.append((division.start, match.end()))
                if any(other == zone_name for _, _, other, _, _, _ in placed):
                    # 某区青山湖科技城 … 青山湖科技城: the zone named before, not one of another place named like it
                    placed.append((division.start, match.end(), zone_name, "zone", None, False))
                    continue
                zone = _locality_entity(zone_name, "zone", division.region, self.gazetteer)
                add_mention(doc, division.start, match.end(), "REGION", zone, "regions.zone_of_division")
                locality_ends.add(match.end())  # (某市经开区某某社区: the community right after the zone found here)
                continue
            longest_stem = _LONGEST_ZONE_STEM if head not in _VILLAGE_HEADS and head not in _TOWNSHIP_HEADS else _LONGEST_STEM
            shortest_stem = 1 if head == _VILLAGE and (township := ends.get(match.start() - 1)) is not None \
                and township.region.level == "township" and text[match.start() - 1: match.end()] not in common_words() else 2
            # (某镇牛村: a village of one character right after its township; not 镇农村, a word)
            after_division = next((ends[p] for p in range(match.start() - shortest_stem, match.start() - longest_stem - 1, -1)
                                   if p in ends and text[p] != "、" and (match.start() - p <= _LONGEST_STEM or _plain_stem(
                                       text[p: match.start()], after_division=True))), None)  # (某市城乡一体化示范区: a zone's longer stem)
            if after_division is not None and any(after_division.end < end <= match.start() for end in locality_ends):
                after_division = None  # 某县上某乡刘家村: the village after the township found here, not after the county
            if after_division is not None and _township_quarter(head, after_division):
                continue
            industry_zone = False  # a zone named after an industry's frequent word (长春汽车经济技术开发区)
            if after_division is not None:
                start = after_division.end
                stem = text[start: match.start()]
                frequent = len(stem) > 1 and common_words().get(stem[:2], (0, ""))[0] >= _FREQUENT_STEM
                industry_zone = frequent and head in _ZONE_HEADS
                if not _plain_stem(stem, after_division=True) or frequent and not industry_zone \
                        or common_words().get(stem + head, (0, ""))[1] == "n" or (stem + head).endswith(("乡镇", _URBAN)) \
                        or text.startswith("街", match.end()) and head == "镇" or _BODY_AND_MOVE.search(stem) \
                        or head not in _VILLAGE_HEADS and head not in _TOWNSHIP_HEADS and holds_verb(stem):
                    continue  # 郭杜街道实现社区, 某省农业农村厅: a frequent word, not a name; 某市示范村: a kind of
                    # village; 赴某区调研乡镇, 某区激活镇街: townships (and streets) in general; 某镇工会来高新区: a
                    # body of the division, and where it goes; 某地蹲点组协助开发区: what a team does in a zone
            if after_division is None and head in _PARKS_WITHOUT_AREA:
                continue  # 五星工业园: a park named so only right after its division (某县某某工业园)
            if after_division is None:
                # Not right after a division: the name must start a phrase (or follow a township
                # found here) and read as a name.
                phrase_start = self._phrase_start(text, match.start(), locality_ends)
                if phrase_start is None:
                    continue
                start = phrase_start + (text[phrase_start] in _CLAUSE_CONJUNCTIONS and match.start() - phrase_start > 2)
                stem = text[start: match.start()]  # (。而某某社区: the conjunction opens no name)
                after_locality = phrase_start in locality_ends  # (某乡刘家村: right after a township found here)
                if not _plain_stem(stem, community=head == "社区") or not (
                        after_locality or _reads_as_name(stem, head) or _listed_locality(text, start, match)) \
                        or stem[-1] in _PREPOSITIONS_BEFORE_OBJECT \
                        or _opens_inside_word(text, start) or head not in _VILLAGE_HEADS and head not in _TOWNSHIP_HEADS \
                        and (holds_verb(stem) or _GOING.search(stem)):
                    continue  # (走进对口帮扶村: the stem opens inside a word, 对口, no name; 负责人对社区工作: a preposition;
                    # 第二批赴开发区蹲点, 蹲点组协助开发区工会: a zone of any kind, where one goes or what one does there)
            if any(s < match.end() and start < e for s, e in taken):
                continue
            if stem in _QUARTERS_OF_THE_COUNTRY and head not in _VILLAGE_HEADS and head not in _TOWNSHIP_HEADS:
                continue  # 某速递华北管理区: a company's region of the country, no zone (华南社区 is a community)
            if COUNTED_UNITS.search(text, max(0, start - 6), start) or COUNTED_UNITS.search(text, max(0, start - 5), start + 1):
                continue  # 向8家市级工业园区: zones counted, none named
            if text[start - 1: start] == "“" and text[match.end(): match.end() + 1] == "”" \
                    or _in_quoted_sentence(text, start, match.end()):
                continue  # a figure of speech (“空心村”), not a place; nor a slogan's word (“青春正当时、筑梦新片区”)
            name = stem + _ZONE_NAMES.get(head, head)
            if industry_zone and after_division is not None:
                name = self._zone_name(after_division.region, name)  # named with its city
            elif after_division is not None and head in _CITY_NAMED_ZONE_HEADS and after_division.region.level == "prefecture" \
                    and text[after_division.start: after_division.end] in short_names(after_division.region):
                name = text[after_division.start: after_division.end] + name  # 马鞍山慈湖高新区: named with its city
            level = "village" if head in _VILLAGE_HEADS else "township" if head in _TOWNSHIP_HEADS else "zone"
            parent = after_division.region if after_division else self._nearest_parent(text, found, start, level) or (
                self._sole_city(found) if level == "zone" else None)
            placed.append((start, match.end(), name, level, parent, after_division is not None))
            taken.append((start, match.end()))
            locality_ends.add(match.end())
        for start, end, name, level, parent, chained in placed:
            if name not in named:
                named[name] = _locality_entity(name, level, self._parent_named(name, placed), self.gazetteer)
            add_mention(doc, start, end, "REGION", named[name], f"regions.{level}")

    def _parent_named(self, name: str, placed: list[tuple[int, int, str, str, Region | None, bool]]) -> Region | None:
        """The division a locality lies in: the most specific one any of its mentions is written right after
        (深圳龙新社区 … 深圳市龙岗区龙岗街道龙新社区: 龙岗街道), else the one found for its first mention."""
        mentions_of = [(parent, chained) for _, _, other, _, parent, chained in placed if other == name]
        best, best_chained = mentions_of[0]
        for parent, chained in mentions_of[1:]:
            if parent is not None and chained and (not best_chained or best is None
                                                   or parent != best and self.gazetteer.is_within(parent, best)):
                best, best_chained = parent, chained
        return best

    def _bare_zone(self, doc: Doc, text: str, match: re.Match, found: list[RegionMention]) -> bool:
        """合肥市总工会、高新区工会工委: a zone written bare, at a phrase's start, is the zone of that kind
        named before it (某县经开区 … 经开区), else the one of the city named before it (not 各高新区).
        Whether it was added."""
        if not (_PHRASE_START.search(text[max(0, match.start() - 1): match.start()]) or bare_form_starts(text, match.start())) \
                or any(mention.start == match.start() for mention in found):
            return False
        registry = entities_of(doc)
        earlier = [registry[m.kb_id_] for m in mentions(doc, "REGION") if m.end <= match.start()]
        zone = next((region for region in reversed(earlier) if region.attributes.get("level") == "zone"
                     and region.name.endswith(_ZONE_NAMES.get(match.group(0), match.group(0)))), None)
        if zone is None and match.group(0) in (_DEVELOPMENT_ZONE, _ECONOMIC_ZONE_SHORT):
            return False  # 开发区 alone names no zone of a city (its name is the zone's own: 某某经济开发区); 经区县总工会:
            # through the districts' and counties' federations
        if zone is None:
            city = next((m.region for m in reversed(found) if m.end <= match.start() and m.region.level == "prefecture"), None)
            if city is None:
                return False
            zone = _locality_entity(self._zone_name(city, match.group(0)), "zone", city, self.gazetteer)
        add_mention(doc, match.start(), match.end(), "REGION", zone, "regions.bare_zone")
        return True

    @staticmethod
    def _zone_name(division: Region, head: str) -> str:
        """A development zone's name after its division: 长沙 + 经济技术开发区 for 长沙经开区."""
        return (short_names(division) or [division.name])[0] + _ZONE_NAMES.get(head, head)

    def _after_county(self, ends: dict[int, RegionMention], head_start: int) -> bool:
        """Whether a county-level division, or a city without counties, ends 2–3 characters before
        `head_start`: the division a township lies in."""
        return any(ends[p].region.level == "county" or ends[p].region.level == "prefecture"
                   and ends[p].region.code not in self._county_parents
                   for p in (head_start - 2, head_start - 3) if p in ends)

    @staticmethod
    def _phrase_start(text: str, head_start: int, locality_ends: set[int]) -> int | None:
        """The start of a 2–5 character name ending at head_start (see `longest`), if a
        phrase begins there: after punctuation, a function word, a verb (深入永定社区) or a township found
        before (榔梨街道土岭社区)."""
        words = common_words()
        # four with 新村 or a street's name, five with a street's long name (某某北大街社区)
        longest = 4 if text.endswith((_NEW_VILLAGE, *_ESTATE_ENDS), 0, head_start) else 3
        if text.startswith("社区", head_start) and text[head_start - 1: head_start] in _STREET_ENDS:
            longest = 5
            street = next((start for start in range(head_start - 5, head_start - 2) if start >= 0
                           and _STREET_STEM.fullmatch(text, start, head_start)), None)
            if street is not None and (_PHRASE_START.search(text[max(street - 2, 0): street]) or street in locality_ends):
                return street  # 解放北路社区: the street's whole name, though its first word is a verb
        for stem_start in range(head_start - 2, head_start - longest - 1, -1):
            if stem_start < 0:
                continue
            if _PHRASE_START.search(text[max(stem_start - 2, 0): stem_start]) or stem_start in locality_ends \
                    or after_date(text, stem_start - 1) == stem_start:
                return stem_start  # (2025年曲江新区: after a date)
            tag = words.get(text[max(stem_start - 2, 0): stem_start], (0, ""))[1]
            if tag in _BEFORE_LOCALITY_TAGS or tag == _PRONOUN and text[stem_start - 1] not in _CLASSIFIERS:
                return stem_start  # (深入永定社区, 其中某某社区: after a verb, a conjunction or a pronoun; not 每个月组织社区:
                # a pronoun's classifier, and a noun after it)
        return None

    def _nearest_parent(self, text: str, found: list[RegionMention], start: int, level: str) -> Region | None:
        """The division named last before `start` that a place of `level` may lie in: a county for a
        township, a county (else a prefecture) for a zone (甲镇、乙镇、某某新区: not the town listed before it),
        a county or a township for a village. A zone after a province named later than that division in its
        sentence, and not around it, lies in the province (某市… 某省总工会在某某新区举办: not in that city)."""
        searched: tuple[tuple[str, ...], ...] = (("county",), ("prefecture",)) if level == "zone" \
            else (("county",),) if level == "township" else (("county", "township"),)
        for levels in searched:  # (for a zone, the county named before it, else the city)
            before = [m for m in found if m.end <= start and m.region.level in levels]
            if before:
                break
        provinces = [m for m in found if m.end <= start and m.region.level == "province"] if level == "zone" else []
        if provinces and before and provinces[-1].start > before[-1].end \
                and not any(mark in text[provinces[-1].end: start] for mark in SENTENCE_MARKS) \
                and provinces[-1].region not in self.gazetteer.ancestors(before[-1].region):
            return provinces[-1].region
        return before[-1].region if before else None

    def _sole_city(self, found: list[RegionMention]) -> Region | None:
        """The one prefecture the article's places are or lie in, if there is one: where a zone
        named with no place before it lies (某某新区总工会…, 某市总工会领导出席)."""
        cities = {region for mention in found
                  for region in (mention.region, *self.gazetteer.ancestors(mention.region)) if region.level == "prefecture"}
        return cities.pop() if len(cities) == 1 else None


@Language.factory("kg_regions", default_config={"localities": True})
def make_region_recognizer(nlp: Language, name: str, localities: bool) -> RegionRecognizer:
    return RegionRecognizer(localities=localities)
