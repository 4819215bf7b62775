import { mount } from 'svelte';
import 'leaflet/dist/leaflet.css';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount Separation Lines into.');

export default mount(App, { target, props: { dataBase: './data/' } });
