const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
wb.eachSheet(ws=>{console.log('== '+ws.name+' state='+ws.state+' rows='+ws.rowCount);
 for(let r=1;r<=Math.min(ws.rowCount,Number(process.argv[3]||6));r++){const row=ws.getRow(r);const v=[];row.eachCell({includeEmpty:false},(c,i)=>v.push(i+':'+(typeof c.value==='object'&&c.value?JSON.stringify(c.value).slice(0,60):c.value)));if(v.length)console.log(' '+r+' '+v.join(' | '));}
 if(ws.tables) console.log('  tables', Object.keys(ws.tables));});})();
