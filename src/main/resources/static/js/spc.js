// SPC pages: control chart, histogram with specification limits, scorecard trend. Kept out of the HTML so the
// Content-Security-Policy can forbid inline scripts; each <div class="spc-chart" data-chart=... data-source=id>.
(function () {
  'use strict';

  var lang = document.documentElement.lang || 'id';
  var decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 3 });

  function limitLine(name, value, colour, type) {
    return { name: name, yAxis: value, lineStyle: { color: colour, type: type || 'dashed' },
             label: { formatter: name + ' ' + decimal.format(value), position: 'insideEndTop' } };
  }

  function control(data) {
    var lines = [limitLine(data.names.ucl, data.ucl, '#a4461b'), limitLine(data.names.cl, data.cl, '#5b6b7c', 'solid'),
                 limitLine(data.names.lcl, data.lcl, '#a4461b')];
    if (data.usl !== undefined) { lines.push(limitLine(data.names.usl, data.usl, '#2f6b2f', 'dotted')); }
    if (data.lsl !== undefined) { lines.push(limitLine(data.names.lsl, data.lsl, '#2f6b2f', 'dotted')); }
    var values = lines.map(function (l) { return l.yAxis; }).concat(data.values);
    var low = Math.min.apply(null, values), high = Math.max.apply(null, values), pad = (high - low) * 0.05 || 1;
    return {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return decimal.format(v) + ' ' + (data.unit || ''); } },
      legend: { top: 0, data: [data.names.points, data.names.signal] },
      grid: { left: 8, right: 80, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', min: low - pad, max: high + pad, axisLabel: { formatter: function (v) { return decimal.format(v); } } },
      series: [
        { name: data.names.points, type: 'line', data: data.values, color: '#5b6b7c', symbolSize: 6,
          markLine: { symbol: 'none', silent: true, data: lines } },
        { name: data.names.signal, type: 'scatter', color: '#c0392b', symbolSize: 12,
          data: data.signals.map(function (i) { return [i, data.values[i]]; }) }
      ]
    };
  }

  function histogram(data) {
    var lines = [];
    if (data.lsl !== undefined) { lines.push({ name: data.names.lsl, xAxis: data.lsl, label: { formatter: data.names.lsl + ' ' + decimal.format(data.lsl) } }); }
    if (data.usl !== undefined) { lines.push({ name: data.names.usl, xAxis: data.usl, label: { formatter: data.names.usl + ' ' + decimal.format(data.usl) } }); }
    var xs = data.bars.map(function (b) { return b[0]; }).concat(lines.map(function (l) { return l.xAxis; }));
    var low = Math.min.apply(null, xs) - data.width, high = Math.max.apply(null, xs) + data.width;
    return {
      tooltip: { trigger: 'item', formatter: function (p) { return decimal.format(p.value[0]) + ': ' + p.value[1]; } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: low, max: high, axisLabel: { formatter: function (v) { return decimal.format(v); } } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: data.names.count, type: 'bar', data: data.bars, color: '#5b6b7c', barCategoryGap: '2%',
                 markLine: { symbol: 'none', silent: true, lineStyle: { color: '#a4461b', width: 2 }, data: lines } }]
    };
  }

  function trend(data) {
    var series = data.shares.map(function (s) { return { name: s.name, type: 'line', connectNulls: false, data: s.values }; });
    series.push({ name: data.ppm.name, type: 'bar', yAxisIndex: 1, data: data.ppm.values, color: '#a4461b', barMaxWidth: 24 });
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.labels },
      yAxis: [{ type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
              { type: 'value', min: 0, axisLabel: { formatter: function (v) { return new Intl.NumberFormat(lang, { notation: 'compact' }).format(v); } } }],
      color: ['#2f6b2f', '#5b6b7c'],
      series: series
    };
  }

  var builders = { control: control, histogram: histogram, trend: trend };

  function draw() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('.spc-chart[data-source]').forEach(function (element) {
      var source = document.getElementById(element.dataset.source);
      var build = builders[element.dataset.chart];
      if (!source || !build || element.dataset.drawn) { return; }
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(build(JSON.parse(source.textContent)));
      element.dataset.drawn = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
