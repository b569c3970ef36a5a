-- 七有五性: Beijing's livelihood monitor. Each leaf category maps onto the livelihood dimensions it
-- concerns, so that the month's requests become a reading of people's needs. The mapping is
-- dated data like every rule: a row says what a category maps to from its month on, until a
-- later row; a month is counted with the mapping in force in it. Choices: docs/livelihood.md.
CREATE TABLE livelihood_dimension (
    code     varchar(16)  PRIMARY KEY CHECK (code ~ '^[A-Z]{2,16}$'),
    family   varchar(8)   NOT NULL CHECK (family IN ('QIYOU', 'WUXING')),  -- 七有 or 五性
    position smallint     NOT NULL UNIQUE,
    name_zh  varchar(50)  NOT NULL,
    name_en  varchar(100) NOT NULL
);

INSERT INTO livelihood_dimension (code, family, position, name_zh, name_en) VALUES
    ('CHILDCARE',   'QIYOU',   1, '幼有所育', 'Care for the young'),
    ('EDUCATION',   'QIYOU',   2, '学有所教', 'Education'),
    ('EMPLOYMENT',  'QIYOU',   3, '劳有所得', 'Work and pay'),
    ('MEDICAL',     'QIYOU',   4, '病有所医', 'Medical care'),
    ('ELDERLY',     'QIYOU',   5, '老有所养', 'Care for the elderly'),
    ('HOUSING',     'QIYOU',   6, '住有所居', 'Housing'),
    ('WELFARE',     'QIYOU',   7, '弱有所扶', 'Support for the vulnerable'),
    ('CONVENIENCE', 'WUXING',  8, '便利性',   'Convenience'),
    ('LIVABILITY',  'WUXING',  9, '宜居性',   'Livability'),
    ('DIVERSITY',   'WUXING', 10, '多样性',   'Diversity'),
    ('FAIRNESS',    'WUXING', 11, '公正性',   'Fairness'),
    ('SAFETY',      'WUXING', 12, '安全性',   'Safety');

-- One row per category and month from which its mapping holds; no dimension rows: it concerns none.
CREATE TABLE livelihood_mapping (
    category_code   varchar(32) NOT NULL REFERENCES category (code),
    effective_month date        NOT NULL CHECK (extract(day FROM effective_month) = 1),
    changed_by      varchar(64),  -- null: the default written here
    changed_at      timestamptz,
    PRIMARY KEY (category_code, effective_month)
);

CREATE TABLE livelihood_mapping_dimension (
    category_code   varchar(32) NOT NULL,
    effective_month date        NOT NULL,
    dimension_code  varchar(16) NOT NULL REFERENCES livelihood_dimension (code),
    PRIMARY KEY (category_code, effective_month, dimension_code),
    FOREIGN KEY (category_code, effective_month) REFERENCES livelihood_mapping ON DELETE CASCADE
);

