// The portal's own script, written the way jQuery-era portals are (a `$` helper, delegated handlers on document),
// without jQuery itself. It logs every rectify-* event into #event-log and feeds the findings list by property.
(() => {
  function $(selector) {
    var nodes =
      typeof selector === 'string'
        ? Array.prototype.slice.call(document.querySelectorAll(selector))
        : [selector];
    return {
      nodes: nodes,
      on: function (type, handler) {
        nodes.forEach((node) => {
          node.addEventListener(type, handler);
        });
        return this;
      },
      prop: function (name, value) {
        nodes.forEach((node) => {
          node[name] = value;
        });
        return this;
      },
    };
  }

  function summary(detail) {
    if (detail === null || detail === undefined) return '';
    if (detail.finding) return `${detail.finding.ruleId} ${detail.finding.subject.id}`;
    if (detail.html) return `${detail.paper} ${detail.disclosureId}`;
    var text = JSON.stringify(detail);
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  }

  var log = document.getElementById('event-log');
  function record(event) {
    var item = document.createElement('li');
    item.setAttribute('data-event', event.type);
    item.textContent = `${event.type} ← <${event.target.localName}> ${summary(event.detail)}`;
    log.insertBefore(item, log.firstChild);
  }

  // Every event any widget on the page declares, read from the bundle's global.
  var types = {};
  var elements = window.RectifyWidgets?.elements || {};
  Object.keys(elements).forEach((tag) => {
    Object.keys(elements[tag].events).forEach((type) => {
      types[type] = true;
    });
  });
  Object.keys(types).forEach((type) => {
    $(document).on(type, record);
  });

  // Data by JS property: the host fetches the findings itself, then hands them over.
  var request = new XMLHttpRequest();
  request.open('GET', 'data/findings.json');
  request.onload = () => {
    var list = $('rectify-findings-list');
    if (request.status !== 200) {
      list.prop('loading', false).prop('error', `问题清单加载失败（HTTP ${request.status}）`);
      return;
    }
    var json = JSON.parse(request.responseText);
    list
      .prop('divisionNames', json.divisionNames)
      .prop('rules', json.rules)
      .prop('data', json.findings)
      .prop('loading', false);
  };
  request.send();
})();
