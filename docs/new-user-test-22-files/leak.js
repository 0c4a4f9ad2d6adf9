const ExcelJS=require('../../node_modules/exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile('in/bank.xlsx');
const t=wb.getWorksheet('文字材料');t.getRow(4).values=['工作亮点','设立爱心驿站，联系人王五（13700002222）随时为环卫工人提供饮水。'];t.getRow(5).values=['下一步打算','推进网点适老化改造，由客户经理张三（身份证330102198505051234）负责。'];
const a=wb.getWorksheet('活动台账');a.getCell('H4').value='为客户李某（手机13612345678）上门办理业务';a.getCell('B5').value='“反诈宣传进社区”活动 联系电话0571-88886666';a.getCell('A5').value=new Date('2025-04-10T00:00:00Z');a.getCell('C5').value='宣传教育';a.getCell('D5').value=60;a.getCell('E5').value='人';
await wb.xlsx.writeFile('in/leak.xlsx');})();
