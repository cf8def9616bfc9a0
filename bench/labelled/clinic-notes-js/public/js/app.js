(function () {
  const patientSelect = document.getElementById('patient-select');
  const patientHeader = document.getElementById('patient-header');
  const noteList = document.getElementById('note-list');
  const noteForm = document.getElementById('note-form');
  const preview = document.getElementById('preview');
  const searchInput = document.getElementById('search');
  const flash = document.getElementById('flash');

  let currentPatientId = null;

  function showFlash(message) {
    flash.textContent = message;
    flash.hidden = false;
    setTimeout(() => (flash.hidden = true), 4000);
  }

  function formatDate(value) {
    return new Date(value).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  }

  async function loadPatients() {
    const patients = await api.patients();
    for (const p of patients || []) {
      const option = document.createElement('option');
      option.value = p.id;
      option.textContent = `${p.full_name} (${p.mrn})`;
      patientSelect.appendChild(option);
    }
  }

  function renderPatientHeader(patient) {
    patientHeader.replaceChildren();
    patientHeader.insertAdjacentHTML(
      'afterbegin',
      `<h2>${patient.full_name}</h2><span class="badge">DOB ${patient.date_of_birth}</span>`
    );
    if (patient.allergies) {
      const allergies = document.createElement('p');
      allergies.className = 'allergies';
      allergies.textContent = `Allergies: ${patient.allergies}`;
      patientHeader.appendChild(allergies);
    }
  }

  function renderNote(note) {
    const li = document.createElement('li');
    li.dataset.id = note.id;
    li.innerHTML = `
      <div class="note-head">
        <strong>${note.title}</strong>
        <time>${formatDate(note.visit_date)}</time>
      </div>
      <div class="note-body">${note.body}</div>
      <button class="print" type="button">Print</button>`;
    li.querySelector('.print').addEventListener('click', () => printNote(note));
    return li;
  }

  function renderNotes(notes) {
    noteList.innerHTML = '';
    if (!notes.length) {
      noteList.insertAdjacentHTML('beforeend', '<li class="empty">No notes for this patient yet.</li>');
      return;
    }
    notes.forEach((note) => noteList.appendChild(renderNote(note)));
  }

  function printNote(note) {
    const win = window.open('', '_blank');
    win.document.write('<h1>' + note.title + '</h1><pre style="white-space:pre-wrap">' + note.body + '</pre>');
    win.document.close();
    win.print();
  }

  async function selectPatient(id) {
    currentPatientId = id;
    if (!id) {
      patientHeader.textContent = '';
      noteList.textContent = '';
      return;
    }
    const [patient, notes] = await Promise.all([api.patient(id), api.notes(id)]);
    renderPatientHeader(patient);
    renderNotes(notes || []);
  }

  function renderSearchResults(term, results) {
    const title = document.createElement('h3');
    title.textContent = `Search: ${term}`;
    noteList.replaceChildren(title, ...results.map((r) => {
      const li = document.createElement('li');
      li.textContent = `${r.patient} — ${r.title} (${formatDate(r.visit_date)})`;
      return li;
    }));
    const hint = document.getElementById('search-hint');
    hint.outerHTML = `<div id="search-hint">${results.length} result(s) for <em>${term}</em></div>`;
  }

  noteForm.body.addEventListener('input', () => {
    preview.innerHTML = DOMPurify.sanitize(marked.parse(noteForm.body.value));
  });

  noteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!currentPatientId) return showFlash('Choose a patient first');
    try {
      await api.createNote({
        patientId: currentPatientId,
        title: noteForm.title.value,
        body: noteForm.body.value,
      });
      noteForm.reset();
      preview.textContent = '';
      showFlash('Note saved');
      selectPatient(currentPatientId);
    } catch (err) {
      showFlash(err.message);
    }
  });

  let searchTimer;
  searchInput.addEventListener('input', () => {
    clearTimeout(searchTimer);
    const term = searchInput.value.trim();
    if (term.length < 2) return;
    searchTimer = setTimeout(async () => renderSearchResults(term, (await api.searchNotes(term)) || []), 250);
  });

  patientSelect.addEventListener('change', () => selectPatient(patientSelect.value));

  // Deep links from the calendar: /?patient=12&msg=Saved
  const params = new URLSearchParams(window.location.search);
  if (params.get('msg')) showFlash(params.get('msg'));
  loadPatients().then(() => {
    if (params.get('patient')) {
      patientSelect.value = params.get('patient');
      selectPatient(params.get('patient'));
    }
  });
})();
