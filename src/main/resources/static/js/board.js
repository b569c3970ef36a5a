// 督办看板: today's intake by hour as a bar chart; the figures come from the container's data attribute.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('intake-chart');
    if (!el || typeof echarts === 'undefined') { return; }
    var hours = el.dataset.hours.split(',').map(Number);
    var chart = echarts.init(el);
    chart.setOption({
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, animation: false,
      grid: { left: 8, right: 8, top: 28, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: hours.map(function (_, h) { return h + ':00'; }) },
      yAxis: { type: 'value', minInterval: 1, name: el.dataset.label },
      series: [{ type: 'bar', data: hours, itemStyle: { color: '#c8161d' }, barMaxWidth: 18 }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
