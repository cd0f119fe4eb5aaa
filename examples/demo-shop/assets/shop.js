// The demo shop's only script: countdown, instant FAQ search, chat invitation. No dependencies.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const pageType = document.body.dataset.pageType;
  const fmt = (s) => { s = Math.max(0, s); return Math.floor(s / 3600) + ':' + String(Math.floor(s % 3600 / 60)).padStart(2, '0') + ':' + String(s % 60).padStart(2, '0'); };

  // --- Delivery countdown: ticks locally, re-synced from the uncached /api/promise endpoint.
  const promise = $('promise');
  if (promise) {
    const el = $('countdown');
    let left = Number(el.dataset.seconds);
    let lastSync = Date.now();
    const sync = async () => {
      try {
        const r = await fetch('/api/promise?variant=' + encodeURIComponent(promise.dataset.variant), { cache: 'no-store' });
        const p = await r.json();
        left = p.orderWithinSeconds;
        lastSync = Date.now();
        $('promise-label').textContent = p.label;
        $('countdown-line').hidden = left <= 0;
        if ($('shop-clock')) $('shop-clock').textContent = p.clock;
      } catch (e) { /* keep counting locally */ }
    };
    setInterval(() => {
      left -= 1;
      el.textContent = fmt(left);
      el.dataset.seconds = String(left);
      if (left <= 0 || Date.now() - lastSync > 30000) sync();
    }, 1000);
  }

  // --- Instant FAQ search.
  const q = $('faq-q');
  let lastResults = null;
  if (q) {
    let timer = 0, seq = 0;
    const run = async () => {
      const mine = ++seq;
      const r = await fetch('/api/faq?lang=' + encodeURIComponent(q.dataset.lang) + '&q=' + encodeURIComponent(q.value), { cache: 'no-store' });
      const data = await r.json();
      if (mine !== seq) return;
      const list = $('faq-results');
      list.replaceChildren();
      for (const hit of data.hits || []) {
        const li = document.createElement('li');
        li.dataset.id = hit.id;
        li.dataset.score = hit.score;
        // question and snippet are HTML escaped by ShopCX, with <mark> around the matched words only
        li.innerHTML = '<strong>' + hit.question + '</strong><p>' + hit.snippet + '</p>';
        list.appendChild(li);
      }
      $('faq-handoff').hidden = q.value.trim() === '' || data.answered;
      lastResults = q.value.trim() === '' ? null : (data.answered ? data.hits.length : 0);
      if (lastResults === 0) askChat();
    };
    q.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 120); });
    $('faq-chat').addEventListener('click', () => openChat());
  }

  // --- Chat invitation: the server decides with ShopCx\Chat\Rules; we only report time on page.
  const started = Date.now();
  let invited = false;
  // Every POST carries the page's CSRF token (the shop refuses a POST without it).
  const csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  const post = (event) => fetch('/api/chat', { method: 'POST', headers: { 'X-CSRF-Token': csrf }, body: new URLSearchParams({ event, _csrf: csrf }) });
  async function askChat() {
    if (invited) return;
    const params = new URLSearchParams({ pageType, seconds: String(Math.floor((Date.now() - started) / 1000)) });
    if (lastResults !== null) params.set('searchResults', String(lastResults));
    try {
      const r = await fetch('/api/chat?' + params, { cache: 'no-store' });
      const data = await r.json();
      document.body.dataset.chatWhy = data.why;
      if (data.invitation && !invited) {
        invited = true;
        $('chat-message').textContent = data.invitation.message;
        const agent = data.invitation.agent ? data.invitation.agent + ' · ' : '';
        $('chat-meta').textContent = agent + '~' + data.invitation.expectedAnswerSeconds + ' s';
        $('chat-toast').dataset.rule = data.invitation.rule;
        $('chat-toast').hidden = false;
        $('chat-agent').textContent = agent;
      }
    } catch (e) { /* no invitation then */ }
  }
  function openChat() {
    $('chat-toast').hidden = true;
    $('chat-panel').hidden = false;
    post('open');
  }
  $('chat-accept').addEventListener('click', openChat);
  $('chat-dismiss').addEventListener('click', () => { $('chat-toast').hidden = true; post('dismiss'); });
  $('chat-close').addEventListener('click', () => { $('chat-panel').hidden = true; post('close'); });
  $('chat-form').addEventListener('submit', (e) => { e.preventDefault(); $('chat-sent').hidden = false; });
  if (pageType !== 'content') {
    setTimeout(askChat, 1500);
    const poll = setInterval(() => { if (invited || Date.now() - started > 600000) clearInterval(poll); else askChat(); }, 3000);
  }
})();
