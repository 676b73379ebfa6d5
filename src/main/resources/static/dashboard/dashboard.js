// Draws the dashboard's charts with ECharts from /dashboard/data (same filters as the page); labels come from the page.
(function () {
  'use strict';
  var script = document.getElementById('dashboard-script');
  var direct = script.getAttribute('data-direct') === 'true';
  var L = JSON.parse(document.getElementById('labels').textContent);
  var COLORS = { doneOnTime: '#2e7d32', doneLate: '#ef6c00', openOnTime: '#90a4ae', overdue: '#c62828' };
  var KEYS = ['doneOnTime', 'doneLate', 'openOnTime', 'overdue'];
  var STATUS_COLORS = { NOT_DUE: '#cfd8dc', IN_PROGRESS: '#90a4ae', DUE_SOON: '#fbc02d', OVERDUE: '#c62828',
                        DONE_ON_TIME: '#2e7d32', DONE_LATE: '#ef6c00', WAITING_EVENT: '#7e57c2', NO_DUE_DATE: '#8d6e63' };
  var charts = [];
  var trendMode = 'month';
  var data;

  function chart(id) {
    var c = echarts.init(document.getElementById(id));
    charts.push(c);
    return c;
  }

  function stacked(bars, names, horizontal) {
    var series = KEYS.map(function (k) {
      return { name: L[k], type: 'bar', stack: 'all', color: COLORS[k], emphasis: { focus: 'series' },
               label: { show: true, formatter: function (p) { return p.value ? p.value : ''; } },
               data: bars.map(function (b) { return b[k]; }) };
    });
    var category = { type: 'category', data: names, inverse: horizontal, axisLabel: { width: 160, overflow: 'truncate' } };
    return { animation: false, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
             legend: { top: 0 }, grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
             xAxis: horizontal ? { type: 'value', minInterval: 1 } : category,
             yAxis: horizontal ? category : { type: 'value', minInterval: 1 },
             series: series };
  }

  function trendOption() {
    var points = data.trend;
    var names = [], due = [], done = [], onTime = [];
    var sd = 0, sn = 0, so = 0;
    points.forEach(function (p, i) {
      sd += p.due; sn += p.done; so += p.doneOnTime;
      if (trendMode === 'month' || (i + 1) % 3 === 0) {
        names.push(trendMode === 'month' ? L.month + ' ' + p.month : L.quarter + ' ' + ((i + 1) / 3));
        due.push(sd); done.push(sn); onTime.push(so);
      }
    });
    return { animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 },
             grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
             xAxis: { type: 'category', data: names }, yAxis: { type: 'value', minInterval: 1 },
             series: [ { name: L.due, type: 'line', data: due, color: '#546e7a' },
                       { name: L.done, type: 'line', data: done, color: '#1565c0' },
                       { name: L.doneOnTimeCumulative, type: 'line', data: onTime, color: COLORS.doneOnTime } ] };
  }

  function draw() {
    var status = chart('chart-status');
    status.setOption({ animation: false, tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      series: [{ type: 'pie', radius: ['35%', '70%'],
                 data: data.statuses.filter(function (s) { return s.count > 0; })
                   .map(function (s) { return { name: s.label, value: s.count, itemStyle: { color: STATUS_COLORS[s.status] } }; }) }] });

    var agencies = chart('chart-agencies');
    var box = document.getElementById('chart-agencies');
    box.style.height = Math.max(240, 28 * data.agencies.length + 60) + 'px';
    agencies.resize();
    agencies.setOption(stacked(data.agencies, data.agencies.map(function (a) { return a.name; }), true));
    agencies.on('click', function (p) {
      var a = data.agencies[p.dataIndex];
      if (!a || !direct) { return; }
      var plan = encodeURIComponent(data.plan.id), agency = encodeURIComponent(a.agencyId);
      document.getElementById('agency-name').textContent = a.name;
      document.getElementById('agency-items').href = '/plans/' + plan + '/items?agency=' + agency;
      document.getElementById('agency-directive').href = '/dashboard/directives/new?plan=' + plan + '&agency=' + agency;
      document.getElementById('agency-actions').hidden = false;
    });

    chart('chart-areas').setOption(stacked(data.areas, data.areas.map(function (a) { return a.label; }), true));
    var trend = chart('chart-trend');
    trend.setOption(trendOption());
    document.querySelectorAll('input[name=trend]').forEach(function (r) {
      r.addEventListener('change', function () { trendMode = r.value; trend.setOption(trendOption(), true); });
    });
    document.body.setAttribute('data-charts', 'drawn');
  }

  fetch('/dashboard/data' + window.location.search, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(function (d) { data = d; window.dashboardData = d; draw(); })
    .catch(function () { document.body.setAttribute('data-charts', 'failed'); alert(L.failed); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
})();
