import zipfile,re,sys,glob
for d in sorted(glob.glob('./out/*.docx')):
    x=zipfile.ZipFile(d).read('word/document.xml').decode()
    paras=[''.join(re.findall(r'<w:t[^>]*>([^<]*)</w:t>',p)) for p in re.findall(r'<w:p[ >].*?</w:p>',x,flags=re.S)]
    txt='\n'.join(p for p in paras if p)
    nums=re.findall(r'\d+(?:\.\d+)?',txt)
    print('==',d.split('/')[-1],len(txt),'chars',len(nums),'figures')
    open(d+'.txt','w').write(txt)
