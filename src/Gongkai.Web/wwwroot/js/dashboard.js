// 区域看板: each chart is drawn from the table under it (the table is the chart's data and stays on the page for
// screen readers and for copying). Canvas renderer and rich-text tooltips: no inline style attribute or <style>
// element is created, which the Content-Security-Policy would refuse.
(function () {
    'use strict';

    var palette = ['#a4262c', '#0b4f8a', '#18603a', '#7a5200', '#6f42c1', '#59636e', '#d9822b', '#2a9d8f'];

    function number(cell) {
        var text = cell ? cell.getAttribute('data-value') : null;
        return text === null || text === '' ? null : Number(text);
    }

    // Columns: the header cells after the first (their text names the series, data-plot how to draw it);
    // rows: the body rows (the row header is the category).
    function read(table) {
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        return {
            categories: rows.map(function (r) { return r.cells[0].textContent.trim(); }),
            series: headers.map(function (h, i) {
                return { name: h.textContent.trim(), plot: h.getAttribute('data-plot'), values: rows.map(function (r) { return number(r.cells[i + 1]); }) };
            })
        };
    }

    function pie(data) {
        var first = data.series[0];
        return {
            tooltip: { trigger: 'item', renderMode: 'richText', formatter: '{b}：{c}（{d}%）' },
            legend: { type: 'scroll', bottom: 0 },
            series: [{
                name: first.name,
                type: 'pie',
                radius: ['35%', '65%'],
                top: 0,
                bottom: 40,
                label: { formatter: '{b}\n{d}%' },
                data: data.categories.map(function (c, i) { return { name: c, value: first.values[i] }; })
                    .filter(function (p) { return p.value !== null && p.value > 0; })
            }]
        };
    }

    function line(data) {
        var plotted = data.series.filter(function (s) { return s.plot; });
        return {
            tooltip: { trigger: 'axis', renderMode: 'richText' },
            legend: { bottom: 0 },
            grid: { left: 50, right: 50, top: 30, bottom: 50 },
            xAxis: { type: 'category', data: data.categories },
            yAxis: plotted.map(function (s, i) { return { type: 'value', name: s.name, position: i === 0 ? 'left' : 'right', minInterval: 1 }; }),
            series: plotted.map(function (s, i) { return { name: s.name, type: s.plot, yAxisIndex: i, data: s.values, smooth: false }; })
        };
    }

    function rank(data) {
        var first = data.series[0];
        return {
            tooltip: { trigger: 'axis', renderMode: 'richText' },
            grid: { left: 10, right: 40, top: 10, bottom: 10, containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: data.categories, axisLabel: { width: 180, overflow: 'truncate' } },
            series: [{ name: first.name, type: 'bar', data: first.values, label: { show: true, position: 'right' } }]
        };
    }

    var builders = { pie: pie, line: line, rank: rank };

    function draw() {
        if (typeof echarts === 'undefined') {
            return;
        }

        var charts = [];
        document.querySelectorAll('figure[data-chart]').forEach(function (figure) {
            var canvas = figure.querySelector('.chart');
            var table = figure.querySelector('table.chart-data');
            var build = builders[figure.getAttribute('data-chart')];
            if (!canvas || !table || !build || table.tBodies[0].rows.length === 0) {
                figure.classList.add('no-chart');
                return;
            }

            var chart = echarts.init(canvas, null, { renderer: 'canvas', locale: 'ZH' });
            var option = build(read(table));
            option.color = palette;
            option.animation = false;
            chart.setOption(option);
            canvas.setAttribute('data-drawn', 'true');
            charts.push(chart);
        });
        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
