def programs(entities):
    return {name: e for (kind, name), e in entities.items() if kind == "Program"}


def test_quoted_name_with_head_drops_the_head(analyse):
    entities, _, _ = analyse("区总工会推出“职工书屋+驿站”服务模式，开展“匠心筑梦”主题活动。")
    found = programs(entities)
    assert {"职工书屋+驿站", "匠心筑梦"} <= set(found)
    assert "“匠心筑梦”主题活动" in found["匠心筑梦"].aliases


def test_slogans_and_figures_of_speech_are_left_out(analyse):
    entities, _, _ = analyse("工会要当好“娘家人”，打通服务“最后一公里”，牢记“不忘初心，砥砺前行”。")
    assert programs(entities) == {}


def test_unquoted_events(analyse):
    entities, _, _ = analyse("11月，武汉市举办第三届职工集体婚礼，并开展职工技能提升行动。")
    found = programs(entities)
    assert "第三届职工集体婚礼" in found
    assert "职工技能提升行动" in found
