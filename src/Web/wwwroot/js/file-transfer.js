// File bytes for the Files tab. Blazor's HttpClient reports no upload progress, so uploads go through XMLHttpRequest,
// and downloads and previews are fetched with the user's token into blob URLs: the API never serves a file inline.
const picked = new Map();
let next = 0;

function remember(files, owner) {
    const list = [];
    for (const file of files) {
        const key = `f${++next}`;
        picked.set(key, file);
        list.push({ key, name: file.name, size: file.size });
    }

    if (list.length > 0) {
        owner.invokeMethodAsync('Picked', list);
    }
}

// Files chosen with the picker or dropped on the zone are kept here, by key, until they are sent.
export function attach(zone, input, owner) {
    input.addEventListener('change', () => {
        remember(input.files, owner);
        input.value = '';
    });
    zone.addEventListener('dragover', e => {
        e.preventDefault();
        zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', e => {
        e.preventDefault();
        zone.classList.remove('dragging');
        remember(e.dataTransfer.files, owner);
    });
}

export function forget(key) {
    picked.delete(key);
}

// One file per request, so each has its own progress and its own answer.
export function upload(key, url, token, category, description, owner) {
    const file = picked.get(key);
    if (!file) {
        return Promise.resolve({ status: 0, body: '' });
    }

    const form = new FormData();
    form.append('files', file, file.name);
    if (category) {
        form.append('category', category);
    }

    if (description) {
        form.append('description', description);
    }

    return new Promise(resolve => {
        const request = new XMLHttpRequest();
        request.open('POST', url);
        request.setRequestHeader('Authorization', `Bearer ${token}`);
        request.upload.onprogress = e => {
            if (e.lengthComputable) {
                owner.invokeMethodAsync('Progress', key, e.loaded, e.total);
            }
        };
        request.onload = () => resolve({ status: request.status, body: request.responseText });
        request.onerror = () => resolve({ status: 0, body: '' });
        request.send(form);
    });
}

export async function blobUrl(url, token) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) {
        return { status: response.status, url: null };
    }

    return { status: response.status, url: URL.createObjectURL(await response.blob()) };
}

export function revoke(url) {
    URL.revokeObjectURL(url);
}

export async function download(url, token, name) {
    const answer = await blobUrl(url, token);
    if (answer.url) {
        const link = document.createElement('a');
        link.href = answer.url;
        link.download = name;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(answer.url), 10000);
    }

    return answer.status;
}
