const ExcelJS=require('../../node_modules/exceljs');
(async()=>{
const wb=new ExcelJS.Workbook(); const a=wb.addWorksheet('Sheet1');
a.mergeCells('A1:E1'); a.getCell('A1').value='柳湾村2025年下半年新时代文明实践活动台账';
a.mergeCells('A2:A3'); a.getCell('A2').value='日期';
a.mergeCells('B2:B3'); a.getCell('B2').value='活动主题';
a.mergeCells('C2:D2'); a.getCell('C2').value='参与情况';
a.getCell('C3').value='人数'; a.getCell('D3').value='志愿者';
a.mergeCells('E2:E3'); a.getCell('E2').value='类别';
[['2025.7.1','庆七一党课','45人','5','理论学习'],['2025年8月29日','七夕情人节移风易俗宣传','约60','8','宣传教育'],['2025/10/6','中秋文艺晚会','两百','12','文体活动'],['2025.11.31','冬季防火宣传','30','3','宣传教育']].forEach((r,i)=>a.getRow(4+i).values=r);
a.getRow(8).values=['小计','', '335','28',''];
a.getRow(10).values=['问题整改情况'];
a.getRow(11).values=['问题类型','发现','已整改','单位'];
a.getRow(12).values=['乱堆乱放','十二','10','处'];
a.getRow(13).values=['垃圾乱倒','8','9','处'];
await wb.xlsx.writeFile('i2-两表.xlsx');})();
