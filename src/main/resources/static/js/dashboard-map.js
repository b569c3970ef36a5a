// The assessment dashboard's map: Beijing's sixteen districts (the shipped GeoJSON) coloured by
// each district's composite score, read from the district table beside it. The two small central
// districts go unlabelled (their names would cover their neighbours'); the table names them.
(function () {
  'use strict';
  const LABEL_MIN_WIDTH = 0.1; // degrees of longitude

  function scores() {
    const byName = {};
    document.querySelectorAll('#district-scores tbody tr[data-score]').forEach((r) => {
      byName[r.dataset.name] = Number(r.dataset.score);
    });
    return byName;
  }

  function width(feature) {
    const xs = [feature.geometry.coordinates].flat(Infinity).filter((v, i) => i % 2 === 0);
    return Math.max(...xs) - Math.min(...xs);
  }

  function range(values) {
    let low = Math.floor(Math.min(...values) / 5) * 5;
    let high = Math.ceil(Math.max(...values) / 5) * 5;
    if (high - low < 10) { // one district, or all alike: a band around them, not an extreme colour
      low = Math.floor((Math.min(...values) + Math.max(...values)) / 2 - 5);
      high = low + 10;
    }
    return [low, high];
  }

  function option(el, geo, byName) {
    const data = geo.features.map((f) => ({ name: f.properties.name,
      value: f.properties.name in byName ? byName[f.properties.name] : NaN,
      label: { show: width(f) >= LABEL_MIN_WIDTH } }));
    const values = Object.values(byName);
    const [low, high] = values.length ? range(values) : [0, 100];
    return {
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, animation: false,
      tooltip: { trigger: 'item', formatter: (p) => p.name + (isNaN(p.value) ? '' : '：' + p.value.toFixed(2)) },
      visualMap: { type: 'continuous', min: low, max: high, calculable: true, left: 0, bottom: 0,
        text: [el.dataset.high, el.dataset.low], itemHeight: 120,
        inRange: { color: ['#c8161d', '#f59e0b', '#fde68a', '#86efac', '#15803d'] } },
      series: [{ type: 'map', map: 'beijing', data, roam: false, layoutCenter: ['55%', '50%'], layoutSize: '95%',
        label: { fontSize: 11, color: '#111827', textBorderColor: '#ffffff', textBorderWidth: 2 },
        itemStyle: { areaColor: '#e5e7eb', borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: '#93c5fd' } } }],
    };
  }

  document.addEventListener('DOMContentLoaded', () => {
    const el = document.getElementById('map');
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    const chart = echarts.init(el);
    fetch(el.dataset.geo)
      .then((answer) => (answer.ok ? answer.json() : Promise.reject(answer.status)))
      .then((geo) => {
        echarts.registerMap('beijing', geo);
        chart.setOption(option(el, geo, scores()));
        el.dataset.drawn = 'true';
      });
    window.addEventListener('resize', () => chart.resize());
  });
}());
