const E=require('exceljs');(async()=>{const w=new E.Workbook();await w.xlsx.readFile(process.argv[2]);w.getWorksheet(process.argv[4]).name=process.argv[5];await w.xlsx.writeFile(process.argv[3]);})()
