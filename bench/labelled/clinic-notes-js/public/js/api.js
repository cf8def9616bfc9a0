(function () {
  async function request(method, url, body) {
    const res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (res.status === 401) {
      window.location.href = '/login.html';
      return null;
    }
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error || `Request failed (${res.status})`);
    return data;
  }

  window.api = {
    patients: (name) => request('GET', '/api/patients' + (name ? `?name=${encodeURIComponent(name)}` : '')),
    patient: (id) => request('GET', `/api/patients/${id}`),
    notes: (patientId) => request('GET', `/api/notes?patientId=${encodeURIComponent(patientId)}`),
    note: (id) => request('GET', `/api/notes/${id}`),
    searchNotes: (term) => request('GET', `/api/notes/search?term=${encodeURIComponent(term)}`),
    createNote: (note) => request('POST', '/api/notes', note),
  };
})();
