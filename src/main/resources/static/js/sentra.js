// Sentra page behaviour kept out of the HTML, so the Content-Security-Policy can forbid inline scripts.
(function () {
  'use strict';

  // htmx requests carry the CSRF token that Spring Security expects.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Charts: a <div class="chart" data-chart="bar|pie|columns|stacked" data-source="id-of-json-script"> draws with ECharts.
  // Axis numbers in the page's language: 1,5 jt in Bahasa Indonesia, 1.5M in English.
  var compact = new Intl.NumberFormat(document.documentElement.lang || 'id', { notation: 'compact' });
  var full = new Intl.NumberFormat(document.documentElement.lang || 'id');

  function drawCharts(root) {
    if (typeof echarts === 'undefined') { return; }
    root.querySelectorAll('.chart[data-source]').forEach(function (element) {
      var source = document.getElementById(element.dataset.source);
      if (!source || element.dataset.drawn) { return; }
      var data = JSON.parse(source.textContent);
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      var option;
      if (element.dataset.chart === 'pie') {
        option = { tooltip: { trigger: 'item', valueFormatter: function (v) { return full.format(v); } },
                   series: [{ type: 'pie', radius: ['35%', '65%'], data: data.labels.map(function (l, i) { return { name: l, value: data.values[i] }; }) }] };
      } else if (element.dataset.chart === 'columns') {
        // Months along the bottom, one column per series (e.g. scheduled against called off).
        option = { tooltip: { trigger: 'axis', valueFormatter: function (v) { return full.format(v) + ' ' + (data.unit || ''); } },
                   legend: { top: 0 },
                   grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
                   xAxis: { type: 'category', data: data.labels },
                   yAxis: { type: 'value', axisLabel: { formatter: function (v) { return compact.format(v); } } },
                   color: ['#5b6b7c', '#a4461b'],
                   series: data.series.map(function (s) { return { name: s.name, type: 'bar', data: s.values }; }) };
      } else if (element.dataset.chart === 'stacked') {
        // Periods along the bottom, the series stacked in one column per period (e.g. rupiah per product family).
        option = { tooltip: { trigger: 'axis', valueFormatter: function (v) { return (data.unit || '') + ' ' + full.format(v); } },
                   legend: { top: 0 },
                   grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
                   xAxis: { type: 'category', data: data.labels },
                   yAxis: { type: 'value', axisLabel: { formatter: function (v) { return compact.format(v); } } },
                   series: data.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'total', data: s.values }; }) };
      } else {
        option = { tooltip: { trigger: 'axis', valueFormatter: function (v) { return full.format(v) + ' ' + (data.unit || ''); } },
                   grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
                   xAxis: { type: 'value', axisLabel: { formatter: function (v) { return compact.format(v); } } },
                   yAxis: { type: 'category', data: data.labels, axisLabel: { width: 120, overflow: 'truncate' } },
                   series: [{ type: 'bar', data: data.values, itemStyle: { color: '#a4461b' } }] };
      }
      chart.setOption(option);
      element.dataset.drawn = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  // Buttons that add or remove a repeated row (equipment, certificates, capacity) in a form.
  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-row]');
    if (add) {
      var template = document.getElementById(add.dataset.addRow);
      var container = document.getElementById(add.dataset.target);
      var index = container.querySelectorAll('.row').length;
      container.insertAdjacentHTML('beforeend', template.innerHTML.replace(/__i__/g, index));
      event.preventDefault();
    }
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      remove.closest('.row').remove();
      event.preventDefault();
    }
  });

  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });
})();

// A range input with data-mirror="id" shows its value in that element, in the page's number format.
document.addEventListener('input', function (event) {
  var input = event.target;
  if (input.matches && input.matches('input[type=range][data-mirror]')) {
    var out = document.getElementById(input.dataset.mirror);
    if (out) {
      var lang = document.documentElement.lang || 'id';
      out.textContent = (lang === 'en' ? 'IDR ' : 'Rp ') + new Intl.NumberFormat(lang).format(Number(input.value)) + ' / kg';
    }
  }
});
