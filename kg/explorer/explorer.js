/* The explorer over the vis-network drawing: filters, focus, search and the details panel.
   Everything from the graph is shown with textContent, never as markup. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const nodeSet = network.body.data.nodes;
  const edgeSet = network.body.data.edges;
  const edges = data.edges;
  const ids = Object.keys(data.nodes);
  const types = Object.keys(data.types).concat(
    [...new Set(ids.map((id) => data.nodes[id].type))].filter((t) => !(t in data.types)).sort());
  const predicates = [...new Set(edges.map((e) => e.p))].sort();
  const FADED_NODE = {background: "#eeeeee", border: "#d6d6d6"};
  const FADED_EDGE = "rgba(190,190,190,0.25)";
  const EDGE = data.drawing.edge;
  const LABELLED = 20;  // nodes labelled however far the view is zoomed out
  const FOCUS_EDGE_LABELS = 8;  // a focused node's edges all labelled up to this many
  const READABLE = data.drawing.readable;  // pixels
  const $ = (id) => document.getElementById(id);
  const panel = $("kg-panel");
  const incident = {};
  ids.forEach((id) => { incident[id] = []; });
  edges.forEach((e, i) => { incident[e.s].push(i); incident[e.t].push(i); });
  const state = {
    focus: null, ring: new Set(), depth: 0, hovered: null, revealed: new Set(),
    types: new Set(types), predicates: new Set(predicates), province: "", from: "", to: "", isolated: false,
  };
  const labelSize = {};
  const radius = {};
  nodeSet.forEach((node) => { labelSize[node.id] = node.font.size; radius[node.id] = node.size; });
  let visible = {};
  let ranked = [];  // the shown nodes, best-connected first: the order labels are given in
  let top = new Set();
  let focusLabels = new Set();
  const drawnNodes = {};
  const drawnEdges = {};
  document.body.dataset.kgNodes = ids.length;

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function colour(type) { return (data.types[type] || ["#999999", "dot"])[0]; }

  function symbol(type) {
    const [fill, shape] = data.types[type] || ["#999999", "dot"];
    const paths = {
      dot: "M8 2a6 6 0 1 0 0.01 0Z", diamond: "M8 1L15 8L8 15L1 8Z", square: "M2 2H14V14H2Z",
      triangle: "M8 1L15 14H1Z", star: "M8 1L9.8 6H15L10.8 9.2L12.4 14.5L8 11.3L3.6 14.5L5.2 9.2L1 6H6.2Z",
    };
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", paths[shape] || paths.dot);
    path.setAttribute("fill", fill);
    path.setAttribute("stroke", "#333");
    path.setAttribute("stroke-width", "0.6");
    svg.appendChild(path);
    return svg;
  }

  /* Filters: which nodes and edges are shown. */
  function inRange(date) {
    return (!state.from || date >= state.from) && (!state.to || date.slice(0, state.to.length) <= state.to);
  }
  function datesSet() { return Boolean(state.from || state.to); }
  function passes(id) {
    const node = data.nodes[id];
    return state.types.has(node.type) && (!state.province || node.provinces.includes(state.province))
      && (!datesSet() || node.dates.some(inRange));
  }
  function nodeVisible(id) {
    const node = data.nodes[id];
    if (!passes(id)) { return false; }
    if (node.held && !state.revealed.has(id)) { return false; }
    return !node.isolated || state.isolated || state.revealed.has(id);
  }
  function edgeVisible(i) {
    const edge = edges[i];
    return state.predicates.has(edge.p) && visible[edge.s] && visible[edge.t]
      && (!datesSet() || edge.ev.some((ev) => inRange(data.articles[ev[1]][1])));
  }

  function nodeStyle(id) {
    const node = data.nodes[id];
    const faded = state.focus !== null && !state.ring.has(id);
    return {
      id: id, hidden: !visible[id], color: faded ? FADED_NODE : colour(node.type),
      font: {color: faded ? "#bbbbbb" : data.drawing.font, size: fontSize(id)}, borderWidth: id === state.focus ? 4 : 1,
      scaling: {label: {enabled: false, drawThreshold: labelled(id) ? 0 : READABLE + 1}},
    };
  }
  function edgeStyle(i) {
    const edge = edges[i];
    const faded = state.focus !== null && !(state.ring.has(edge.s) && state.ring.has(edge.t));
    const onFocus = state.focus !== null && [edge.s, edge.t].includes(state.focus);
    const labelled = i === state.hovered || focusLabels.has(i);
    return {id: i, hidden: !edgeVisible(i), label: labelled ? edge.p : "", width: onFocus || labelled ? 2 : 1,
      color: {color: faded ? FADED_EDGE : EDGE}};
  }
  /* The focused node's edges that carry their predicate: all of them when few, else one of each
     predicate and direction, so that twenty “organizes” do not hide the names they join. */
  function pickFocusLabels() {
    focusLabels = new Set();
    if (state.focus === null) { return; }
    const shown = incident[state.focus].filter(edgeVisible);
    const kinds = new Set();
    shown.forEach((i) => {
      const kind = `${edges[i].p} ${edges[i].s === state.focus}`;
      if (shown.length <= FOCUS_EDGE_LABELS || !kinds.has(kind)) { focusLabels.add(i); }
      kinds.add(kind);
    });
  }
  function changed(drawn, key, style) {
    const text = JSON.stringify(style);
    if (drawn[key] === text) { return false; }
    drawn[key] = text;
    return true;
  }

  /* Draw the current state: only what changed goes to vis-network. */
  function apply() {
    visible = {};
    ids.forEach((id) => { visible[id] = nodeVisible(id); });
    if (!placed && ids.some((id) => visible[id] && data.nodes[id].isolated)) { placeIsolated(); }
    ranked = ids.filter((id) => visible[id]).sort((a, b) => labelSize[b] - labelSize[a] || (a < b ? -1 : 1));
    pickLabelled();
    pickFocusLabels();
    nodeSet.update(ids.map(nodeStyle).filter((style) => changed(drawnNodes, style.id, style)));
    edgeSet.update(edges.map((_, i) => edgeStyle(i)).filter((style) => changed(drawnEdges, style.id, style)));
    updateCounts();
  }

  function updateCounts() {
    const shownNodes = ids.filter((id) => visible[id]);
    const shownEdges = edges.filter((_, i) => edgeVisible(i));
    const isolated = ids.filter((id) => data.nodes[id].isolated && passes(id)).length;
    $("kg-counts").textContent = `${shownNodes.length} of ${ids.length} nodes, ${shownEdges.length} of `
      + `${edges.length} edges shown` + (state.isolated ? "" : ` · ${isolated} isolated hidden`);
    $("kg-isolated-count").textContent = isolated;
    types.forEach((type) => {
      const total = ids.filter((id) => data.nodes[id].type === type).length;
      const shown = shownNodes.filter((id) => data.nodes[id].type === type).length;
      $("kg-count-type-" + types.indexOf(type)).textContent = `${shown}/${total}`;
    });
    predicates.forEach((predicate, index) => {
      const total = edges.filter((e) => e.p === predicate).length;
      const shown = shownEdges.filter((e) => e.p === predicate).length;
      $("kg-count-predicate-" + index).textContent = `${shown}/${total}`;
    });
  }

  /* Focus: a node and its rings of neighbours stand out, the rest fades. */
  function neighbours(members) {
    const next = new Set(members);
    members.forEach((id) => incident[id].forEach((i) => {
      if (state.predicates.has(edges[i].p)) { next.add(edges[i].s); next.add(edges[i].t); }
    }));
    next.forEach((id) => state.revealed.add(id));
    return next;
  }
  function focusNode(id, move) {
    state.focus = id;
    state.depth = 1;
    state.ring = neighbours(new Set([id]));
    history.replaceState(null, "", "#node=" + encodeURIComponent(id));
    apply();
    network.selectNodes([id]);
    showNode(id);
    if (move) { network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false}); }
  }
  function expand() {
    if (state.focus === null) { return; }
    state.ring = neighbours(state.ring);
    state.depth += 1;
    apply();
    showNode(state.focus);
  }
  function clearFocus() {
    if (state.focus === null) { return; }
    state.focus = null;
    state.ring = new Set();
    history.replaceState(null, "", location.pathname + location.search);
    network.unselectAll();
    apply();
    showOverview();
  }
  function focusFromHash() {
    const match = /^#node=(.+)$/.exec(location.hash);
    let id = null;
    try {
      id = match && decodeURIComponent(match[1]);
    } catch (error) {
      return;  // a malformed fragment names no node
    }
    if (id && Object.hasOwn(data.nodes, id)) { choose(id); }
  }

  /* The panel. */
  function showOverview() {
    panel.replaceChildren(el("h2", "Explore"),
      el("p", "Click a node to see its facts and the sentences they come from; double-click or "
        + "“expand” adds the next ring of neighbours; Esc or a click on the background clears the focus."),
      el("p", "Search names and aliases above; filter by type, predicate, province"
        + (dates().length ? " and article date." : ".")));
  }
  function citation(ev) {
    const [title, date, url, source] = data.articles[ev[1]];
    const cite = el("cite");
    [title && `《${title}》`, date].filter(Boolean).forEach((text) => cite.append(text, " · "));
    if (/^https?:\/\//.test(url)) {
      const link = el("a", source);
      link.href = url;
      cite.append(link);
    } else {
      cite.append(source);
    }
    if (ev[2]) { cite.append(" · rule ", el("code", ev[2])); }
    return cite;
  }
  function fact(edge) {
    const other = edge.s === state.focus ? edge.t : edge.s;
    const item = el("li");
    const link = el("button", data.nodes[other].name, "kg-link");
    link.addEventListener("click", () => focusNode(other, true));
    item.append(symbol(data.nodes[other].type), " ", link);
    if (edge.inferred) { item.append(el("span", "inferred", "kg-badge")); }
    edge.ev.forEach((ev) => item.append(el("blockquote", ev[0]), citation(ev)));
    if (edge.more) { item.append(el("div", `and ${edge.more} more sentences`, "kg-muted")); }
    return item;
  }
  /* A node's IRI, as kg.rdf.node_iri writes it: the namespace of its type, then the key
     percent-encoded but for A-Za-z0-9_.-~ */
  function iriOf(id) {
    const [kind, ...key] = id.split(":");
    return data.namespaces[kind] + encodeURIComponent(key.join(":"))
      .replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  }
  function sparql(id) {
    const iri = `<${iriOf(id)}>`;
    return ["PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
      "PREFIX kgo: <https://w3id.org/kg-union/ontology#>",
      "PREFIX prov: <http://www.w3.org/ns/prov#>",
      "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
      "SELECT ?subject ?predicate ?object ?sentence ?article WHERE {",
      `  { ${iri} ?p ?o . BIND(${iri} AS ?s) } UNION { ?s ?p ${iri} . BIND(${iri} AS ?o) }`,
      "  ?s skos:prefLabel ?subject . ?o skos:prefLabel ?object .",
      "  OPTIONAL { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kgo:sentence ?sentence ;",
      "             prov:wasDerivedFrom ?article }",
      '  BIND(REPLACE(STR(?p), "^.*[#/]", "") AS ?predicate)',
      "}",
      "ORDER BY ?predicate ?subject ?object ?article"].join("\n");
  }
  function showNode(id) {
    const node = data.nodes[id];
    const heading = el("h2", node.name);
    const kind = el("div");
    kind.append(symbol(node.type), " ", [node.type, node.level, node.role].filter(Boolean).join(" · "));
    panel.replaceChildren(heading, kind);
    const lines = [
      ["Also called", node.aliases.join("、")], ["Code", node.code], ["Within", (node.chain || []).join(" › ")],
      ["Province", node.type === "Region" ? "" : node.provinces.join("、")], ["Until", node.until],
    ];
    lines.filter((line) => line[1]).forEach(([label, text]) => panel.append(el("div", `${label}: ${text}`)));
    const actions = el("div", undefined, "kg-actions");
    [["Expand (next ring)", expand], ["Clear focus", clearFocus], ["Copy SPARQL", () => copySparql(id)]]
      .forEach(([text, action]) => {
        const button = el("button", text);
        button.addEventListener("click", action);
        actions.append(button);
      });
    panel.append(actions, el("div", `${state.ring.size} nodes in focus (ring ${state.depth})`, "kg-muted"));
    const groups = new Map();
    incident[id].map((i) => edges[i]).forEach((edge) => {
      const label = edge.s === id ? edge.p : `← ${edge.p}`;
      if (!groups.has(label)) { groups.set(label, []); }
      groups.get(label).push(edge);
    });
    [...groups.keys()].sort().forEach((label) => {
      const list = el("ul");
      groups.get(label).forEach((edge) => list.append(fact(edge)));
      panel.append(el("h3", `${label} (${groups.get(label).length})`), list);
    });
    if (!groups.size) { panel.append(el("p", "No facts link this entity to another.", "kg-muted")); }
    panel.scrollTop = 0;
  }
  function copySparql(id) {
    const query = sparql(id);
    let pre = $("kg-sparql");
    if (!pre) {
      pre = el("pre");
      pre.id = "kg-sparql";
      panel.querySelector(".kg-actions").after(pre);
    }
    pre.textContent = query;
    const done = (text) => { pre.dataset.copied = text; };
    if (navigator.clipboard) {
      navigator.clipboard.writeText(query).then(() => done("yes"), () => done("no"));
    } else {
      done("no");
    }
  }

  /* Search as you type over names and aliases. */
  const input = $("kg-search");
  const list = $("kg-suggestions");
  const status = $("kg-search-status");
  function matches(query) {
    const hits = [];
    ids.forEach((id) => {
      const node = data.nodes[id];
      const name = node.name.toLowerCase();
      let rank = name === query ? 0 : name.startsWith(query) ? 1 : name.includes(query) ? 2 : -1;
      const alias = rank < 0 ? node.aliases.find((a) => a.toLowerCase().includes(query)) : undefined;
      if (alias !== undefined) { rank = 3; }
      if (rank >= 0) { hits.push({id: id, rank: rank, alias: alias}); }
    });
    return hits.sort((a, b) => a.rank - b.rank || incident[b.id].length - incident[a.id].length
      || data.nodes[a.id].name.localeCompare(data.nodes[b.id].name)).slice(0, 12);
  }
  function closeSuggestions() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  }
  function suggest() {
    const query = input.value.trim().toLowerCase();
    list.replaceChildren();
    status.textContent = "";
    if (!query) { closeSuggestions(); return; }
    const hits = matches(query);
    if (!hits.length) {
      status.textContent = `no match for “${input.value.trim()}”`;
      closeSuggestions();
      return;
    }
    hits.forEach((hit) => {
      const node = data.nodes[hit.id];
      const button = el("button");
      button.type = "button";
      button.setAttribute("role", "option");
      button.dataset.id = hit.id;
      button.append(symbol(node.type), " ", node.name, " ",
        el("small", node.type + (hit.alias ? ` · also ${hit.alias}` : "")));
      button.addEventListener("click", () => choose(hit.id));
      const item = el("li");
      item.append(button);
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }
  function choose(id) {
    closeSuggestions();
    input.value = data.nodes[id].name;
    if (!passes(id)) { resetFilters(); }
    state.revealed.add(id);
    focusNode(id, true);
  }
  input.addEventListener("input", suggest);
  input.addEventListener("keydown", (event) => {
    const first = list.querySelector("button");
    if (event.key === "ArrowDown" && first) { event.preventDefault(); first.focus(); }
    if (event.key === "Enter" && first) { event.preventDefault(); choose(first.dataset.id); }
  });
  list.addEventListener("keydown", (event) => {
    const items = [...list.querySelectorAll("button")];
    const index = items.indexOf(document.activeElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = index + (event.key === "ArrowDown" ? 1 : -1);
      (next < 0 ? input : items[Math.min(next, items.length - 1)]).focus();
    }
  });

  /* The filter controls. */
  function checkbox(fieldset, value, label, counter, set, before) {
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = value;
    box.addEventListener("change", () => {
      if (box.checked) { set.add(value); } else { set.delete(value); }
      apply();
    });
    const wrap = el("label");
    wrap.append(box, " ");
    if (before) { wrap.append(before, " "); }
    const count = el("span", "", "kg-muted");
    count.id = counter;
    wrap.append(label, " ", count);
    fieldset.append(wrap);
    return box;
  }
  const typeBoxes = types.map((type, index) =>
    checkbox($("kg-legend"), type, type, "kg-count-type-" + index, state.types, symbol(type)));
  predicates.forEach((predicate, index) =>
    checkbox($("kg-predicates").querySelector("fieldset"), predicate, predicate, "kg-count-predicate-" + index,
      state.predicates));
  const province = $("kg-province");
  data.provinces.forEach((name) => province.append(new Option(name, name)));
  province.addEventListener("change", () => { state.province = province.value; apply(); });
  function dates() {
    return data.articles.map((article) => article[1]).filter(Boolean).sort();
  }
  const known = dates();
  if (known.length) {
    $("kg-dates").hidden = false;
    [["kg-date-from", "from"], ["kg-date-to", "to"]].forEach(([id, key]) => {
      const field = $(id);
      field.min = known[0].slice(0, 10);
      field.max = known[known.length - 1].slice(0, 10);
      field.addEventListener("change", () => { state[key] = field.value; apply(); });
    });
  }
  $("kg-isolated").addEventListener("change", (event) => { state.isolated = event.target.checked; apply(); });
  function resetFilters() {
    typeBoxes.forEach((box) => { box.checked = true; state.types.add(box.value); });
    province.value = state.province = "";
    ["kg-date-from", "kg-date-to"].forEach((id) => { $(id).value = ""; });
    state.from = state.to = "";
  }

  /* Interaction with the drawing. */
  network.on("click", (event) => {
    if (event.nodes.length) {
      // the clicks of a double click on the focused node keep its rings
      if (event.nodes[0] !== state.focus) { focusNode(event.nodes[0], false); }
    } else if (!event.edges.length) {
      clearFocus();
    }
  });
  network.on("doubleClick", (event) => {
    if (!event.nodes.length) { return; }
    if (state.focus !== event.nodes[0]) { focusNode(event.nodes[0], false); }
    expand();
  });
  function restyleEdge(i) {
    const style = edgeStyle(i);
    if (changed(drawnEdges, i, style)) { edgeSet.update([style]); }
  }
  network.on("hoverEdge", (event) => { state.hovered = event.edge; restyleEdge(event.edge); });
  network.on("blurEdge", (event) => { state.hovered = null; restyleEdge(event.edge); });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") { return; }
    if (!list.hidden) { closeSuggestions(); input.focus(); } else { clearFocus(); }
  });
  window.addEventListener("hashchange", focusFromHash);
  network.on("zoom", restyleLabels);

  /* Isolated nodes go in a grid below the drawing when they are first shown. */
  let placed = false;
  function placeIsolated() {
    placed = true;
    const lonely = ids.filter((id) => data.nodes[id].isolated);
    const others = network.getPositions(ids.filter((id) => !data.nodes[id].isolated));
    const xs = Object.values(others).map((p) => p.x);
    const ys = Object.values(others).map((p) => p.y);
    const left = xs.length ? Math.min(...xs) : 0;
    const width = xs.length ? Math.max(...xs) - left : 0;
    const top = (ys.length ? Math.max(...ys) : 0) + 120;
    const columns = Math.max(Math.ceil(Math.sqrt(lonely.length * 3)), Math.floor(width / 90), 1);
    nodeSet.update(lonely.map((id, index) => ({
      id: id, x: left + (index % columns) * 90, y: top + Math.floor(index / columns) * 70,
    })));
  }

  /* Labels: the best-connected nodes shown (and a focused ring) always carry theirs, at least
     READABLE pixels high on screen; the others once zooming in makes theirs that large. Of nodes
     whose labels would overlap at the current zoom (a city and its federation side by side),
     only the better-connected is among them, so that every label drawn can be read. */
  function pickLabelled() {
    const positions = network.getPositions(ranked);
    const boxes = [];
    top = new Set();
    for (const id of ranked) {
      if (top.size === LABELLED) { break; }
      const box = labelBox(id, positions[id]);
      if (boxes.some((other) => box.left < other.right && other.left < box.right
                                && box.top < other.bottom && other.top < box.bottom)) { continue; }
      boxes.push(box);
      top.add(id);
    }
  }
  function labelBox(id, at) {  // where a node's label is drawn, centred below it, in canvas units
    const size = readableSize(id);
    const width = size * [...data.nodes[id].name].reduce((sum, c) => sum + (c.codePointAt(0) > 0x2e7f ? 1 : 0.6), 0);
    const below = at.y + radius[id];
    return {left: at.x - width / 2, right: at.x + width / 2, top: below, bottom: below + size * 1.3};
  }
  function labelled(id) { return top.has(id) || (state.focus !== null && state.ring.has(id)); }
  function readableSize(id) { return Math.max(labelSize[id], READABLE / network.getScale()); }
  function fontSize(id) { return labelled(id) ? readableSize(id) : labelSize[id]; }
  function restyleLabels() {
    const before = top;
    pickLabelled();
    const styles = [...new Set([...before, ...top, ...state.ring])].map(nodeStyle);
    nodeSet.update(styles.filter((style) => changed(drawnNodes, style.id, style)));
  }

  /* The layout is settled before the first paint; then physics stops, so nothing moves. What the
     page was written with is what the styles say unfocused, so only the labelled nodes change. */
  function settle() {
    if (network.physics.options.enabled) { network.setOptions({physics: {enabled: false}}); }
    ids.forEach((id) => { visible[id] = nodeVisible(id); });
    ids.forEach((id) => changed(drawnNodes, id, nodeStyle(id)));
    edges.forEach((_, i) => changed(drawnEdges, i, edgeStyle(i)));
    network.fit({animation: false});
    apply();
    showOverview();
    focusFromHash();
    network.once("afterDrawing", () => { document.body.dataset.kgSettled = Math.round(performance.now()); });
    network.redraw();
  }
  if (network.physics.options.enabled) { network.once("stabilizationIterationsDone", settle); } else { settle(); }
})();
