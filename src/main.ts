// First: the Trusted Types policy must exist before Leaflet's module runs its feature test.
import './lib/dom/trusted-types';
import { mount } from 'svelte';
import 'leaflet/dist/leaflet.css';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount Separation Lines into.');

// `npm run bench` serves its generated data sets beside the app and names one with `?bench=NAME`;
// only a plain name is taken, so the data always comes from the app's own origin.
const bench = new URLSearchParams(location.search).get('bench');
const dataBase = bench && /^[a-z0-9-]+$/.test(bench) ? `./bench-data/${bench}/` : './data/';

export default mount(App, { target, props: { dataBase } });
