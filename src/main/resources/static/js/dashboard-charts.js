// The assessment dashboard's bar chart (the composite of the rows shown) and a unit's three-rate
// trend (asked of the API when a row is chosen). Texts come from the page's data attributes.
(function () {
  'use strict';
  const rows = () => Array.from(document.querySelectorAll('#ranking tbody tr[data-code]'));
  const number = (text) => (text === undefined || text === '' ? null : Number(text));
  const percent = (rate) => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);
  const font = { fontFamily: getComputedStyle(document.body).fontFamily };

  function bars(el, trend) {
    const shown = rows().filter((r) => r.dataset.score !== undefined);
    const chart = echarts.init(el);
    chart.setOption({
      textStyle: font, animation: false,
      grid: { left: 8, right: 48, top: 8, height: Math.max(shown.length, 1) * 28, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.dataset.name),
        axisLabel: { width: 120, overflow: 'truncate' } },
      series: [{ type: 'bar', data: shown.map((r) => number(r.dataset.score)), barMaxWidth: 18,
        itemStyle: { color: '#c8161d' },
        label: { show: true, position: 'right', formatter: (p) => (p.value === null ? '' : p.value.toFixed(2)) } }],
    });
    chart.on('click', (e) => trend(shown[e.dataIndex]));
    return chart;
  }

  function trendOf(el, chart, row) {
    rows().forEach((r) => r.classList.toggle('selected', r === row));
    document.getElementById('trend-unit').textContent = row.dataset.name;
    fetch(el.dataset.api + encodeURIComponent(row.dataset.code), { headers: { Accept: 'application/json' } })
      .then((answer) => (answer.ok ? answer.json() : Promise.reject(answer.status)))
      .then((unit) => { chart.setOption(trendOption(el, unit.months), true); el.dataset.drawn = row.dataset.code; })
      .catch(() => { document.getElementById('trend-unit').textContent = el.dataset.failed; });
  }

  function trendOption(el, months) {
    const line = (name, key) => ({ name, type: 'line', connectNulls: false, symbolSize: 6,
      data: months.map((m) => percent(m[key])) });
    return {
      textStyle: font, animation: false, color: ['#1d4ed8', '#15803d', '#c8161d'],
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : v + '%') },
      legend: { top: 0 }, grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [line(el.dataset.response, 'responseRate'), line(el.dataset.resolution, 'resolutionRate'),
        line(el.dataset.satisfaction, 'satisfactionRate')],
    };
  }

  document.addEventListener('DOMContentLoaded', () => {
    const trendEl = document.getElementById('trend');
    const barsEl = document.getElementById('bars');
    if (!trendEl || !barsEl || typeof echarts === 'undefined') {
      return;
    }
    const trendChart = echarts.init(trendEl);
    const trend = (row) => row && trendOf(trendEl, trendChart, row);
    const barChart = bars(barsEl, trend);
    rows().forEach((row) => {
      row.addEventListener('click', () => trend(row));
      row.addEventListener('keydown', (e) => { if (e.key === 'Enter') { trend(row); } });
    });
    trend(rows()[0]);
    window.addEventListener('resize', () => { barChart.resize(); trendChart.resize(); });
  });
}());
