// The story page: a time slider over the story, claims by status, a claim's audit with its quotes in place,
// a before/after comparison and a live list of new facts. Every text from the server is set with textContent.
'use strict';

(() => {
  const STATUS_ORDER = ['corroborated', 'reported', 'disputed', 'corrected', 'retracted'];
  const STATUS_TITLES = {
    corroborated: 'Corroborated',
    reported: 'Reported by one report',
    disputed: 'Disputed',
    corrected: 'Corrected',
    retracted: 'Retracted',
  };
  const FACT_TYPES = ['report-published', 'claim-reported', 'claim-corroborated', 'claim-disputed', 'claim-corrected', 'claim-retracted'];
  const MINUTE = 60000;
  const LIVE_LIMIT = 50;

  const $ = (id) => document.getElementById(id);
  const ui = {
    title: $('story-title'),
    problem: $('problem'),
    keyForm: $('key-form'),
    keyInput: $('read-key'),
    slider: $('slider'),
    momentLabel: $('moment-label'),
    totals: $('totals'),
    ticks: $('ticks'),
    jumps: $('jumps'),
    claims: $('claims'),
    groups: $('claim-groups'),
    compareForm: $('compare-form'),
    compareFrom: $('compare-from'),
    compareTo: $('compare-to'),
    diff: $('diff'),
    liveStatus: $('live-status'),
    liveEmpty: $('live-empty'),
    liveList: $('live-list'),
    audit: $('audit'),
    auditTitle: $('audit-title'),
    auditBody: $('audit-body'),
    auditClose: $('audit-close'),
  };

  const state = {
    axis: 'reported',
    moments: null,
    reports: new Map(), // reportId -> promise of the report with its text
    loadSeq: 0,
    auditOpener: null,
    source: null,
  };

  // ---- building DOM without ever parsing data as HTML ----

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key === 'style') Object.assign(node.style, value); // CSSOM, which the page's CSP allows (inline style attributes it does not)
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const timeFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  });
  const shortTimeFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  const clockFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', second: '2-digit' });

  const formatTime = (iso) => `${timeFormat.format(new Date(iso))} UTC`;
  const formatShort = (iso) => shortTimeFormat.format(new Date(iso));
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

  // ---- talking to the API ----

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) {
      ui.keyForm.hidden = false;
      throw new Error('This server needs a read key to show the story.');
    }
    if (!response.ok) {
      let detail = `${response.status} ${response.statusText}`;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch { /* not JSON */ }
      throw new Error(detail);
    }
    return response.json();
  }

  function showProblem(error) {
    ui.problem.textContent = error ? String(error.message || error) : '';
    ui.problem.hidden = !error;
  }

  function report(reportId) {
    if (!state.reports.has(reportId)) {
      const loading = api(`/api/reports/${encodeURIComponent(reportId)}`);
      loading.catch(() => state.reports.delete(reportId));
      state.reports.set(reportId, loading);
    }
    return state.reports.get(reportId);
  }

  // ---- the moment: slider, ticks, jumps ----

  // Reported axis: the slider's value is minutes since 1970 (UTC). Recorded axis: a log position.
  function axisSpan() {
    const m = state.moments;
    if (state.axis === 'recorded') {
      return { min: 0, max: m.lastPosition, step: 1 };
    }
    const times = [m.firstPublishedAt, m.lastPublishedAt]
      .concat(m.keyMoments.flatMap((k) => [k.before, k.after]))
      .filter(Boolean)
      .map((t) => Math.floor(Date.parse(t) / MINUTE));
    if (times.length === 0) return { min: 0, max: 0, step: 1 };
    // The far right is "latest": a little past the last moment, so that the last moment itself stays a plain time
    // and "latest" can include what was reported later (a desk correction made today).
    const min = Math.min(...times);
    const last = Math.max(...times);
    return { min, max: last + Math.max(60, Math.round((last - min) * 0.04)), step: 1 };
  }

  function valueOfTime(iso) {
    return Math.floor(Date.parse(iso) / MINUTE);
  }

  function atMax() {
    return Number(ui.slider.value) >= Number(ui.slider.max);
  }

  // The query for the slider's moment: at the far right it is "latest", so facts reported later still show.
  function momentQuery() {
    const value = Number(ui.slider.value);
    if (atMax()) return '';
    if (state.axis === 'recorded') return `position=${value}`;
    return `at=${encodeURIComponent(new Date(value * MINUTE).toISOString())}&axis=reported`;
  }

  // The moment as data on the claims section, so that a test (or a curious reader) can tell which moment is shown.
  function momentKey() {
    if (atMax()) return 'latest';
    const value = Number(ui.slider.value);
    return state.axis === 'recorded' ? `position:${value}` : new Date(value * MINUTE).toISOString();
  }

  function momentText() {
    const value = Number(ui.slider.value);
    if (state.axis === 'recorded') {
      const latest = atMax() ? ' (latest)' : '';
      return `What Story had stored after log position ${value}${latest}`;
    }
    if (atMax()) return 'Latest: everything reported so far';
    return `What had been published by ${formatTime(new Date(value * MINUTE).toISOString())}`;
  }

  function renderTrack() {
    const span = axisSpan();
    const keep = ui.slider.dataset.ready ? { value: Number(ui.slider.value), atMax: atMax() } : null;
    ui.slider.min = span.min;
    ui.slider.max = span.max;
    ui.slider.step = span.step;
    ui.slider.value = !keep || keep.atMax ? span.max : Math.min(Math.max(keep.value, span.min), span.max);
    ui.slider.dataset.ready = 'true';
    ui.slider.setAttribute('aria-valuetext', momentText());

    const range = Math.max(span.max - span.min, 1);
    const percent = (v) => `${(((v - span.min) / range) * 100).toFixed(3)}%`;
    const marks = [];
    if (state.axis === 'reported') {
      for (const k of state.moments.keyMoments) {
        const from = valueOfTime(k.before);
        const to = valueOfTime(k.after);
        marks.push(el('span', { class: 'key-band', style: { left: percent(from), width: `calc(${percent(to)} - ${percent(from)})` } }));
        marks.push(el('span', { class: 'key-label', style: { left: percent(from) } }, `${k.name}: before / after`));
      }
    }
    const edge = (v) => ((v - span.min) / range < 0.06 ? ' edge-start' : (v - span.min) / range > 0.94 ? ' edge-end' : '');
    if (state.axis === 'reported') {
      marks.push(el('span', { class: 'tick tick-latest row-0 edge-end', style: { left: '100%' } }, el('span', { class: 'tick-label' }, 'latest')));
    }
    // Two rows of labels; a tick too close to the last label of both rows keeps its mark but not its label.
    const lastLabelAt = [-1, -1];
    const ticks = state.moments.reports
      .map((r) => ({ r, at: state.axis === 'recorded' ? r.position : valueOfTime(r.publishedAt) }))
      .sort((a, b) => a.at - b.at);
    for (const { r, at } of ticks) {
      const fraction = (at - span.min) / range;
      const row = [0, 1].find((i) => fraction - lastLabelAt[i] >= 0.09);
      const label = row === undefined ? null
        : el('span', { class: 'tick-label' }, state.axis === 'recorded' ? `#${r.position}` : formatShort(r.publishedAt));
      if (row !== undefined) lastLabelAt[row] = fraction;
      marks.push(el('span', { class: `tick row-${row || 0}${edge(at)}`, style: { left: percent(at) }, title: r.source }, label));
    }
    ui.ticks.replaceChildren(...marks);
    renderJumps();
  }

  function jumpTo(value) {
    ui.slider.value = value;
    onSliderInput();
    loadStory();
  }

  function renderJumps() {
    const buttons = [];
    const reports = state.moments.reports;
    const positions = reports.map((r) => (state.axis === 'recorded' ? r.position : valueOfTime(r.publishedAt)));
    buttons.push(el('button', {
      type: 'button',
      onclick: () => {
        const earlier = positions.filter((p) => p < Number(ui.slider.value));
        jumpTo(earlier.length ? Math.max(...earlier) : ui.slider.min);
      },
    }, '◀ Previous report'));
    buttons.push(el('button', {
      type: 'button',
      onclick: () => {
        const later = positions.filter((p) => p > Number(ui.slider.value));
        jumpTo(later.length ? Math.min(...later) : ui.slider.max);
      },
    }, 'Next report ▶'));
    if (state.axis === 'reported') {
      for (const k of state.moments.keyMoments) {
        buttons.push(el('button', { type: 'button', title: k.description || '', onclick: () => jumpTo(valueOfTime(k.before)) }, `Before the ${k.name}`));
        buttons.push(el('button', { type: 'button', title: k.description || '', onclick: () => jumpTo(valueOfTime(k.after)) }, `After the ${k.name}`));
      }
    }
    buttons.push(el('button', { type: 'button', onclick: () => jumpTo(ui.slider.max) }, 'Latest'));
    ui.jumps.replaceChildren(...buttons);
  }

  let sliderTimer = 0;
  function onSliderInput() {
    ui.momentLabel.textContent = momentText();
    ui.slider.setAttribute('aria-valuetext', momentText());
    clearTimeout(sliderTimer);
    sliderTimer = setTimeout(loadStory, 150);
  }

  // ---- the story at the moment ----

  async function loadStory() {
    clearTimeout(sliderTimer);
    const seq = ++state.loadSeq;
    const query = momentQuery();
    const key = momentKey();
    ui.claims.setAttribute('aria-busy', 'true');
    try {
      const view = await api(`/api/story${query ? `?${query}` : ''}`);
      if (seq !== state.loadSeq) return; // a later move of the slider wins
      renderStory(view, query, key);
      showProblem(null);
    } catch (error) {
      if (seq === state.loadSeq) showProblem(error);
    } finally {
      if (seq === state.loadSeq) ui.claims.setAttribute('aria-busy', 'false');
    }
  }

  function renderStory(view, query, key) {
    ui.momentLabel.textContent = momentText();
    const t = view.totals;
    ui.totals.textContent = `${plural(t.claims, 'claim', 'claims')} from ${plural(t.reports, 'report', 'reports')}`;
    ui.claims.dataset.moment = key;

    const byStatus = new Map(STATUS_ORDER.map((s) => [s, []]));
    for (const claim of view.claims) {
      (byStatus.get(claim.status) || byStatus.get('reported')).push(claim);
    }
    const sections = [];
    for (const [status, claims] of byStatus) {
      if (claims.length === 0) continue;
      sections.push(el('section', { class: `group status-${status}` },
        el('h3', {}, `${STATUS_TITLES[status]} `, el('span', { class: 'count' }, `(${claims.length})`)),
        el('ul', { class: 'claim-list' }, claims.map((c) => el('li', {}, claimButton(c, query))))));
    }
    if (sections.length === 0) {
      sections.push(el('p', { class: 'quiet' }, 'Nothing had been reported yet at this moment.'));
    }
    ui.groups.replaceChildren(...sections);
  }

  function claimButton(claim, query) {
    const count = claim.reportCount;
    return el('button', {
      type: 'button',
      class: 'claim',
      dataset: { claimId: claim.claimId },
      onclick: (event) => openAudit(claim.claimId, query, event.currentTarget),
    },
    el('span', { class: 'statement' }, claim.statement),
    el('span', { class: 'meta' },
      el('span', { class: 'report-count' }, plural(count, 'report', 'reports')),
      ' · first: ',
      el('span', { class: 'first-source' }, claim.firstSource),
      `, ${formatShort(claim.firstReportedAt)}`,
      claim.disputes.length ? ` · ${plural(claim.disputes.length, 'dispute', 'disputes')}` : '',
      claim.isProvisional ? ' · provisional' : ''));
  }

  // ---- the audit panel ----

  async function openAudit(claimId, query, opener) {
    state.auditOpener = opener || null;
    ui.auditTitle.textContent = 'Claim audit';
    ui.auditBody.replaceChildren(el('p', { class: 'quiet' }, 'Loading…'));
    if (!ui.audit.open) ui.audit.showModal();
    try {
      const audit = await api(`/api/claims/${encodeURIComponent(claimId)}/audit${query ? `?${query}` : ''}`);
      const entries = await Promise.all(audit.entries.map(async (item) => ({
        item,
        report: item.entry.reportId ? await report(item.entry.reportId).catch(() => null) : null,
      })));
      ui.auditTitle.textContent = audit.statement || claimId;
      ui.auditBody.replaceChildren(
        el('p', { class: 'audit-summary' },
          el('span', { class: `pill status-${audit.status}` }, audit.status || 'unknown'),
          ` ${claimId} · ${plural(audit.entries.length, 'event', 'events')} · ${audit.moment.description}`),
        el('ol', { class: 'audit-entries' }, entries.map(({ item, report: r }) => auditEntry(item, r))));
      ui.auditBody.querySelectorAll('.report-text').forEach(scrollMarkIntoView);
    } catch (error) {
      ui.auditBody.replaceChildren(el('p', { class: 'problem' }, String(error.message || error)));
    }
  }

  function auditEntry(item, r) {
    const e = item.entry;
    const facts = [
      ['Report', e.reportId ? `${e.source || e.reportId} (${e.reportId})` : 'the desk'],
      ['Attribution', e.attribution],
      ['Hedging', e.hedging],
      ['Statement', e.statement],
      ['Reason', e.reason],
      ['Published', r ? `${formatTime(r.publishedAt)}${item.publishedAtIsEstimate ? ' (estimated)' : ''}` : formatTime(e.reportedAt)],
      ['Recorded', `${formatTime(e.recordedAt)} at position ${e.position}`],
      ['Appended by', e.actor],
      ['Hash', e.hash],
    ].filter(([, v]) => v !== undefined && v !== null && v !== '');

    const check = item.quoteMatchesReport === false
      ? el('p', { class: 'problem' }, 'The quote no longer matches the report text at its offsets.')
      : null;
    return el('li', { class: `audit-entry kind-${e.kind}` },
      el('h3', {}, e.kind),
      el('dl', {}, facts.map(([k, v]) => [el('dt', {}, k), el('dd', { class: k === 'Hash' ? 'hash' : null }, v)])),
      check,
      r && e.quote ? quotedText(r.text, e.quote) : (e.quote ? el('blockquote', {}, el('mark', {}, e.quote.text)) : null));
  }

  // The report's full text, the quote marked at its offsets (UTF-16 code units, as JavaScript strings count).
  function quotedText(text, quote) {
    const start = Math.max(0, Math.min(quote.start, text.length));
    const end = Math.max(start, Math.min(quote.end, text.length));
    return el('div', { class: 'report-text', tabindex: '0', 'aria-label': 'Report text with the quote highlighted' },
      text.slice(0, start), el('mark', {}, text.slice(start, end)), text.slice(end));
  }

  function scrollMarkIntoView(container) {
    const mark = container.querySelector('mark');
    if (mark) container.scrollTop = Math.max(0, mark.offsetTop - container.offsetTop - 48);
  }

  ui.auditClose.addEventListener('click', () => ui.audit.close());
  ui.audit.addEventListener('close', () => {
    if (state.auditOpener && document.contains(state.auditOpener)) state.auditOpener.focus();
  });
  // A click on the backdrop (outside the panel) closes it too.
  ui.audit.addEventListener('click', (event) => {
    if (event.target === ui.audit) ui.audit.close();
  });

  // ---- before and after ----

  function compareOptions() {
    const m = state.moments;
    const options = [];
    if (state.axis === 'reported') {
      for (const k of m.keyMoments) {
        options.push({ value: k.before, label: `${formatShort(k.before)}, before the ${k.name}` });
        options.push({ value: k.after, label: `${formatShort(k.after)}, after the ${k.name}` });
      }
      for (const r of m.reports) options.push({ value: r.publishedAt, label: `${formatShort(r.publishedAt)}: ${r.source}` });
      options.sort((a, b) => Date.parse(a.value) - Date.parse(b.value));
    } else {
      options.push({ value: '0', label: 'Empty log (position 0)' });
      for (const r of m.reports) options.push({ value: String(r.position), label: `Position ${r.position}: ${r.source}` });
      options.push({ value: String(m.lastPosition), label: `Latest (position ${m.lastPosition})` });
    }
    return options;
  }

  function renderCompare() {
    const options = compareOptions();
    const fill = (select, preferred) => {
      const previous = select.value;
      select.replaceChildren(...options.map((o) => el('option', { value: o.value }, o.label)));
      const values = options.map((o) => o.value);
      select.value = values.includes(previous) ? previous : (values.includes(preferred) ? preferred : values[0] || '');
    };
    const key = state.axis === 'reported' ? state.moments.keyMoments[0] : null;
    fill(ui.compareFrom, key ? key.before : options[0] && options[0].value);
    fill(ui.compareTo, key ? key.after : options.length ? options[options.length - 1].value : '');
  }

  async function loadDiff() {
    const from = ui.compareFrom.value;
    const to = ui.compareTo.value;
    if (!from || !to) return;
    try {
      const diff = await api(`/api/story/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&axis=${state.axis}`);
      renderDiff(diff, state.axis === 'recorded' ? `position=${encodeURIComponent(to)}` : `at=${encodeURIComponent(to)}&axis=reported`);
    } catch (error) {
      ui.diff.replaceChildren(el('p', { class: 'problem' }, String(error.message || error)));
    }
  }

  function renderDiff(diff, toQuery) {
    const c = diff.changes;
    const lists = [
      ['Added', c.added, (x) => `new, ${plural(x.reportsAfter, 'report', 'reports')}`],
      ['Corroborated', c.newlyCorroborated, (x) => `${x.reportsBefore} → ${plural(x.reportsAfter, 'report', 'reports')}`],
      ['Disputed', c.newlyDisputed, (x) => `${x.before} → ${x.after}`],
      ['Corrected', c.corrected, (x) => `${x.before} → ${x.after}`],
      ['Retracted', c.retracted, (x) => `${x.before} → ${x.after}`],
    ];
    const blocks = lists
      .filter(([title, items]) => items.length > 0 || title !== 'Retracted')
      .map(([title, items, describe]) => el('details', { class: 'diff-group', open: items.length > 0 && items.length <= 12 },
        el('summary', {}, `${title} (${items.length})`),
        items.length === 0
          ? el('p', { class: 'quiet' }, 'None.')
          : el('ul', { class: 'diff-list' }, items.map((x) => el('li', {},
            el('button', { type: 'button', class: 'link', dataset: { claimId: x.claimId }, onclick: (event) => openAudit(x.claimId, toQuery, event.currentTarget) }, x.statement),
            el('span', { class: 'meta' }, ` ${describe(x)}`))))));
    ui.diff.replaceChildren(
      el('p', { class: 'quiet' }, `${diff.from.description} → ${diff.to.description}`),
      ...blocks);
  }

  ui.compareForm.addEventListener('submit', (event) => {
    event.preventDefault();
    loadDiff();
  });

  // ---- live facts ----

  function connectLive() {
    if (!window.EventSource) {
      ui.liveStatus.textContent = 'not supported by this browser';
      return;
    }
    if (state.source) state.source.close();
    const source = new EventSource('/api/stream');
    state.source = source;
    source.addEventListener('open', () => { ui.liveStatus.textContent = 'connected'; });
    source.addEventListener('error', () => {
      ui.liveStatus.textContent = source.readyState === EventSource.CLOSED ? 'disconnected' : 'reconnecting…';
    });
    for (const type of FACT_TYPES) {
      source.addEventListener(type, (event) => onLiveFact(JSON.parse(event.data)));
    }
  }

  let refreshTimer = 0;
  function onLiveFact(fact) {
    const d = fact.data || {};
    const about = d.claimId || d.reportId || '';
    const from = d.claimId && d.reportId ? ` from ${d.reportId}` : '';
    ui.liveEmpty.hidden = true;
    ui.liveList.prepend(el('li', { dataset: { position: fact.position } },
      el('span', { class: 'live-position' }, `#${fact.position}`),
      ` ${fact.type} `,
      el('strong', {}, about),
      from,
      el('span', { class: 'meta' }, ` · recorded ${clockFormat.format(new Date(fact.recordedAt))} UTC`)));
    while (ui.liveList.children.length > LIVE_LIMIT) ui.liveList.lastElementChild.remove();
    if (fact.type === 'report-published') state.reports.delete(d.reportId);
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refresh, 300); // a batch arrives as several events: refresh once
  }

  // ---- putting it together ----

  async function refresh() {
    try {
      state.moments = await api('/api/moments');
      ui.title.textContent = state.moments.title || state.moments.storyId || 'No story yet: POST facts to /api/facts.';
      renderTrack();
      renderCompare();
      ui.momentLabel.textContent = momentText();
      await Promise.all([loadStory(), loadDiff()]);
      showProblem(null);
    } catch (error) {
      showProblem(error);
    }
  }

  ui.slider.addEventListener('input', onSliderInput);
  ui.slider.addEventListener('change', loadStory);
  for (const radio of document.querySelectorAll('input[name="axis"]')) {
    radio.addEventListener('change', () => {
      state.axis = radio.value;
      delete ui.slider.dataset.ready; // a new axis starts at its latest moment
      refresh();
    });
  }

  ui.keyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    // A cookie, because an EventSource cannot send headers; the server accepts it for reads only.
    document.cookie = `story-read-key=${encodeURIComponent(ui.keyInput.value)}; path=/; SameSite=Strict`;
    ui.keyInput.value = '';
    ui.keyForm.hidden = true;
    refresh().then(connectLive);
  });

  refresh().then(connectLive);
})();
