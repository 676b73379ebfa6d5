/*
 * CCHC: the Tasklist as the officials' work list (loaded through customScripts in config.js, an ES module).
 *
 * 1. A navbar action (plugin point tasklist.navbar.action) with the links to the application's own pages the
 *    user may open (plans, dashboard, reports, notifications), as the server's security chain says (GET
 *    /me/links); filled after login, emptied after logout.
 * 2. "Khởi tạo quy trình" is hidden from users who may start no process in the Tasklist, and "Tạo công việc"
 *    from users without CREATE permission on tasks (both asked from the engine through the webapp's own
 *    session API; CSS classes on <body>, rules in styles/user-styles.css).
 * 3. Task cards marked by their status line (overdue, due soon), see markCardStatuses.
 * 4. Words the bundles write in English or raw: the Camunda Forms validation messages ("Field is required.")
 *    and the footer's time zone ("Asia/Saigon" → "giờ Việt Nam").
 * See docs/tasklist.md.
 */
const appRoot = (document.querySelector('base') || { getAttribute: () => '' }).getAttribute('app-root') || '';
const engineApi = appRoot + '/api/engine/engine/default';

async function getJson(path) {
  const response = await fetch(engineApi + path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    throw new Error(String(response.status));
  }
  return response.json();
}

let checkedFor = null;
let lastLook = 0;

async function hideWhatTheUserCannotUse() {
  const now = Date.now();
  if (now - lastLook < 3000) {
    return;
  }
  lastLook = now;
  try {
    const auth = await fetch(appRoot + '/api/admin/auth/user/default', {
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    });
    if (!auth.ok) {
      checkedFor = null; // logged out: asked again after the next login
      showLinks([]);
      return;
    }
    const { userId } = await auth.json();
    if (!userId || userId === checkedFor) {
      return;
    }
    const links = await fetch('/me/links', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    showLinks(links.ok ? await links.json() : []);
    const startable = await getJson('/process-definition/count?latestVersion=true&active=true'
      + '&startableInTasklist=true&startablePermissionCheck=true');
    document.body.classList.toggle('cchc-cannot-start', startable.count === 0);
    const create = await getJson('/authorization/check?permissionName=CREATE&resourceName=task&resourceType=7');
    document.body.classList.toggle('cchc-cannot-create-task', !create.authorized);
    checkedFor = userId;
  } catch (e) {
    // the engine did not answer: asked again on the next change of the page
  }
}

/* Camunda Forms (form-js) writes its validation messages in English, with no translation hook. */
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => 'Mục này bắt buộc phải nhập.'],
  [/^Field must match pattern (.*)\.$/, m => 'Giá trị không đúng mẫu ' + m[1] + '.'],
  [/^Field must have minimum value of (.*)\.$/, m => 'Giá trị nhỏ nhất là ' + m[1] + '.'],
  [/^Field must have maximum value of (.*)\.$/, m => 'Giá trị lớn nhất là ' + m[1] + '.'],
  [/^Field must have minimum length of (.*)\.$/, m => 'Cần ít nhất ' + m[1] + ' ký tự.'],
  [/^Field must have maximum length of (.*)\.$/, m => 'Tối đa ' + m[1] + ' ký tự.'],
  [/^Field must be a valid\s+international phone number.*$/, () => 'Số điện thoại không hợp lệ (ví dụ +84912345678).'],
  [/^Field must be a valid email.*$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/,
    m => 'Chọn một giá trị hợp lệ; hai giá trị gần nhất là ' + m[1] + ' và ' + m[2] + '.']
];
const VIETNAM_ZONES = ['Asia/Saigon', 'Asia/Ho_Chi_Minh'];

function translatePage() {
  document.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error *').forEach(el => {
    if (el.children.length > 0) {
      return;
    }
    const text = el.textContent.trim();
    for (const [pattern, vietnamese] of FORM_MESSAGES) {
      const m = text.match(pattern);
      if (m) {
        el.textContent = vietnamese(m);
        return;
      }
    }
  });
  const zone = document.querySelector('#footer-timezone i');
  if (zone && VIETNAM_ZONES.includes(zone.textContent.trim())) {
    zone.textContent = 'giờ Việt Nam';
  }
}

/*
 * A task card's status line (card variable statusText, "Tình trạng") gives the card a class, so an overdue card is
 * marked even when the task itself has no due date (a missed checkpoint of ongoing work): cchc-status-overdue,
 * cchc-status-due-soon. The texts are the labels of messages_vi.properties (followup.status.OVERDUE, DUE_SOON).
 */
const STATUS_CLASSES = [['Quá hạn', 'cchc-status-overdue'], ['Sắp đến hạn', 'cchc-status-due-soon']];

function markCardStatuses() {
  document.querySelectorAll('.tasks-list li').forEach(card => {
    const values = Array.from(card.querySelectorAll('[cam-tasklist-variables] .variable-value'))
      .map(el => el.textContent.trim());
    for (const [text, cls] of STATUS_CLASSES) {
      const has = values.includes(text);
      if (card.classList.contains(cls) !== has) {
        card.classList.toggle(cls, has);
      }
    }
  });
}

new MutationObserver(() => {
  translatePage();
  markCardStatuses();
  hideWhatTheUserCannotUse();
})
  .observe(document.documentElement, { childList: true, subtree: true });

let shownLinks = [];

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Fills the navbar's link box(es) with the pages the user may open ({href, label} from /me/links). */
function showLinks(links) {
  shownLinks = links;
  document.querySelectorAll('.cchc-pages').forEach(node => {
    node.innerHTML = links
      .filter(link => !link.href.startsWith('/camunda/app/tasklist'))
      .map(link => '<a href="' + escapeHtml(link.href) + '">' + escapeHtml(link.label) + '</a>').join('');
  });
}

export default [
  {
    id: 'cchc-pages',
    pluginPoint: 'tasklist.navbar.action',
    priority: 300,
    render: node => {
      node.classList.add('cchc-pages');
      showLinks(shownLinks);
    }
  }
];