-- The default mapping, in force from 2000-01 (before any data), for every leaf of V5's taxonomy.
CREATE TEMPORARY TABLE livelihood_default (category_code varchar(32), dimensions varchar(16)[]);
INSERT INTO livelihood_default VALUES
    ('01.01.01', '{CONVENIENCE}'),              -- 惠民政策咨询: access to public services
    ('01.01.02', '{CONVENIENCE}'),              -- 办事流程咨询
    ('01.01.03', '{CONVENIENCE}'),              -- 企业政策咨询
    ('01.02.01', '{CONVENIENCE,FAIRNESS}'),     -- 窗口服务态度: service, and how people are treated
    ('01.02.02', '{CONVENIENCE}'),              -- 网上办事系统
    ('01.03.01', '{CONVENIENCE}'),              -- 户口迁移
    ('01.03.02', '{CONVENIENCE,FAIRNESS}'),     -- 居住证办理: the permit opens equal public services to non-locals
    ('01.03.03', '{CONVENIENCE}'),              -- 身份证件办理
    ('02.01.01', '{EMPLOYMENT,FAIRNESS}'),      -- 拖欠工资
    ('02.01.02', '{EMPLOYMENT,FAIRNESS}'),      -- 劳动合同纠纷
    ('02.01.03', '{EMPLOYMENT,FAIRNESS}'),      -- 加班与休假
    ('02.02.01', '{ELDERLY}'),                  -- 养老保险: the pension is 老有所养
    ('02.02.02', '{EMPLOYMENT}'),               -- 失业保险
    ('02.02.03', '{EMPLOYMENT,FAIRNESS}'),      -- 工伤认定
    ('02.03.01', '{EMPLOYMENT}'),               -- 就业服务
    ('02.03.02', '{EMPLOYMENT,EDUCATION}'),     -- 职业技能培训: lifelong learning is 学有所教 too
    ('03.01.01', '{HOUSING}'),                  -- 房屋漏水
    ('03.01.02', '{HOUSING,SAFETY}'),           -- 房屋安全隐患
    ('03.01.03', '{HOUSING,CONVENIENCE}'),      -- 不动产登记
    ('03.01.04', '{HOUSING,FAIRNESS}'),         -- 商品房交付: buyers' rights
    ('03.02.01', '{HOUSING,LIVABILITY}'),       -- 物业服务
    ('03.02.02', '{HOUSING,FAIRNESS}'),         -- 物业收费
    ('03.02.03', '{HOUSING,SAFETY}'),           -- 电梯故障
    ('03.02.04', '{HOUSING}'),                  -- 业主委员会
    ('03.02.05', '{HOUSING,LIVABILITY}'),       -- 公共设施维修
    ('03.03.01', '{HOUSING,ELDERLY}'),          -- 加装电梯: old walk-ups, asked for by their elderly residents (适老化)
    ('03.03.02', '{HOUSING,LIVABILITY}'),       -- 综合整治施工
    ('03.04.01', '{LIVABILITY}'),               -- 施工扰民
    ('03.04.02', '{LIVABILITY}'),               -- 工地扬尘
    ('03.04.03', '{LIVABILITY}'),               -- 渣土运输
    ('04.01.01', '{LIVABILITY}'),               -- 占道经营
    ('04.01.02', '{LIVABILITY}'),               -- 户外广告
    ('04.01.03', '{LIVABILITY}'),               -- 环境卫生
    ('04.01.04', '{LIVABILITY,SAFETY}'),        -- 路灯照明
    ('04.02.01', '{LIVABILITY}'),               -- 垃圾清运
    ('04.02.02', '{LIVABILITY}'),               -- 垃圾分类
    ('04.02.03', '{LIVABILITY}'),               -- 大件与装修垃圾
    ('04.03.01', '{LIVABILITY}'),               -- 私搭乱建
    ('04.03.02', '{LIVABILITY,SAFETY}'),        -- 违规装修改建: load-bearing walls
    ('04.03.03', '{SAFETY}'),                   -- 地下空间违规使用
    ('04.04.01', '{LIVABILITY}'),               -- 树木修剪
    ('04.04.02', '{LIVABILITY}'),               -- 绿地损毁
    ('04.04.03', '{LIVABILITY}'),               -- 杨柳飞絮
    ('04.05.01', '{LIVABILITY,SAFETY}'),        -- 不文明养犬
    ('04.05.02', '{LIVABILITY,SAFETY}'),        -- 流浪动物
    ('04.05.03', '{CONVENIENCE}'),              -- 犬只登记
    ('05.01.01', '{CONVENIENCE}'),              -- 公交线路与站点
    ('05.01.02', '{CONVENIENCE}'),              -- 公交服务
    ('05.01.03', '{CONVENIENCE}'),              -- 地铁运营
    ('05.02.01', '{CONVENIENCE,SAFETY}'),       -- 道路破损
    ('05.02.02', '{SAFETY}'),                   -- 井盖缺失
    ('05.02.03', '{CONVENIENCE,SAFETY}'),       -- 交通信号灯
    ('05.02.04', '{CONVENIENCE}'),              -- 交通拥堵
    ('05.03.01', '{CONVENIENCE,LIVABILITY}'),   -- 乱停车
    ('05.03.02', '{CONVENIENCE,FAIRNESS}'),     -- 停车收费
    ('05.03.03', '{CONVENIENCE,LIVABILITY}'),   -- 小区停车位
    ('05.04.01', '{CONVENIENCE,FAIRNESS}'),     -- 出租车拒载
    ('05.04.02', '{CONVENIENCE}'),              -- 网约车服务
    ('05.05.01', '{CONVENIENCE,LIVABILITY}'),   -- 共享单车乱停放
    ('05.05.02', '{FAIRNESS}'),                 -- 共享单车押金与计费
    ('06.01.01', '{CONVENIENCE}'),              -- 停水: water, power, gas and telecoms as services of daily life
    ('06.01.02', '{CONVENIENCE}'),              -- 水压不足
    ('06.01.03', '{SAFETY}'),                   -- 水质问题: drinking-water safety
    ('06.01.04', '{FAIRNESS}'),                 -- 水费与水表: billing
    ('06.02.01', '{CONVENIENCE}'),              -- 停电
    ('06.02.02', '{CONVENIENCE,SAFETY}'),       -- 电压不稳
    ('06.02.03', '{CONVENIENCE}'),              -- 充电桩安装
    ('06.03.01', '{SAFETY}'),                   -- 燃气泄漏
    ('06.03.02', '{CONVENIENCE}'),              -- 燃气缴费与开通
    ('06.04.01', '{LIVABILITY}'),               -- 暖气不热: a warm home in a Beijing winter
    ('06.04.02', '{LIVABILITY,HOUSING}'),       -- 供暖漏水
    ('06.04.03', '{FAIRNESS}'),                 -- 供暖费用
    ('06.05.01', '{CONVENIENCE}'),              -- 宽带故障
    ('06.05.02', '{CONVENIENCE}'),              -- 手机信号
    ('06.06.01', '{LIVABILITY}'),               -- 下水道堵塞
    ('06.06.02', '{SAFETY,CONVENIENCE}'),       -- 路面积水
    ('07.01.01', '{LIVABILITY}'),               -- 商业噪声
    ('07.01.02', '{LIVABILITY}'),               -- 夜间施工噪声
    ('07.01.03', '{LIVABILITY}'),               -- 广场舞噪声
    ('07.01.04', '{LIVABILITY}'),               -- 邻里噪声
    ('07.02.01', '{LIVABILITY}'),               -- 餐饮油烟
    ('07.02.02', '{LIVABILITY,SAFETY}'),        -- 露天焚烧
    ('07.02.03', '{LIVABILITY,SAFETY}'),        -- 工业废气
    ('07.03.01', '{LIVABILITY}'),               -- 河道污染
    ('07.03.02', '{LIVABILITY}'),               -- 污水直排
    ('08.01.01', '{SAFETY}'),                   -- 餐饮卫生: food safety
    ('08.01.02', '{SAFETY}'),                   -- 过期变质食品
    ('08.01.03', '{SAFETY,FAIRNESS}'),          -- 无证经营: unsafe, and unfair to licensed traders
    ('08.02.01', '{FAIRNESS}'),                 -- 预付卡退费: consumer rights
    ('08.02.02', '{FAIRNESS,SAFETY}'),          -- 商品质量
    ('08.02.03', '{FAIRNESS}'),                 -- 网购纠纷
    ('08.03.01', '{FAIRNESS}'),                 -- 价格欺诈
    ('08.03.02', '{FAIRNESS}'),                 -- 明码标价
    ('09.01.01', '{EDUCATION,FAIRNESS}'),       -- 义务教育入学: equal access to schools
    ('09.01.02', '{CHILDCARE}'),                -- 幼儿园入园
    ('09.01.03', '{EDUCATION,FAIRNESS}'),       -- 非京籍入学
    ('09.02.01', '{EDUCATION,FAIRNESS}'),       -- 学校收费
    ('09.02.02', '{EDUCATION}'),                -- 学生课业负担
    ('09.02.03', '{EDUCATION,SAFETY}'),         -- 校园周边安全
    ('09.03.01', '{EDUCATION}'),                -- 违规培训
    ('09.03.02', '{EDUCATION,FAIRNESS}'),       -- 培训退费
    ('10.01.01', '{MEDICAL}'),                  -- 医院服务态度
    ('10.01.02', '{MEDICAL,CONVENIENCE}'),      -- 挂号难
    ('10.01.03', '{MEDICAL,FAIRNESS}'),         -- 医疗纠纷
    ('10.02.01', '{MEDICAL}'),                  -- 医保报销
    ('10.02.02', '{MEDICAL}'),                  -- 医保参保缴费
    ('10.02.03', '{MEDICAL,CONVENIENCE}'),      -- 异地就医备案
    ('10.02.04', '{MEDICAL,CONVENIENCE}'),      -- 定点药店
    ('10.03.01', '{MEDICAL,CHILDCARE}'),        -- 疫苗接种: mostly children's scheduled vaccinations (儿童预防接种)
    ('10.03.02', '{LIVABILITY}'),               -- 病媒生物: rats, mosquitoes, cockroaches
    ('11.01.01', '{ELDERLY}'),                  -- 养老驿站
    ('11.01.02', '{ELDERLY}'),                  -- 老年餐桌
    ('11.01.03', '{ELDERLY}'),                  -- 高龄津贴
    ('11.01.04', '{ELDERLY}'),                  -- 养老机构
    ('11.02.01', '{WELFARE}'),                  -- 低保申请
    ('11.02.02', '{WELFARE}'),                  -- 临时救助
    ('11.03.01', '{WELFARE,CONVENIENCE}'),      -- 无障碍设施
    ('11.03.02', '{WELFARE}'),                  -- 残疾人补贴
    ('11.04.01', '{CONVENIENCE}'),              -- 婚姻登记
    ('11.04.02', '{CONVENIENCE}'),              -- 殡葬服务
    ('11.05.01', '{CONVENIENCE}'),              -- 社区服务
    ('11.05.02', '{LIVABILITY}'),               -- 邻里纠纷: living together in peace
    ('12.01.01', '{HOUSING}'),                  -- 公积金提取
    ('12.01.02', '{HOUSING}'),                  -- 公积金贷款
    ('12.01.03', '{HOUSING,FAIRNESS}'),         -- 单位未缴公积金
    ('12.02.01', '{HOUSING,WELFARE}'),          -- 公租房申请: public rental housing is for the hard-pressed
    ('12.02.02', '{HOUSING}'),                  -- 共有产权房
    ('12.03.01', '{HOUSING,FAIRNESS}'),         -- 租房押金纠纷
    ('12.03.02', '{HOUSING,SAFETY}'),           -- 群租房
    ('12.03.03', '{HOUSING,FAIRNESS}'),         -- 中介违规
    ('13.01.01', '{SAFETY}'),                   -- 治安隐患
    ('13.01.02', '{SAFETY}'),                   -- 电信诈骗
    ('13.02.01', '{SAFETY}'),                   -- 消防通道占用
    ('13.02.02', '{SAFETY}'),                   -- 电动自行车违规充电
    ('13.03.01', '{SAFETY}'),                   -- 危险化学品
    ('13.03.02', '{SAFETY}'),                   -- 燃气安全隐患
    ('14.01.01', '{FAIRNESS}'),                 -- 村务公开
    ('14.01.02', '{HOUSING,FAIRNESS}'),         -- 宅基地
    ('14.01.03', '{LIVABILITY}'),               -- 农村人居环境
    ('14.02.01', '{EMPLOYMENT}'),               -- 农业补贴: farmers' income
    ('15.01.01', '{DIVERSITY}'),                -- 景区服务: culture, tourism and sport are 多样性
    ('15.01.02', '{DIVERSITY,FAIRNESS}'),       -- 旅行社纠纷
    ('15.01.03', '{DIVERSITY}'),                -- 演出票务
    ('15.02.01', '{DIVERSITY}'),                -- 健身设施
    ('15.02.02', '{DIVERSITY}'),                -- 体育场馆开放
    ('16.01.01', '{}'),                         -- 表扬单位: praise of a unit, no need
    ('16.01.02', '{}'),                         -- 表扬个人
    ('16.02.01', '{}'),                         -- 城市发展建议: about the city at large, no one dimension
    ('16.03.01', '{}');                         -- 其他诉求: unclassified, so unknown

INSERT INTO livelihood_mapping (category_code, effective_month)
SELECT category_code, DATE '2000-01-01' FROM livelihood_default;
INSERT INTO livelihood_mapping_dimension (category_code, effective_month, dimension_code)
SELECT category_code, DATE '2000-01-01', unnest(dimensions) FROM livelihood_default;

-- Every leaf has its default (a leaf added later maps to none until an administrator maps it).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM category c WHERE c.level = 3
               AND NOT EXISTS (SELECT 1 FROM livelihood_mapping m WHERE m.category_code = c.code)) THEN
        RAISE EXCEPTION 'a leaf category has no default livelihood mapping';
    END IF;
END $$;
DROP TABLE livelihood_default;
