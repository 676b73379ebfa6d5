// Draws the what-if charts with ECharts from /dashboard/what-if/data; weeks with days off are shaded, Tết in red.
(function () {
  'use strict';
  var L = JSON.parse(document.getElementById('labels').textContent);
  var plan = document.body.getAttribute('data-plan');
  function day(iso) { var p = iso.split('-'); return p[2] + '/' + p[1]; }

  function weekAxis(weeks) {
    return { type: 'category', data: weeks.map(function (w) { return day(w.monday); }) };
  }

  function marks(weeks) {
    return weeks.map(function (w, i) {
      return w.daysOff.length ? [{ xAxis: i, itemStyle: { color: w.tet ? 'rgba(198,40,40,.18)' : 'rgba(255,160,0,.15)' },
                                   name: w.tet ? L.tet : L.holiday }, { xAxis: i }] : null;
    }).filter(function (m) { return m; });
  }

  function draw(d) {
    var grid = { left: 8, right: 16, top: 32, bottom: 8, containLabel: true };
    var weeks = echarts.init(document.getElementById('chart-weeks'));
    weeks.setOption({ animation: false, grid: grid, legend: { top: 0 },
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var w = d.weeks[ps[0].dataIndex];
        return L.week + ' ' + day(w.monday) + ': ' + w.due + (w.daysOff.length ? '<br>' + w.daysOff.join('<br>') : '');
      } },
      xAxis: weekAxis(d.weeks), yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: L.due, type: 'bar', color: '#1565c0', data: d.weeks.map(function (w) { return w.due; }),
                 markArea: { silent: true, label: { show: true, position: 'insideTop' }, data: marks(d.weeks) } }] });
    var mails = echarts.init(document.getElementById('chart-mails'));
    mails.setOption({ animation: false, grid: grid, legend: { top: 0 }, tooltip: { trigger: 'axis' },
      xAxis: weekAxis(d.weeks), yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: L.reminders, type: 'bar', stack: 'm', color: '#90a4ae', data: d.weeks.map(function (w) { return w.reminderMails; }) },
               { name: L.escalations, type: 'bar', stack: 'm', color: '#c62828', data: d.weeks.map(function (w) { return w.escalationMails; }),
                 markArea: { silent: true, data: marks(d.weeks) } }] });
    var box = document.getElementById('chart-agencies');
    box.style.height = Math.max(240, 22 * d.agencyLoads.length + 60) + 'px';
    var agencies = echarts.init(box);
    agencies.setOption({ animation: false, grid: grid, legend: { top: 0 }, tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: d.agencyLoads.map(function (a) { return a.name; }),
               axisLabel: { width: 160, overflow: 'truncate' } },
      series: [{ name: L.assignments, type: 'bar', stack: 'a', color: '#1565c0',
                 data: d.agencyLoads.map(function (a) { return a.assignments - a.withoutDate; }) },
               { name: L.withoutDate, type: 'bar', stack: 'a', color: '#ef6c00',
                 data: d.agencyLoads.map(function (a) { return a.withoutDate; }) }] });
    window.addEventListener('resize', function () { weeks.resize(); mails.resize(); agencies.resize(); });
    document.body.setAttribute('data-charts', 'drawn');
  }

  fetch('/dashboard/what-if/data?plan=' + encodeURIComponent(plan), { credentials: 'same-origin' })
    .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
    .then(draw)
    .catch(function () { document.body.setAttribute('data-charts', 'failed'); });
})();
