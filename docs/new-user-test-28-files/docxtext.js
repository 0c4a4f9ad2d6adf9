const JSZip=require('jszip');const fs=require('fs');
(async()=>{const z=await JSZip.loadAsync(fs.readFileSync(process.argv[2]));const x=await z.file('word/document.xml').async('string');
const paras=x.split('</w:p>').map(p=>(p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g)||[]).map(t=>t.replace(/<[^>]+>/g,'')).join('')).filter(Boolean);console.log(paras.join('\n'));})();
