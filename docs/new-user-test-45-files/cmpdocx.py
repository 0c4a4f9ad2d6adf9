import sys,re,subprocess,zipfile,difflib
xlsx,docx,extra=sys.argv[1],sys.argv[2],sys.argv[3:]
t=subprocess.run(['npx','campaign-ledger','summarize',xlsx,'-o','/tmp/cmp.docx','--text','-']+extra,capture_output=True,text=True,cwd='./repo').stdout
x=zipfile.ZipFile(docx).read('word/document.xml').decode()
x=re.sub(r'<w:tab/>','\t',x); x=re.sub(r'</w:p>','\n',x); x=re.sub(r'<[^>]+>','',x)
x=x.replace('&quot;','"').replace('&amp;','&').replace('&lt;','<').replace('&gt;','>')
n=lambda s:re.sub(r'\s|　','',s)
a,b=n(t),n(x)
print('SAME' if a==b else 'DIFF',docx)
for op in difflib.SequenceMatcher(None,a,b,autojunk=False).get_opcodes():
  if op[0]!='equal': print(' ',op[0],repr(a[op[1]:op[2]][:100]),'|',repr(b[op[3]:op[4]][:100]))
print(' numbers in docx:',len(re.findall(r'\d+(?:\.\d+)?',b)),'in text:',len(re.findall(r'\d+(?:\.\d+)?',a)))
