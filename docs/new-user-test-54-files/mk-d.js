const fill=require('./fill'); const d=require('./d-units');
(async()=>{for(const [k,s] of Object.entries(d)) await fill('blank.xlsx',k+'.xlsx',s);})();
