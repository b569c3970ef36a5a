// 每月一题: the category's tickets month by month, the month it was chosen marked; figures from data attributes.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.getElementById('theme-chart');
    if (!el || typeof echarts === 'undefined') { return; }
    var months = el.dataset.months.split(',');
    var tickets = el.dataset.tickets.split(',').map(Number);
    var chart = echarts.init(el);
    chart.setOption({
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, animation: false,
      grid: { left: 8, right: 16, top: 20, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'line', data: tickets, itemStyle: { color: '#c8161d' },
        markLine: { symbol: 'none', data: [{ xAxis: el.dataset.chosen }], lineStyle: { color: '#999', type: 'dashed' } } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
