// The stack page's last 24 hours, refreshed in place: polls GET /api/stacks/{id}/live every few
// seconds and redraws the charts (same geometry as HourlyChart.razor) and the hour table. Without
// JavaScript the server-rendered page is complete; this only keeps it current. Loaded on every
// page (App.razor): it starts on a full load and after Blazor's enhanced navigation alike.
(function () {
  'use strict';

  function start() {
    var section = document.querySelector('section[data-live-url]');
    if (!section || section.dataset.liveStarted) { return; }
    section.dataset.liveStarted = '1';

    var url = section.dataset.liveUrl;
    var offsetMs = Number(section.dataset.offsetMinutes || 0) * 60000;
    var lang = document.documentElement.lang || undefined;
    var numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    // The pages' one convention (Components/Shared/Figures.cs): ISO dates in English, the language's
    // own short date otherwise, a 24-hour time, and the stack's zone.
    var iso = !lang || /^en\b/.test(lang);
    var dates = new Intl.DateTimeFormat(lang, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' });
    var offsetMinutes = Number(section.dataset.offsetMinutes || 0);
    var zone = 'UTC' + (offsetMinutes < 0 ? '-' : '+') + pad(Math.floor(Math.abs(offsetMinutes) / 60)) + ':' + pad(Math.abs(offsetMinutes) % 60);
    var g = { width: 640, left: 56, right: 12, top: 12, base: 176 };
    var intervalMs = Number(section.dataset.intervalMs || 5000);

    function pad(n) { return (n < 10 ? '0' : '') + n; }

    function local(isoUtc) {
      var d = new Date(Date.parse(isoUtc) + offsetMs);
      var day = iso ? d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) : dates.format(d);
      return day + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ' ' + zone;
    }

    function figure(v) { return Math.abs(v) >= 100 ? numbers.format(Math.round(v)) : numbers.format(v); }

    function redrawChart(fig, series, fromMs, hours) {
      var values = series.points.map(function (p) { return p.value; }).filter(function (v) { return v !== null; });
      var max = Math.max.apply(null, values.concat([series.uleLimit || 0, series.standardLimit || 0, 0]));
      var yMax = max > 0 ? max * 1.1 : 1;
      var x = function (ms) { return g.left + (((ms - fromMs) / 3600000) + 0.5) * (g.width - g.left - g.right) / hours; };
      var y = function (v) { return g.base - (v / yMax * (g.base - g.top)); };
      var d = '';
      var previous = null;
      series.points.forEach(function (p) {
        var t = Date.parse(p.hourUtc);
        if (p.value === null) { previous = null; return; }
        d += (previous !== null && t - previous === 3600000 ? 'L' : 'M') + x(t).toFixed(1) + ' ' + y(p.value).toFixed(1) + ' ';
        previous = t;
      });
      fig.querySelector('path.line').setAttribute('d', d.trim());
      fig.querySelectorAll('line.limit').forEach(function (line) {
        var at = y(Number(line.dataset.value)).toFixed(1);
        line.setAttribute('y1', at);
        line.setAttribute('y2', at);
      });
      var tick = fig.querySelector('.tick-max');
      if (tick) { tick.textContent = figure(yMax); }
      // The ECharts drawing (wwwroot/js/charts.js) takes the same hours on the stack's wall clock.
      var drawn = fig.querySelector('[data-chart]');
      if (drawn && window.CalcineCharts) {
        window.CalcineCharts.updateSeries(drawn, 0, series.points.map(function (p) { return [Date.parse(p.hourUtc) + offsetMs, p.value]; }));
      }
    }

    function redrawTable(live) {
      var tbody = section.querySelector('[data-live-rows]');
      var columns = Array.prototype.map.call(section.querySelectorAll('table.hours thead th[data-key]'), function (th) { return th.dataset.key; });
      var cells = {};
      var hours = {};
      live.series.forEach(function (s) {
        s.points.forEach(function (p) { cells[s.key + '|' + p.hourUtc] = p; hours[p.hourUtc] = true; });
      });
      var rows = Object.keys(hours).sort().reverse();
      var fragment = document.createDocumentFragment();
      rows.forEach(function (hour) {
        var tr = document.createElement('tr');
        tr.dataset.hour = hour;
        var th = document.createElement('th');
        th.scope = 'row';
        th.textContent = local(hour);
        tr.appendChild(th);
        columns.forEach(function (key) {
          var td = document.createElement('td');
          td.className = 'num';
          td.dataset.key = key;
          var p = cells[key + '|' + hour];
          td.dataset.value = p && p.value !== null ? String(p.value) : '';
          td.textContent = !p ? '—' : p.value !== null ? figure(p.value) : p.status;
          tr.appendChild(td);
        });
        fragment.appendChild(tr);
      });
      tbody.replaceChildren(fragment);
    }

    function apply(live) {
      var fromMs = Date.parse(live.fromUtc);
      var hours = Math.round((Date.parse(live.toUtc) - fromMs) / 3600000);
      live.series.forEach(function (s) {
        var fig = section.querySelector('figure[data-series="' + s.key + '"]');
        if (fig) { redrawChart(fig, s, fromMs, hours); }
      });
      redrawTable(live);
      var packet = document.querySelector('[data-live-last-packet]');
      if (packet && live.lastPacketUtc) { packet.textContent = local(live.lastPacketUtc); }
    }

    function poll() {
      // The page was left (enhanced navigation replaced it): stop polling.
      if (!section.isConnected) { return; }
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(function (live) {
          apply(live);
          section.dataset.liveUpdated = new Date().toISOString();
        })
        .catch(function () { section.dataset.liveFailed = new Date().toISOString(); })
        .finally(function () { window.setTimeout(poll, intervalMs); });
    }

    window.setTimeout(poll, intervalMs);
  }

  if (window.Blazor && window.Blazor.addEventListener) { window.Blazor.addEventListener('enhancedload', start); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
}());
