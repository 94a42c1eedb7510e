// Draws every chart of a page with Apache ECharts (lib/echarts) from the JSON in its data-chart
// attribute (Components/Shared/ChartSpec.cs), then hides the server's SVG fallback. Runs after a
// full load and after Blazor's enhanced navigation; the stack page's live script hands new hours to
// CalcineCharts.updateSeries. Without JavaScript the SVG and every chart's data table remain.
(function () {
  'use strict';

  var ink = '#1d232a';
  var muted = '#3b4550';
  var grid = '#dfe4e9';
  var instances = [];

  function numberFormat() {
    return new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 3 });
  }

  function timeFormat() {
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  }

  function dayFormat() {
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined, { month: '2-digit', day: '2-digit', timeZone: 'UTC' });
  }

  function hourFormat() {
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  }

  // A limit is a series of its own, so it is drawn even when the data
  // series is empty: an invisible line across the window carries the visible mark line and its label.
  function limitSeries(spec) {
    var numbers = numberFormat();
    return (spec.limits || []).map(function (l) {
      var data = spec.axis === 'time'
        ? [[spec.xMin, l.value], [spec.xMax, l.value]]
        : (spec.categories || []).map(function () { return l.value; });
      return {
        name: l.name,
        type: 'line',
        data: data,
        showSymbol: false,
        silent: true,
        tooltip: { show: false },
        itemStyle: { color: l.color },
        lineStyle: { opacity: 0 },
        z: 4,
        markLine: {
          silent: true,
          symbol: 'none',
          animation: false,
          data: [{ yAxis: l.value }],
          lineStyle: { color: l.color, type: l.style, width: 1.5 },
          label: { formatter: l.name + ' ' + numbers.format(l.value), position: 'insideEndTop', color: l.labelColor || l.color, fontWeight: 'bold' },
        },
      };
    });
  }

  function seriesOf(spec) {
    var out = [];
    spec.series.forEach(function (s, i) {
      var common = { name: s.name, itemStyle: { color: s.color } };
      if (s.kind === 'line') {
        out.push(Object.assign(common, {
          type: 'line', data: s.data, connectNulls: false, showSymbol: spec.axis === 'category', symbolSize: 7,
          lineStyle: { width: 2, color: s.color },
        }));
      } else if (s.kind === 'bar') {
        out.push(Object.assign(common, { type: 'bar', data: s.data, barMaxWidth: 18 }));
      } else if (s.kind === 'box') {
        // Q1 as an invisible base, Q3 − Q1 stacked on it, the median as a bar-wide mark.
        var base = s.data.map(function (d) { return d ? d[0] : null; });
        var height = s.data.map(function (d) { return d ? d[2] - d[0] : null; });
        var median = s.data.map(function (d) { return d ? d[1] : null; });
        out.push({ name: s.name + ' base', type: 'bar', stack: 'box', data: base, itemStyle: { color: 'transparent' }, tooltip: { show: false }, silent: true, barMaxWidth: 40 });
        out.push(Object.assign(common, { type: 'bar', stack: 'box', data: height, barMaxWidth: 40, itemStyle: { color: s.color, borderColor: muted } }));
        out.push({ name: s.name + ' median', type: 'scatter', data: median, symbol: 'rect', symbolSize: [40, 3], itemStyle: { color: ink }, z: 5 });
      } else if (s.kind === 'mean' || s.kind === 'own') {
        out.push(Object.assign(common, { type: 'scatter', data: s.data, symbol: s.kind === 'own' ? 'triangle' : 'circle', symbolSize: s.kind === 'own' ? 12 : 9, z: 6 }));
      }
    });
    return out.concat(limitSeries(spec));
  }

  function tooltipFormatter(spec) {
    var numbers = numberFormat();
    var times = timeFormat();
    return function (params) {
      var list = Array.isArray(params) ? params : [params];
      var head = '';
      var rows = [];
      list.forEach(function (p) {
        if (/ base$/.test(p.seriesName) || (spec.limits || []).some(function (l) { return l.name === p.seriesName; })) { return; }
        var value = Array.isArray(p.value) ? p.value[1] : p.value;
        if (spec.axis === 'time') {
          head = times.format(new Date(Array.isArray(p.value) ? p.value[0] : p.axisValue)) + (spec.zone ? ' ' + spec.zone : '');
        } else {
          head = p.name;
        }
        if (p.seriesName && / median$/.test(p.seriesName)) {
          rows.push(p.marker + p.seriesName + ': ' + (value === null || value === undefined ? '—' : numbers.format(value)));
          return;
        }
        if (spec.series.some(function (s) { return s.kind === 'box' && s.name === p.seriesName; })) {
          var box = spec.series.filter(function (s) { return s.name === p.seriesName; })[0].data[p.dataIndex];
          rows.push(p.marker + p.seriesName + ': ' + (box ? numbers.format(box[0]) + ' – ' + numbers.format(box[2]) : '—'));
          return;
        }
        rows.push(p.marker + p.seriesName + ': ' + (value === null || value === undefined ? '—' : numbers.format(value)));
      });
      return [head].concat(rows).join('<br>');
    };
  }

  function optionOf(spec) {
    var numbers = numberFormat();
    var time = spec.axis === 'time';
    var hours = hourFormat();
    var days = dayFormat();
    // Limits are named by their own labels on the chart, not in the legend.
    var legend = spec.series.map(function (s) { return s.name; });
    var option = {
      animation: false,
      useUTC: true,
      textStyle: { color: ink, fontFamily: 'system-ui, sans-serif' },
      grid: { left: 16, right: 28, top: legend.length > 1 ? 48 : 36, bottom: spec.zoom ? 64 : 24, containLabel: true },
      tooltip: { trigger: time ? 'axis' : 'item', confine: true, formatter: tooltipFormatter(spec) },
      legend: legend.length > 1 ? { top: 0, textStyle: { color: ink }, data: legend } : undefined,
      xAxis: {
        type: time ? 'time' : 'category',
        min: time ? spec.xMin : undefined,
        max: time ? spec.xMax : undefined,
        data: time ? undefined : spec.categories,
        name: spec.xName || (time && spec.zone ? spec.zone : undefined),
        nameLocation: 'end',
        nameGap: 8,
        nameTextStyle: { color: muted, align: 'right', verticalAlign: 'top', padding: [18, 0, 0, 0] },
        axisLine: { lineStyle: { color: muted } },
        axisLabel: {
          color: muted,
          hideOverlap: true,
          showMaxLabel: true,
          alignMaxLabel: 'right',
          alignMinLabel: 'left',
          formatter: time ? function (v) {
            var d = new Date(v);
            return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 ? days.format(d) : hours.format(d);
          } : undefined,
        },
        splitLine: { show: time, lineStyle: { color: grid } },
      },
      yAxis: {
        type: 'value',
        name: spec.yName,
        nameTextStyle: { color: muted, align: 'left' },
        scale: spec.axis === 'category' && spec.series.every(function (s) { return s.kind !== 'bar'; }),
        axisLabel: { color: muted, formatter: function (v) { return numbers.format(v); } },
        splitLine: { lineStyle: { color: grid } },
      },
      dataZoom: spec.zoom ? [{ type: 'inside', xAxisIndex: 0 }, { type: 'slider', xAxisIndex: 0, height: 22, bottom: 8, labelFormatter: '' }] : undefined,
      series: seriesOf(spec),
    };
    // Limits above every value stay in view.
    if (spec.limits && spec.limits.length > 0) {
      option.yAxis.max = function (v) {
        var top = Math.max(v.max, Math.max.apply(null, spec.limits.map(function (l) { return l.value; }))) * 1.1;
        if (!(top > 0)) { return 1; }
        // A round top (35, 250, 450), so the highest tick is not an odd 33 beside the 30 below it.
        var step = Math.pow(10, Math.floor(Math.log10(top))) / 2;
        return Math.ceil(top / step) * step;
      };
    }
    return option;
  }

  function draw(el) {
    if (el.dataset.chartDrawn || typeof window.echarts === 'undefined') { return; }
    var spec = JSON.parse(el.dataset.chart);
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(optionOf(spec));
    if (spec.links) {
      chart.on('click', function (p) {
        var row = spec.links[p.seriesIndex];
        var href = row && row[p.dataIndex];
        if (href) { window.location.assign(href); }
      });
    }
    el.dataset.chartDrawn = '1';
    el.__spec = spec;
    el.__chart = chart;
    var figure = el.closest('figure.chart');
    if (figure) { figure.classList.add('drawn'); }
    instances.push(chart);
  }

  function drawAll() {
    instances = instances.filter(function (c) { return !c.isDisposed() && c.getDom().isConnected; });
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      try { draw(el); } catch (e) { el.dataset.chartFailed = String(e && e.message); }
    });
  }

  /// New [x, y] points for one series of a drawn chart (the stack page's live hours).
  function updateSeries(el, index, data) {
    if (!el || !el.__chart) { return; }
    el.__spec.series[index].data = data;
    el.__chart.setOption({ series: seriesOf(el.__spec) });
  }

  window.CalcineCharts = { drawAll: drawAll, updateSeries: updateSeries };
  window.addEventListener('resize', function () { instances.forEach(function (c) { if (!c.isDisposed()) { c.resize(); } }); });
  if (window.Blazor && window.Blazor.addEventListener) { window.Blazor.addEventListener('enhancedload', drawAll); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', drawAll); } else { drawAll(); }
}());
