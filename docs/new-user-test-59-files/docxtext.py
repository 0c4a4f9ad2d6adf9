import zipfile,re,sys
for f in sys.argv[1:]:
    x=zipfile.ZipFile(f).read('word/document.xml').decode()
    paras=re.findall(r'<w:p[ >].*?</w:p>',x,flags=re.S)
    out=[]
    for p in paras:
        t=''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>',p))
        if t: out.append(t)
    open(f+'.txt','w').write('\n'.join(out))
